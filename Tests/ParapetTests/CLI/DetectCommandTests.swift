import Foundation
import ParapetAWS
import ParapetCore
import Testing

@testable import ParapetCollectors

/// `parapet detect cloudtrail` through the built binary, on the CloudTrail fixtures, on an
/// S3 log bucket in moto, and on a LookupEvents answer.
@Suite struct DetectCommandTests {
  static let fixtures = MotoServer.packageRoot.appendingPathComponent(
    "Tests/ParapetTests/Fixtures/CloudTrail")

  static func findings(in output: URL) throws -> [JSONValue] {
    let scans = try FileManager.default.contentsOfDirectory(
      at: output, includingPropertiesForKeys: nil)
    let document = try JSONValue.parse(
      Data(contentsOf: try #require(scans.first).appendingPathComponent("findings.json")))
    return document["findings"]?.arrayValue ?? []
  }

  static func outputDirectory() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      MotoServer.uniqueName("parapet-detect"))
  }

  @Test func rootActivityRaisesAnAlertAndExitsThree() async throws {
    let output = Self.outputDirectory()
    let outcome = try await ParapetProcess.run([
      "detect", "cloudtrail", Self.fixtures.appendingPathComponent("root-activity.json.gz").path,
      "--output-dir", output.path, "--quiet",
    ])

    #expect(outcome.status == 3, "\(outcome.stderr)")
    let checks = try Self.findings(in: output).compactMap { $0["check_id"]?.stringValue }
    #expect(checks.contains("aws.cloudtrail.detect.root_account_use"))
  }

  @Test func alertsAreRecordedInTheHistoryStore() async throws {
    let store = Self.outputDirectory().appendingPathExtension("db").path
    let outcome = try await ParapetProcess.run([
      "detect", "cloudtrail", Self.fixtures.appendingPathComponent("root-activity.json.gz").path,
      "--output-dir", Self.outputDirectory().path, "--store", store, "--quiet",
    ])
    #expect(outcome.status == 3, "\(outcome.stderr)")

    let history = try await ParapetProcess.run(["history", "--store", store])
    #expect(history.status == 0, "\(history.stderr)")
    #expect(history.stdout.split(separator: "\n").count == 2, "\(history.stdout)")
  }

