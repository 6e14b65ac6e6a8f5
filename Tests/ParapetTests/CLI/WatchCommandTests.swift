import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetStore
import Testing

/// `parapet watch` as a user runs it: the built binary, a moto account of its own, a
/// recording webhook, and real signals.
@Suite struct WatchCommandTests {
  static let credentials = ParapetProcess.isolatedEnvironment([
    "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
  ])

  static func storePath() throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-watch"))
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent("parapet.db").path
  }

  struct UsageCase: CustomStringConvertible, Sendable {
    var description: String
    var arguments: [String]
    var message: String
  }

  static let usageCases: [UsageCase] = [
    UsageCase(
      description: "a duration without a unit", arguments: ["--every", "15x"],
      message: "--every '15x' is not a duration; give a whole number followed by s, m, h or d, "
        + "such as 30s, 15m, 1h or 1d"),
    UsageCase(
      description: "a unit without a number", arguments: ["--every", "m"],
      message: "--every 'm' is not a duration; give a whole number followed by s, m, h or d, "
        + "such as 30s, 15m, 1h or 1d"),
    UsageCase(
      description: "a zero duration", arguments: ["--every=0s"],
      message: "--every '0s' must be at least 1s"),
    // Accepted, then the first pause crashed converting the wait to nanoseconds.
    UsageCase(
      description: "a duration too long to sleep", arguments: ["--every", "300000d"],
      message: "--every '300000d' is too long; the longest is 366d"),
    UsageCase(
      description: "a day past the longest", arguments: ["--every", "367d"],
      message: "--every '367d' is too long; the longest is 366d"),
    UsageCase(
      description: "more digits than a number holds",
      arguments: ["--every", "99999999999999999999s"],
      message: "--every '99999999999999999999s' is too long; the longest is 366d"),
    UsageCase(
      description: "a signed duration", arguments: ["--every=-5m"],
      message: "--every '-5m' is not a duration; give a whole number followed by s, m, h or d, "
        + "such as 30s, 15m, 1h or 1d"),
    UsageCase(
      description: "no scans", arguments: ["--max-scans", "0"],
      message: "--max-scans '0' must be a whole number of at least 1"),
    UsageCase(
      description: "an unknown severity", arguments: ["--notify-severity", "urgent"],
      message: "unknown severity 'urgent' for --notify-severity; valid severities: "
        + "informational, low, medium, high, critical"),
    UsageCase(
      description: "formats without a report directory", arguments: ["--format", "sarif"],
      message: "--format chooses report formats; add --output-dir DIR to write reports"),
    UsageCase(
      description: "no store", arguments: ["--no-store"],
      message: "watch records every scan in the history store to find what is new; drop "
        + "--no-store (--store chooses where)"),
    UsageCase(
      description: "a webhook that is not http",
      arguments: ["--slack-webhook", "ftp://hooks.example.com/services/SECRET"],
      message: "--slack-webhook: the URL must start with http:// or https:// (it is not shown: "
        + "webhook URLs are secrets)"),
    UsageCase(
      description: "a webhook from an unset variable",
      arguments: ["--teams-webhook", "env:PARAPET_TEST_UNSET_WEBHOOK"],
      message: "--teams-webhook env:PARAPET_TEST_UNSET_WEBHOOK: the variable "
        + "PARAPET_TEST_UNSET_WEBHOOK is not set or empty"),
  ]

  @Test(arguments: usageCases)
  func badCommandLinesAreUsageErrors(_ testCase: UsageCase) async throws {
    let outcome = try await ParapetProcess.run(["watch"] + testCase.arguments)

    #expect(outcome.status == 2)
    #expect(outcome.stderr == "parapet: \(testCase.message)\n")
    #expect(outcome.stdout == "")
  }

  @Test func helpListsTheWatchOptions() async throws {
    let outcome = try await ParapetProcess.run(["watch", "--help"])

    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("USAGE: parapet watch [scan options] [--every 15m]"))
    for option in [
      "--every DURATION", "--notify-severity SEVERITY", "--webhook URL",
      "--slack-webhook URL", "--teams-webhook URL", "--max-scans N", "--region R",
    ] {
      #expect(outcome.stdout.contains("  \(option) "), "\(option)")
    }
    #expect(!outcome.stdout.contains("--fail-on"))
  }

  @Test(.timeLimit(.minutes(2)))
  func scansThatCannotReachTheCloudAreLoggedAndTheLastFailureIsTheExitReason() async throws {
    // Port 9 on loopback is closed: every call of every scan is refused.
    let outcome = try await ParapetProcess.run(
      [
        "watch", "--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1",
        "--store", try Self.storePath(), "--every", "1s", "--max-scans", "2",
      ], environment: Self.credentials)

    #expect(outcome.status == 1)
    #expect(outcome.stdout == "")
    let lines = outcome.stderr.split(separator: "\n")
    // Only the first scan has a next one to try again with.
    #expect(lines.count == 2, "\(outcome.stderr)")
    #expect(
      lines.first?.hasPrefix("error: watch scan failed; trying again after the interval ") == true)
    #expect(lines.first?.hasSuffix(" watch.scan=1") == true)
    #expect(
      lines.last?.hasPrefix(
        "parapet: error: the last scan (2 of --max-scans 2) failed: sts:GetCallerIdentity failed "
      ) == true, "\(outcome.stderr)")
    #expect(!outcome.stderr.contains("watch.scan=2"))
  }

  @Test(.timeLimit(.minutes(5)))
  func anAccountChangeBetweenScansIsAnnouncedExactlyOnce() async throws {
    let endpoint = try await MotoServer.watchedAccount.endpoint()
    let region = "us-east-2"
    let client = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint))
    let group = try await Self.createGroup(MotoServer.uniqueName("watched"), region, client)
    let key = MotoServer.uniqueName("watch-e2e")
    let webhook = try await WebhookRecorder.shared.url(
      key: key, scenario: "ok", suffix: "/T0SECRET")
    let store = try Self.storePath()

    let watch = try BackgroundParapet(
      [
        "watch", "--endpoint-url", endpoint.absoluteString, "--region", region, "--service",
        "ec2", "--store", store, "--every", "1s", "--max-scans", "2", "--webhook",
        webhook.absoluteString, "--log-level", "info",
      ], environment: Self.credentials)
    // Frozen right after the first scan's summary, thawed once the group is open: the
    // second scan sees the change however slow the machine is.
    watch.freeze(whenStdoutHolds: " scan 1 of 123456789012")
    try await watch.waitFor(" scan 1 of 123456789012")
    try await Self.openSSH(group, region, client)
    watch.send(SIGCONT)
    let outcome = try await watch.finish()

    #expect(outcome.status == 0, "\(outcome.stderr)")
    let received = try await WebhookRecorder.shared.received(key: key)
    #expect(received.count == 1)
    let payload = try JSONValue.parse(received.first?.body ?? "")
    let findings = payload["findings"]?.arrayValue ?? []
    #expect(
      findings.map { $0["check_id"]?.stringValue }
        == ["aws.ec2.security_group_no_public_admin_ports_ipv4"])
    #expect(
      findings.first?["resource_id"]?.stringValue
        == "arn:aws:ec2:\(region):123456789012:security-group/\(group)")
    #expect(payload["scan"]?["store_id"] == 2)
    #expect(outcome.stdout.contains("; 1 new and 0 resolved since scan 1\n"), "\(outcome.stdout)")
    #expect(
      outcome.stdout.contains(
        "  new high aws.ec2.security_group_no_public_admin_ports_ipv4 "
          + "arn:aws:ec2:\(region):123456789012:security-group/\(group) (\(region))\n"))
    // The webhook URL's path is its secret: the log names the host only.
    #expect(!(outcome.stdout + outcome.stderr).contains("T0SECRET"))
    #expect(outcome.stderr.contains("watch.webhooks=http://127.0.0.1:"))
    #expect(
      try openScanStore(.sqlite(path: store)).scans().map(\.status) == [.complete, .complete])
  }

  /// Creates a security group and returns its id. A retried create (moto answered too
  /// slowly the first time) finds the group by name.
  static func createGroup(
    _ name: String, _ region: String, _ client: AWSClient
  ) async throws -> String {
    do {
      let created = try await client.query(
        .ec2, region: region, action: "CreateSecurityGroup",
        parameters: ["GroupName": name, "GroupDescription": "watch"])
      return try #require(created["GroupId"]?.stringValue)
    } catch let error as AWSError where error.code == "InvalidGroup.Duplicate" {
      let found = try await client.query(
        .ec2, region: region, action: "DescribeSecurityGroups",
        parameters: ["GroupName.1": name])
      let groups = Shapes.list(found["SecurityGroupInfo"])
      return try #require(groups.first?["GroupId"]?.stringValue)
    }
  }

  /// Opens port 22 of `group` to the internet; a retried call that finds it open is fine.
  static func openSSH(_ group: String, _ region: String, _ client: AWSClient) async throws {
    do {
      _ = try await client.query(
        .ec2, region: region, action: "AuthorizeSecurityGroupIngress",
        parameters: [
          "GroupId": group, "IpPermissions.1.IpProtocol": "tcp",
          "IpPermissions.1.FromPort": "22", "IpPermissions.1.ToPort": "22",
          "IpPermissions.1.IpRanges.1.CidrIp": "0.0.0.0/0",
        ])
    } catch let error as AWSError where error.code == "InvalidPermission.Duplicate" {
      return
    }
  }

  @Test(.timeLimit(.minutes(5)))
  func sigtermDuringThePauseExitsCleanlyAfterTheRecordedScan() async throws {
    let endpoint = try await MotoServer.watchedAccount.endpoint()
    let store = try Self.storePath()
    let reports = URL(fileURLWithPath: store).deletingLastPathComponent()
      .appendingPathComponent("reports")
    let watch = try BackgroundParapet(
      [
        "watch", "--endpoint-url", endpoint.absoluteString, "--region", "us-west-1",
        "--service", "s3", "--store", store, "--every", "1h", "--output-dir", reports.path,
        "--format", "json",
      ], environment: Self.credentials)
    try await watch.waitFor(" scan 1 of 123456789012")

    watch.send(SIGTERM)
    let outcome = try await watch.finish(timeout: 30)

    #expect(outcome.status == 0)
    #expect(outcome.stderr == "parapet watch: stopped by SIGTERM; 1 scan recorded\n")
    #expect(try openScanStore(.sqlite(path: store)).scans().map(\.status) == [.complete])
    let directories = try FileManager.default.contentsOfDirectory(atPath: reports.path)
    #expect(directories.count == 1)
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: reports.appendingPathComponent(directories.first ?? "").path
      ).sorted() == ["findings.json", "inventory.json"])
  }

  @Test(.timeLimit(.minutes(2)), arguments: [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")])
  func aSignalDuringAScanAbandonsItWithoutRecordingAnything(
    signal: Int32, name: String
  ) async throws {
    // An endpoint that never answers holds the first scan at its first call.
    let silent = try await WebhookRecorder.silent.baseURL()
    let store = try Self.storePath()
    let watch = try BackgroundParapet(
      [
        "watch", "--endpoint-url", silent.absoluteString, "--region", "us-east-1",
        "--store", store, "--log-level", "info",
      ], environment: Self.credentials)
    try await watch.waitFor("watch started", onStderr: true)

    watch.send(signal)
    let outcome = try await watch.finish(timeout: 30)

    #expect(outcome.status == 0)
    #expect(outcome.stderr.hasSuffix("\nparapet watch: stopped by \(name); 0 scans recorded\n"))
    #expect(outcome.stdout == "")
    #expect(try openScanStore(.sqlite(path: store)).scans().isEmpty)
  }
}
