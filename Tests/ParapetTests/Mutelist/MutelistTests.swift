import Foundation
import ParapetCore
import Testing

@testable import ParapetRules

/// Records warnings so tests can assert on what an expired entry logs.
final class RecordingLogSink: LogSink, @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [(String, [String: String])] = []

  func log(level: LogLevel, message: String, metadata: [String: String]) {
    lock.lock()
    stored.append((message, metadata))
    lock.unlock()
  }

  var records: [(String, [String: String])] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}

@Suite struct MutelistTests {
  static let now = ISO8601DateFormatter().date(from: "2025-06-01T12:00:00Z") ?? Date()

  static let bucket = Resource(
    id: "arn:aws:s3:::logs-prod", type: "aws.s3.bucket", account: "111122223333",
    region: "eu-west-1", name: "logs-prod", tags: ["env": "prod", "team": "data"])

  static func failing(_ check: String, _ resource: Resource = bucket) -> Finding {
    Finding(
      checkId: check, checkTitle: "T", resourceId: resource.id, resourceType: resource.type,
      resourceName: resource.name, account: resource.account, region: resource.region,
      status: .fail, severity: .low, message: "Bucket \(resource.name) fails.")
  }

  static func statuses(_ yaml: String, _ findings: [Finding]) throws -> [Finding.Status] {
    let mutelist = try MutelistDecoder.decode(yaml, file: "mute.yaml")
    let inventory = Inventory(
      account: "111122223333", regions: ["eu-west-1"], resources: [bucket])
    return mutelist.apply(to: findings, inventory: inventory, now: now).map(\.status)
  }

  struct MatcherCase: Sendable, CustomTestStringConvertible {
    var name: String
    var entry: String
    var muted: Bool
    var testDescription: String { name }
  }

  static let matchers: [MatcherCase] = [
    .init(name: "check glob", entry: "check: 'aws.s3.*'", muted: true),
    .init(name: "other check", entry: "check: 'aws.ec2.*'", muted: false),
    .init(name: "Prowler-style check name", entry: "check: 's3_bucket_*'", muted: true),
    .init(name: "account", entry: "account: '111122223333'", muted: true),
    .init(name: "other account", entry: "account: '444455556666'", muted: false),
    .init(name: "region glob", entry: "regions: ['eu-*']", muted: true),
    .init(name: "other region", entry: "region: us-east-1", muted: false),
    .init(name: "resource regex on the id", entry: "resource: '^arn:aws:s3:::logs-'", muted: true),
    .init(name: "resource regex missing", entry: "resource: '^backup-'", muted: false),
    .init(name: "tags all present", entry: "tags: {env: '^prod$', team: data}", muted: true),
    .init(name: "tag value differs", entry: "tags: {env: '^dev$'}", muted: false),
    .init(name: "tag absent", entry: "tags: {owner: '.*'}", muted: false),
  ]

  @Test(arguments: matchers)
  func eachMatcherMutesOnlyWhatItNames(_ testCase: MatcherCase) throws {
    let yaml = "mutelist:\n  - \(testCase.entry)\n    reason: accepted\n"

    let statuses = try Self.statuses(yaml, [Self.failing("aws.s3.bucket_versioning")])

    #expect(statuses == [testCase.muted ? .muted : .fail])
  }

