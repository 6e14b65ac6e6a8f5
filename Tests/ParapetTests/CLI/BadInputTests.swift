import Foundation
import Testing

/// Bad input found by a fresh user, each with its exit code and message.
@Suite struct BadInputTests {
  static func temporary(_ name: String) -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(MotoServer.uniqueName(name))
  }

  @Test func missingRulesDirectoryStopsTheScan() async throws {
    let outcome = try await ParapetProcess.run([
      "scan", "aws", "--region", "us-east-1", "--rules", "/nonexistent/rules",
    ])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: /nonexistent/rules: no such directory; give a directory of rule "
        + "files (.yaml or .yml)\n")
  }

  /// An empty --rules directory ran the built-ins alone, the user's rules silently absent.
  @Test func rulesDirectoryWithoutRulesStopsTheScan() async throws {
    let empty = Self.temporary("no-rules")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)

    let outcome = try await ParapetProcess.run([
      "scan", "aws", "--region", "us-east-1", "--rules", empty.path,
    ])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr == "parapet: error: \(empty.path): no rule files (.yaml or .yml) found here\n")
  }

  @Test func aRuleFileThatIsNotTextSaysWhy() async throws {
    let directory = Self.temporary("binary-rule")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let file = directory.appendingPathComponent("rule.yaml")
    try Data([0xff, 0xfe, 0x00, 0x41]).write(to: file)

    let outcome = try await ParapetProcess.run(["rules", "validate", directory.path])

    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("\(file.path): cannot read the file: not UTF-8 text"))
  }

  @Test func aStoreThatIsADirectorySaysSo() async throws {
    let directory = Self.temporary("store-directory")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)

    let outcome = try await ParapetProcess.run(["history", "--store", directory.path])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: \(directory.path) is a directory; --store takes a file, such as "
        + "\(directory.path)/parapet.db\n")
  }

  @Test func validateOfAMissingDirectorySaysSoInOneLineWithoutALineNumber() async throws {
    let outcome = try await ParapetProcess.run(["rules", "validate", "/nonexistent/rules"])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: rules directory '/nonexistent/rules' does not exist; give a "
        + "directory of rule files (.yaml or .yml)\n")
    #expect(outcome.stdout == "")
  }

  @Test func outputDirectoryThatIsAFileIsRefusedBeforeAnyCall() async throws {
    let file = Self.temporary("afile")
    try "x".write(to: file, atomically: true, encoding: .utf8)
    let outcome = try await ParapetProcess.run(
      ["scan", "aws", "--region", "us-east-1", "--output-dir", file.path],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "x", "AWS_SECRET_ACCESS_KEY": "y",
      ]))

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: --output-dir '\(file.path)' is a file; give a directory (it is "
        + "created when missing)\n")
  }

  @Test func validateReadsYmlFilesAndReportsClashesWithBuiltins() async throws {
    let directory = Self.temporary("rules")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let builtin = try String(
      contentsOf: MotoServer.packageRoot.appendingPathComponent(
        "Sources/ParapetRules/BuiltinRules/s3/bucket_versioning.yaml"), encoding: .utf8)
    try builtin.write(
      to: directory.appendingPathComponent("copy.yml"), atomically: true, encoding: .utf8)
    let outcome = try await ParapetProcess.run(["rules", "validate", directory.path])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr.hasPrefix(
        "\(directory.path)/copy.yml:1: duplicate rule id 'aws.s3.bucket_versioning_enabled', "
          + "already defined in builtin/"), "\(outcome.stderr)")
  }

  @Test func validateOfAnEmptyDirectorySaysThereIsNothing() async throws {
    let directory = Self.temporary("empty-rules")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let outcome = try await ParapetProcess.run(["rules", "validate", directory.path])

    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasPrefix("\(directory.path): no rule files (.yaml or .yml)"))
  }

  @Test func detectWithNothingReadableFails() async throws {
    let file = Self.temporary("fake").appendingPathExtension("json.gz")
    try "not gzip and not json".write(to: file, atomically: true, encoding: .utf8)
    let outcome = try await ParapetProcess.run([
      "detect", "cloudtrail", file.path, "--output-dir", Self.temporary("out").path,
    ])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr.contains("parapet: error: no CloudTrail event could be read"),
      "\(outcome.stderr)")
  }
}