  @Test func truncatedGzipIsReportedWithItsRecordAndTheRestIsRead() async throws {
    let file = Self.fixtures.appendingPathComponent("root-activity-truncated.json.gz").path
    let outcome = try await ParapetProcess.run([
      "detect", "cloudtrail", file, "--output-dir", Self.outputDirectory().path, "--quiet",
    ])

    #expect(outcome.status == 3)
    #expect(
      outcome.stderr.contains(
        "\(file): record 16: input ends inside this record; the file is truncated"))
  }

  @Test func sinceAfterEveryEventLeavesNoAlert() async throws {
    let outcome = try await ParapetProcess.run([
      "detect", "cloudtrail", Self.fixtures.appendingPathComponent("root-activity.json.gz").path,
      "--since", "2099-01-01", "--output-dir", Self.outputDirectory().path, "--quiet",
    ])

    #expect(outcome.status == 0, "\(outcome.stderr)")
  }

  @Test func missingPathIsAnErrorNamingIt() async throws {
    let outcome = try await ParapetProcess.run(["detect", "cloudtrail", "/nonexistent/trail"])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: cannot read '/nonexistent/trail': no such file or directory\n")
  }

  /// A missing --rules directory was a warning, and the run reported its alerts and
  /// exited 0 as if the rules had run.
  @Test(arguments: [[], ["--no-builtin"]])
  func missingRulesDirectoryIsAnErrorNamingIt(_ extra: [String]) async throws {
    let output = Self.outputDirectory()
    let outcome = try await ParapetProcess.run(
      [
        "detect", "cloudtrail",
        Self.fixtures.appendingPathComponent("root-activity.json.gz").path,
        "--rules", "/nonexistent/sigma", "--output-dir", output.path, "--quiet",
      ] + extra)

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: /nonexistent/sigma: no such directory; give a directory of Sigma "
        + "rules (.yml or .yaml)\n")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func rulesThatAreAFileAreAnErrorNamingIt() async throws {
    let file = Self.fixtures.appendingPathComponent("root-activity.json.gz").path
    let outcome = try await ParapetProcess.run([
      "detect", "cloudtrail", file, "--rules", file, "--output-dir",
      Self.outputDirectory().path,
    ])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: \(file): not a directory; give a directory of Sigma rules "
        + "(.yml or .yaml)\n")
  }

  @Test func badTimeIsAUsageError() async throws {
    let outcome = try await ParapetProcess.run([
      "detect", "cloudtrail", "--lookup", "--since", "yesterday",
    ])

    #expect(outcome.status == 2)
    #expect(outcome.stderr.hasPrefix("parapet: --since 'yesterday' is not a time"))
  }

  @Test func logBucketInS3GivesTheSameAlertsAsTheFile() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    let client = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint))
    let bucket = MotoServer.uniqueName("trail-logs")
    let key =
      "AWSLogs/123456789012/CloudTrail/us-east-1/2026/12/01/"
      + "123456789012_CloudTrail_us-east-1_20261201T1000Z_abc.json.gz"
    _ = try await client.rest(
      .s3, region: "us-east-1", operation: "CreateBucket", method: "PUT", path: "/\(bucket)",
      query: [:], headers: [:], body: nil)
    _ = try await client.rest(
      .s3, region: "us-east-1", operation: "PutObject", method: "PUT", path: "/\(bucket)/\(key)",
      query: [:], headers: [:],
      body: try Data(contentsOf: Self.fixtures.appendingPathComponent("root-activity.json.gz")))

    let output = Self.outputDirectory()
    let outcome = try await ParapetProcess.run(
      [
        "detect", "cloudtrail", "s3://\(bucket)/AWSLogs/", "--endpoint-url",
        endpoint.absoluteString, "--region", "us-east-1", "--output-dir", output.path, "--quiet",
      ],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      ]))

    #expect(outcome.status == 3, "\(outcome.stderr)")
    let evidence = try Self.findings(in: output).flatMap { $0["evidence"]?.arrayValue ?? [] }
    let sources = evidence.compactMap { $0["value"]?["file"]?.stringValue }
    #expect(sources.contains("s3://\(bucket)/\(key)"), "\(evidence.prefix(2))")
  }

  /// moto does not implement LookupEvents; the page conversion is tested on an answer in the
  /// shape AWS documents, with the full record as a JSON string in `CloudTrailEvent`.
  @Test func lookupEventsPageBecomesARecordsDocument() throws {
    let page: JSONValue = [
      "Events": [
        [
          "EventId": "1", "EventName": "ConsoleLogin",
          "CloudTrailEvent": #"{"eventVersion":"1.08","eventName":"ConsoleLogin"}"#,
        ],
        [
          "EventId": "2", "EventName": "StopLogging",
          "CloudTrailEvent": #"{"eventName":"StopLogging"}"#,
        ],
      ],
      "NextToken": "abc",
    ]

    #expect(
      CloudTrailLogSource.recordsDocument(fromLookupPage: page)
        == #"{"Records":[{"eventVersion":"1.08","eventName":"ConsoleLogin"},"#
        + #"{"eventName":"StopLogging"}]}"#)
  }

  @Test func lookupAgainstAnEndpointWithoutItFailsNamingTheCall() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    let outcome = try await ParapetProcess.run(
      [
        "detect", "cloudtrail", "--lookup", "--endpoint-url", endpoint.absoluteString,
        "--region", "us-east-1", "--output-dir", Self.outputDirectory().path,
      ],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      ]))

    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("cloudtrail:LookupEvents failed"), "\(outcome.stderr)")
  }

  @Test func s3KeysAreOrderedByTheirTimeStampAndDigestsSkipped() {
    #expect(CloudTrailLogSource.isLogFile("AWSLogs/1/CloudTrail/x_20261201T1000Z_a.json.gz"))
    #expect(!CloudTrailLogSource.isLogFile("AWSLogs/1/CloudTrail-Digest/x_20261201T1000Z.json.gz"))
    #expect(
      CloudTrailLogSource.timeStamp("a/b/1_CloudTrail_eu-west-1_20261201T1005Z_q.json.gz")
        == "20261201T1005Z")
  }
}