  @Test func mutedFindingKeepsItsMessageAndGainsTheReason() throws {
    let mutelist = try MutelistDecoder.decode(
      "mutelist:\n  - {check: '*', reason: Log buckets are private by design}\n",
      file: "mute.yaml")
    var passing = Self.failing("aws.s3.bucket_versioning")
    passing.status = .pass

    let result = mutelist.apply(
      to: [Self.failing("aws.s3.bucket_versioning"), passing],
      inventory: Inventory(account: "1", regions: []), now: Self.now)

    #expect(result.map(\.status) == [.muted, .pass])
    #expect(
      result[0].message == "Bucket logs-prod fails. (muted: Log buckets are private by design)")
    #expect(result[1].message == "Bucket logs-prod fails.")
  }

  @Test func expiredEntryWarnsAndDoesNotMute() throws {
    let yaml = """
      mutelist:
        - check: 'aws.s3.*'
          reason: until the migration
          expires: 2025-05-31
        - check: 'aws.ec2.*'
          reason: still valid
          expires: 2025-06-01
      """
    let mutelist = try MutelistDecoder.decode(yaml, file: "mute.yaml")
    let sink = RecordingLogSink()

    let result = mutelist.apply(
      to: [Self.failing("aws.s3.bucket_versioning"), Self.failing("aws.ec2.volume_encrypted")],
      inventory: Inventory(account: "1", regions: []), now: Self.now,
      logger: Logger(level: .warning, sink: sink))

    #expect(result.map(\.status) == [.fail, .muted])
    #expect(sink.records.count == 1)
    #expect(sink.records.first?.0 == "mutelist entry has expired and no longer mutes")
    #expect(
      sink.records.first?.1 == ["mutelist.entry": "mute.yaml:2", "mutelist.expires": "2025-05-31"])
  }

  @Test func prowlerFormatIsAccepted() throws {
    let yaml = """
      Mutelist:
        Accounts:
          "*":
            Checks:
              "s3_bucket_versioning":
                Regions:
                  - "eu-west-1"
                Resources:
                  - "logs-.*"
                Tags:
                  - "env=prod"
              "ec2_*":
                Regions: ["*"]
                Resources: ["*"]
          "444455556666":
            Checks:
              "*":
                Regions: ["*"]
                Resources: ["*"]
      """
    let other = Resource(
      id: "arn:aws:s3:::archive", type: "aws.s3.bucket", account: "111122223333",
      region: "eu-west-1", name: "archive", tags: ["env": "prod"])

    let statuses = try Self.statuses(
      yaml,
      [
        Self.failing("aws.s3.bucket_versioning"), Self.failing("aws.s3.bucket_versioning", other),
        Self.failing("aws.ec2.volume_encrypted"), Self.failing("aws.s3.bucket_acl_not_public"),
      ])

    #expect(statuses == [.muted, .fail, .muted, .fail])
  }

  struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var message: String
    var testDescription: String { name }
  }

  static let malformed: [MalformedCase] = [
    .init(
      name: "missing reason", yaml: "mutelist:\n  - check: 'aws.s3.*'\n",
      message: "mute.yaml:2: mutelist entry needs 'reason'"),
    .init(
      name: "unknown field", yaml: "mutelist:\n  - check: x\n    reson: typo\n",
      message: "mute.yaml:3: unknown field 'reson' in a mutelist entry"),
    .init(
      name: "bad date", yaml: "mutelist:\n  - reason: r\n    expires: soon\n",
      message: "mute.yaml:3: 'expires' needs a date such as 2025-12-31"),
    .init(
      name: "bad regex", yaml: "mutelist:\n  - reason: r\n    resource: '(unclosed'\n",
      message: "mute.yaml:3: invalid regular expression '(unclosed' in 'resource'"),
    .init(
      name: "unknown top key", yaml: "mutes: []\n",
      message: "mute.yaml:1: unknown field 'mutes'; expected 'mutelist'"),
    .init(
      name: "Prowler exceptions",
      yaml:
        "Mutelist:\n  Accounts:\n    '*':\n      Checks:\n        x:\n          Exceptions: {}\n",
      message:
        "mute.yaml:6: field 'Exceptions' of check 'x' is not supported; "
        + "supported: Regions, Resources, Tags, Description"),
  ]

  @Test(arguments: malformed)
  func malformedFileNamesFileLineAndField(_ testCase: MalformedCase) {
    do {
      _ = try MutelistDecoder.decode(testCase.yaml, file: "mute.yaml")
      Issue.record("a malformed mutelist loaded")
    } catch {
      #expect(error.description == testCase.message)
    }
  }
}
