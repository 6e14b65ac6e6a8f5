import ParapetCore
import ParapetReport
import Testing

@Suite struct TerminalSummaryTests {
  static let reports = ScanReportPaths(directory: "/tmp/out/123456789012-20240501T123005Z")

  static func render(width: Int = 80, color: Bool) -> String {
    TerminalSummary.render(
      metadata: ReportFixtures.metadata, inventory: ReportFixtures.inventory,
      findings: ReportFixtures.findings, reports: reports, width: width, color: color)
  }

  /// `detect` printed a scan's header with a blank caller and regions, no resources and
  /// "every collection call succeeded", none of which a detection run has.
  @Test func detectionLeavesOutWhatOnlyAScanHas() {
    let text = TerminalSummary.renderDetection(
      metadata: ReportFixtures.metadata, findings: ReportFixtures.findings, reports: Self.reports,
      width: 80, color: false)

    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(
      Array(lines.prefix(3)) == [
        "Parapet 0.1.0 detection over the audit events of account 123456789012",
        "Duration: 12.5 s wall, 0.8 s CPU", "",
      ])
    #expect(lines.contains("Findings: 6"))
    for scanOnly in ["Caller:", "Regions:", "Resources:", "Not evaluated:"] {
      #expect(!text.contains(scanOnly), "\(scanOnly)")
    }
    #expect(text.contains("Reports written to\n  \(Self.reports.directory)\n"))
  }

  @Test func plainTextAtWidth80() {
    let expected = """
      Parapet 0.1.0 scan of account 123456789012
      Caller:   arn:aws:iam::123456789012:user/auditor
      Regions:  eu-west-1, us-east-1
      Duration: 12.5 s wall, 0.8 s CPU, 17 API calls, 2 retries

      Resources: 3
        aws.iam.user   1
        aws.s3.bucket  2

      Findings: 6
        By status: fail 3, pass 1, muted 1, not evaluated 1
        Fails by severity: critical 1, high 0, medium 1, low 1, informational 0

      Failing checks (3)
        SEVERITY  FAILS  CHECK                              TITLE
        critical      1  aws.s3.bucket_public_access_block  S3 bucket blocks public a…
        medium        1  aws.s3.bucket_versioning           S3 bucket has versioning …
        low           1  aws.s3.bucket_logging              S3 bucket has server acce…

      Not evaluated: 3 collection calls failed
        SERVICE  REGION     OPERATION        REASON
        iam      global     ListMFADevices   throttled
        s3       us-east-1  GetBucketPolicy  missing s3:GetBucketPolicy (2 calls)

      Reports written to
        /tmp/out/123456789012-20240501T123005Z
        inventory.json, findings.json, findings.csv

      """
    #expect(Self.render(color: false) == expected)
  }

  @Test(arguments: [40, 57, 80, 120])
  func noPlainLineIsWiderThanTheTerminal(width: Int) {
    let lines = Self.render(width: width, color: false).split(separator: "\n")
    #expect(lines.filter { $0.count > width } == [])
    #expect(Self.stripANSI(Self.render(width: width, color: true)).split(separator: "\n") == lines)
  }

  @Test func colourCodesAppearOnlyWhenEnabled() {
    let plain = Self.render(color: false)
    let coloured = Self.render(color: true)

    #expect(!plain.contains("\u{1B}["))
    #expect(coloured.contains("\u{1B}[1;31mcritical\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[31mfail 3\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1mFindings: 6\u{1B}[0m"))
    #expect(Self.stripANSI(coloured) == plain)
  }

  @Test func worstChecksAreRankedBySeverityThenCountAndCappedAtTen() {
    let user = ReportFixtures.auditor
    var findings = (0..<12).map { index in
      ReportFixtures.finding("check.low.\(index)", "Low \(index)", user, .fail, .low)
    }
    findings += (0..<3).map { _ in
      ReportFixtures.finding("check.high.many", "High many", user, .fail, .high)
    }
    findings.append(ReportFixtures.finding("check.high.one", "High one", user, .fail, .high))
    findings.append(ReportFixtures.finding("check.crit", "Crit", user, .pass, .critical))

    let text = TerminalSummary.render(
      metadata: ReportFixtures.metadata, inventory: ReportFixtures.inventory,
      findings: findings, reports: nil, width: 80, color: false)
    let section = text.components(separatedBy: "\n\n")[3].split(separator: "\n")

    #expect(section.first == "Worst failing checks (10 of 14)")
    #expect(section.count == 12)
    #expect(section[2] == "  high          3  check.high.many  High many")
    #expect(section[3] == "  high          1  check.high.one   High one")
    #expect(section[4] == "  low           1  check.low.0      Low 0")
    #expect(section[5] == "  low           1  check.low.1      Low 1")
    #expect(section[6] == "  low           1  check.low.10     Low 10")
    #expect(section[11] == "  low           1  check.low.5      Low 5")
    #expect(!text.contains("Reports written to"))
  }

