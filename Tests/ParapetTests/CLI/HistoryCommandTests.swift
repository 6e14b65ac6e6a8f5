import Foundation
import ParapetAWS
import ParapetCore
import ParapetStore
import Testing

/// Scans recorded in a history store and compared, through the built binary: two scans of
/// one account, a security group opened to the world between them.
@Suite struct HistoryCommandTests {
  @Test func secondScanShowsTheOpenedRuleAsDrift() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-history"))
    let store = work.appendingPathComponent("history.db").path
    let environment = ParapetProcess.isolatedEnvironment([
      "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
    ])
    let region = "ca-central-1"
    let scan = [
      "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region", region,
      "--service", "ec2", "--output-dir", work.appendingPathComponent("out").path,
      "--store", store, "--quiet", "--format", "json",
    ]
    let client = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint))
    let created = try await client.query(
      .ec2, region: region, action: "CreateSecurityGroup",
      parameters: [
        "GroupName": MotoServer.uniqueName("drift"), "GroupDescription": "drift test",
      ])
    let group = try #require(created["GroupId"]?.stringValue)

    let first = try await ParapetProcess.run(scan, environment: environment)
    #expect([0, 3].contains(first.status), "\(first.stderr)")
    _ = try await client.query(
      .ec2, region: region, action: "AuthorizeSecurityGroupIngress",
      parameters: [
        "GroupId": group, "IpPermissions.1.IpProtocol": "tcp",
        "IpPermissions.1.FromPort": "22", "IpPermissions.1.ToPort": "22",
        "IpPermissions.1.IpRanges.1.CidrIp": "0.0.0.0/0",
      ])
    let second = try await ParapetProcess.run(scan, environment: environment)
    #expect([0, 3].contains(second.status), "\(second.stderr)")

    let history = try await ParapetProcess.run(["history", "--store", store])
    #expect(history.status == 0, "\(history.stderr)")
    #expect(history.stdout.split(separator: "\n").count == 3, "\(history.stdout)")

    let diff = try await ParapetProcess.run(
      ["diff", "--store", store, "--format", "json"], environment: environment)
    #expect(diff.status == 0, "\(diff.stderr)")
    let document = try JSONValue.parse(diff.stdout)
    let newChecks = (document.value(at: "findings.new")?.arrayValue ?? []).compactMap {
      $0["check_id"]?.stringValue
    }
    #expect(
      newChecks.contains("aws.ec2.security_group_no_public_admin_ports_ipv4"), "\(diff.stdout)")
    #expect(diff.stdout.contains("0.0.0.0/0"))

    // The stored scan is enough to plan the fix: revoke exactly the opened rule.
    let fix = try await ParapetProcess.run(
      [
        "fix", "--scan", "2", "--store", store, "--endpoint-url", endpoint.absoluteString,
        "--region", region, "--checks", "aws.ec2.security_group_no_public_admin_ports_ipv4",
        "--audit-log", work.appendingPathComponent("audit.jsonl").path,
      ], environment: environment)
    #expect(fix.status == 0, "\(fix.stderr)")
    #expect(fix.stdout.contains("RevokeSecurityGroupIngress"), "\(fix.stdout)")
    #expect(fix.stdout.contains(group))
  }

  @Test func diffWithoutTwoScansSaysSo() async throws {
    let store = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("empty") + ".db").path
    _ = try openScanStore(.sqlite(path: store))
    let outcome = try await ParapetProcess.run(["diff", "--store", store])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: the history store has no scans yet; run 'parapet scan aws' first\n")
  }

  /// Commands that read what scans recorded, each given a store that does not exist.
  static let readingCommands: [[String]] = [
    ["history"], ["history", "fixes"], ["history", "prune", "--keep", "90d"], ["diff"],
    ["fix", "--scan", "1"],
  ]

  @Test(arguments: readingCommands)
  func aReadingCommandNeverCreatesAStore(_ command: [String]) async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("no-store"))
    let store = directory.appendingPathComponent("history.db").path
    let outcome = try await ParapetProcess.run(command + ["--store", store])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: there is no history store at \(store); record a scan there first "
        + "with 'parapet scan aws --store \(store)'\n")
    #expect(outcome.stdout == "")
    #expect(!FileManager.default.fileExists(atPath: directory.path))
  }

  @Test func theDefaultStoreIsNotCreatedByReadingIt() async throws {
    let dataHome = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("data-home"))
    let outcome = try await ParapetProcess.run(
      ["history"], environment: ParapetProcess.isolatedEnvironment(["XDG_DATA_HOME": dataHome.path])
    )

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: there is no history store at \(dataHome.path)/parapet/parapet.db; "
        + "record a scan there first with 'parapet scan aws'\n")
    #expect(!FileManager.default.fileExists(atPath: dataHome.path))
  }

  struct PruneCase: CustomTestStringConvertible, Sendable {
    var name: String
    var keep: [String]
    var message: String
    var testDescription: String { name }
  }

  static let notAnAge =
    "is not an age; give a whole number of hours, days or weeks (h, d or w), such as 12h, "
    + "90d or 2w"

  static let pruneCases: [PruneCase] = [
    PruneCase(
      name: "no age", keep: [],
      message: "'parapet history prune' needs --keep AGE: hours, days or weeks (h, d or w), "
        + "such as 12h, 90d or 2w"),
    PruneCase(name: "years", keep: ["--keep", "1y"], message: "--keep '1y' \(notAnAge)"),
    PruneCase(name: "seconds", keep: ["--keep", "1s"], message: "--keep '1s' \(notAnAge)"),
    PruneCase(name: "words", keep: ["--keep", "abc"], message: "--keep 'abc' \(notAnAge)"),
    // Taken as one minute, and emptied a store whose owner meant a month.
    PruneCase(
      name: "minutes or months", keep: ["--keep", "1m"],
      message: "--keep '1m' is ambiguous: m could mean minutes or months; give hours, days or "
        + "weeks (h, d or w), such as 12h, 90d or 2w"),
    // Deleted every scan.
    PruneCase(
      name: "zero", keep: ["--keep", "0d"],
      message: "--keep '0d' would prune every scan; give an age of at least 1h"),
    // Crashed converting the cutoff to the store's milliseconds.
    PruneCase(
      name: "too long to count back", keep: ["--keep", "99999999999999d"],
      message: "--keep '99999999999999d' is too long; the longest is 36500d (100 years)"),
  ]

  @Test(arguments: pruneCases)
  func pruneRefusesAnAgeItCannotUse(_ testCase: PruneCase) async throws {
    let store = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("prune") + ".db").path
    _ = try openScanStore(.sqlite(path: store))
    let outcome = try await ParapetProcess.run(
      ["history", "prune", "--store", store] + testCase.keep)

    #expect(outcome.status == 2)
    #expect(outcome.stderr == "parapet: \(testCase.message)\n")
    #expect(outcome.stdout == "")
  }

  @Test func pruneTakesHoursAndSaysWhichUnitsInItsHelp() async throws {
    let store = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("prune") + ".db").path
    _ = try openScanStore(.sqlite(path: store))
    let pruned = try await ParapetProcess.run(
      ["history", "prune", "--keep", "1h", "--store", store])
    let help = try await ParapetProcess.run(["history", "--help"])

    #expect(pruned.status == 0, "\(pruned.stderr)")
    #expect(pruned.stdout == "Pruned 0 scan(s) and 0 unreferenced body(ies).\n")
    #expect(help.stdout.contains("a whole number of hours,\ndays or weeks (12h, 90d, 2w)"))
    #expect(help.stdout.contains("Minutes are not taken"))
  }
}
