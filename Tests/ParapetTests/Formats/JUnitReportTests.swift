import Foundation
import ParapetCore
import ParapetReport
import Testing

/// The JUnit XML read back by junitparser, the reader CI plugins are built on.
@Suite struct JUnitReportTests {
  /// Prints one line per test case: suite, case name, result kind and message.
  static let reader = """
    import sys, tempfile
    from junitparser import JUnitXml
    with tempfile.NamedTemporaryFile("w", suffix=".xml", delete=False) as f:
        f.write(sys.stdin.read())
    xml = JUnitXml.fromfile(f.name)
    print(f"total tests={xml.tests} failures={xml.failures} skipped={xml.skipped}")
    for suite in xml:
        print(f"suite {suite.name} tests={suite.tests} failures={suite.failures} "
              f"skipped={suite.skipped}")
        for case in suite:
            kinds = [f"{type(r).__name__}:{r.message!r}" for r in case.result]
            print(f"  case {case.name!r} {' '.join(kinds) or 'passed'}")
    """

  @Test func junitParserReadsEverySuiteAndCase() throws {
    let xml = JUnitReport.render(
      findings: FormatFixtures.findings, metadata: FormatFixtures.metadata)

    let lines = try PythonValidator.run(Self.reader, arguments: [], input: xml)
      .split(separator: "\n").map(String.init)

    let hostile = FormatFixtures.hostile
    let message = "line one\nline two | <script> & \u{FFFD}" + String(repeating: "m", count: 1100)
    #expect(
      lines == [
        "total tests=7 failures=4 skipped=2",
        "suite aws.iam.user_console_mfa_enabled tests=1 failures=1 skipped=0",
        "  case \(pythonRepr(hostile.resourceId)) Failure:\(pythonRepr(message))",
        "suite aws.iam.user_mfa_enabled tests=1 failures=0 skipped=1",
        "  case 'arn:aws:iam::123456789012:user/auditor' Skipped:'not evaluated: "
          + "IAM user with a console password has MFA enabled on every sign-in path'",
        "suite aws.s3.bucket_logging tests=2 failures=1 skipped=1",
        "  case 'arn:aws:s3:::site' Skipped:'muted: S3 bucket has server access logging'",
        "  case 'arn:aws:s3:::logs' Failure:'S3 bucket has server access logging'",
        "suite aws.s3.bucket_public_access_block tests=1 failures=1 skipped=0",
        "  case 'arn:aws:s3:::site' Failure:'BlockPublicAcls is false, so \"public\" ACLs apply'",
        "suite aws.s3.bucket_versioning tests=2 failures=1 skipped=0",
        "  case 'arn:aws:s3:::site' Failure:'S3 bucket has versioning enabled'",
        "  case 'arn:aws:s3:::logs' passed",
      ])
  }

  /// Python's repr of a string holding quotes of both kinds and a newline.
  private func pythonRepr(_ text: String) -> String {
    let quote = text.contains("'") && !text.contains("\"") ? "\"" : "'"
    var out = quote
    for character in text {
      switch character {
      case "\n": out += "\\n"
      case "\\": out += "\\\\"
      case "'" where quote == "'": out += "\\'"
      default: out.append(character)
      }
    }
    return out + quote
  }
}