  static let unavailable = CollectionFailure(
    service: "access-analyzer", region: "us-east-1", operation: "ListAnalyzers",
    resourceTypes: ["aws.accessanalyzer.analyzer"], kind: .error,
    permission: "access-analyzer:ListAnalyzers",
    message: "access-analyzer:ListAnalyzers failed with InternalFailure: the service is "
      + "unavailable; retry later or leave the region out with --region")

  /// The "Not evaluated" section of a summary at `width` over `failures`.
  static func notEvaluated(_ failures: [CollectionFailure], width: Int) -> [String] {
    let inventory = Inventory(
      account: ReportFixtures.account, regions: ["us-east-1"], failures: failures)
    let text = TerminalSummary.render(
      metadata: ReportFixtures.metadata, inventory: inventory, findings: [], reports: nil,
      width: width, color: false)
    return text.components(separatedBy: "\n\n")[4].split(separator: "\n").map(String.init)
  }

  @Test func aLongReasonWrapsInItsColumn() {
    let column = String(repeating: " ", count: 45)

    #expect(
      Self.notEvaluated([Self.unavailable], width: 80) == [
        "Not evaluated: 1 collection calls failed",
        "  SERVICE          REGION     OPERATION      REASON",
        "  access-analyzer  us-east-1  ListAnalyzers  error:",
        column + "access-analyzer:ListAnalyzers",
        column + "failed with InternalFailure: the",
        column + "service is unavailable; retry later",
        column + "or leave the region out with",
        column + "--region",
      ])
  }

  @Test(arguments: [40, 57, 80, 120, 200])
  func noReasonIsCutAtAnyWidth(width: Int) {
    let failures = [Self.unavailable, ReportFixtures.deniedPolicy, ReportFixtures.throttledUsers]
    let lines = Self.notEvaluated(failures, width: width)
    let words = lines.dropFirst(2).joined(separator: " ").split(separator: " ")

    #expect(lines.filter { $0.count > width } == [])
    for reason in [
      "error: " + Self.unavailable.message, "missing s3:GetBucketPolicy", "throttled",
    ] {
      let reasonWords = reason.split(separator: " ")
      let found = words.indices.contains { start in
        Array(words[start...].prefix(reasonWords.count)) == reasonWords
      }
      #expect(found, "\(reason) at width \(width): \(lines)")
    }
  }

  static func stripANSI(_ text: String) -> String {
    var out = ""
    var inEscape = false
    for character in text {
      if character == "\u{1B}" {
        inEscape = true
      } else if inEscape {
        if character == "m" { inEscape = false }
      } else {
        out.append(character)
      }
    }
    return out
  }
}

@Suite struct TerminalStyleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var environment: [String: String]
    var isTerminal: Bool
    var expected: Bool
    var testDescription: String { name }
  }

  static let cases = [
    Case(name: "terminal, NO_COLOR unset", environment: [:], isTerminal: true, expected: true),
    Case(name: "not a terminal", environment: [:], isTerminal: false, expected: false),
    Case(
      name: "terminal, NO_COLOR=1", environment: ["NO_COLOR": "1"], isTerminal: true,
      expected: false),
    Case(
      name: "terminal, NO_COLOR=0 still disables", environment: ["NO_COLOR": "0"],
      isTerminal: true, expected: false),
    Case(
      name: "terminal, NO_COLOR empty counts as unset", environment: ["NO_COLOR": ""],
      isTerminal: true, expected: true),
    Case(
      name: "not a terminal, NO_COLOR set", environment: ["NO_COLOR": "1"], isTerminal: false,
      expected: false),
    Case(
      name: "other variables do not matter", environment: ["TERM": "xterm", "COLOR": "0"],
      isTerminal: true, expected: true),
  ]

  @Test(arguments: cases)
  func colourDecision(_ testCase: Case) {
    let enabled = TerminalStyle.colorEnabled(
      environment: testCase.environment, isTerminal: testCase.isTerminal)
    #expect(enabled == testCase.expected)
  }

  @Test func paintAddsCodesOnlyWhenEnabled() {
    #expect(TerminalStyle(colorEnabled: true).paint("x", .green) == "\u{1B}[32mx\u{1B}[0m")
    #expect(TerminalStyle(colorEnabled: false).paint("x", .green) == "x")
  }
}
