import Foundation
import ParapetAWS
import ParapetCore
import Testing

@testable import ParapetCollectors

/// Each targeted collector against moto, over one resource of each kind that
/// `Fixtures/Rescan/create_targets.py` created: a re-read resource equals what the full
/// collector writes for it, a target that does not exist is gone, and the calls are few
/// and exact.
@Suite struct TargetedCollectorTests {
  static let region = "ap-northeast-2"
  static let account = "123456789012"

  struct Case: Sendable, CustomTestStringConvertible {
    var collector: any TargetedCollector
    /// Targets: the created resources, and one that does not exist.
    var targets: @Sendable (TargetedFixture.Created) -> [ResourceTarget]
    /// Ids of the resources that must come back.
    var read: @Sendable (TargetedFixture.Created) -> [String]
    /// Id of the resource found gone.
    var gone: @Sendable (TargetedFixture.Created) -> String
    /// Calls made, by service.
    var calls: [String: Int]
    var testDescription: String { collector.service }
  }

  static func target(_ service: String, _ type: String, _ id: String) -> ResourceTarget {
    ResourceTarget(service: service, region: region, type: type, id: id)
  }

  static func arn(_ service: String, _ resource: String) -> String {
    "arn:aws:\(service):\(region):\(account):\(resource)"
  }

  static let cases: [Case] = [
    Case(
      collector: S3Collector(),
      targets: {
        [
          target("s3", "aws.s3.bucket", $0.id("bucket")),
          target("s3", "aws.s3.bucket", $0.prefix + "-missing"),
        ]
      },
      read: { ["arn:aws:s3:::\($0.id("bucket"))"] },
      gone: { "arn:aws:s3:::\($0.prefix)-missing" },
      // The bucket: ListBuckets, GetBucketLocation (moto gives no BucketRegion), seven
      // configuration calls, GetBucketTagging; the missing one: ListBuckets.
      calls: ["s3": 11]),
    Case(
      collector: EC2Collector(),
      targets: {
        [
          target("ec2", "aws.ec2.security_group", $0.id("group")),
          target("ec2", "aws.ec2.security_group", "sg-0000000000000dead"),
          target("ec2", "aws.ec2.instance", $0.id("instance")),
          target("ec2", "aws.ec2.volume", $0.id("volume")),
          target("ec2", "aws.ec2.snapshot", $0.id("snapshot")),
        ]
      },
      read: {
        [
          arn("ec2", "security-group/\($0.id("group"))"),
          arn("ec2", "instance/\($0.id("instance"))"),
          arn("ec2", "volume/\($0.id("volume"))"),
          "arn:aws:ec2:\(region)::snapshot/\($0.id("snapshot"))",
        ]
      },
      gone: { _ in arn("ec2", "security-group/sg-0000000000000dead") },
      // One describe call per type, and the snapshot's attribute.
      calls: ["ec2": 5]),
    Case(
      collector: KMSCollector(),
      targets: {
        [
          target("kms", "aws.kms.key", $0.id("key")),
          target("kms", "aws.kms.key", "00000000-0000-0000-0000-000000000000"),
        ]
      },
      read: { [arn("kms", "key/\($0.id("key"))")] },
      gone: { _ in arn("kms", "key/00000000-0000-0000-0000-000000000000") },
      // The key: ListAliases, DescribeKey, rotation, policy, tags; the missing one:
      // ListAliases and DescribeKey.
      calls: ["kms": 7]),
    Case(
      collector: CloudTrailCollector(),
      targets: {
        [
          target("cloudtrail", "aws.cloudtrail.trail", $0.id("trail")),
          target("cloudtrail", "aws.cloudtrail.trail", $0.prefix + "-missing"),
        ]
      },
      read: { [arn("cloudtrail", "trail/\($0.id("trail"))")] },
      gone: { arn("cloudtrail", "trail/\($0.prefix)-missing") },
      calls: ["cloudtrail": 3]),
    Case(
      collector: RDSCollector(),
      targets: {
        [
          target("rds", "aws.rds.instance", $0.id("db")),
          target("rds", "aws.rds.instance", $0.prefix + "-missing"),
          target("rds", "aws.rds.snapshot", $0.id("db-snapshot")),
        ]
      },
      read: { [arn("rds", "db:\($0.id("db"))"), arn("rds", "snapshot:\($0.id("db-snapshot"))")] },
      gone: { arn("rds", "db:\($0.prefix)-missing") },
      calls: ["rds": 3]),
    Case(
      collector: LambdaCollector(),
      targets: {
        [
          target("lambda", "aws.lambda.function", $0.id("function")),
          target("lambda", "aws.lambda.function", $0.prefix + "-missing"),
        ]
      },
      read: { [arn("lambda", "function:\($0.id("function"))")] },
      gone: { arn("lambda", "function:\($0.prefix)-missing") },
      calls: ["lambda": 3]),
  ]

  @Test(arguments: cases)
  func readsWhatTheFullCollectorWrites(_ test: Case) async throws {
    let created = try await TargetedFixture.shared.created()
    let full = try await TargetedFixture.shared.fullOutput(of: test.collector)
    let client = TargetedFixture.client(created.endpoint)
    let context = CollectionContext(client: client, account: Self.account)

    let output = await test.collector.collect(
      targets: test.targets(created), in: Self.region, context: context)

    let ids = test.read(created)
    let expected = full.resources.filter { ids.contains($0.id) }.map(Self.comparable)
    #expect(expected.map(\.id).sorted() == ids.sorted())
    #expect(
      output.patch.resources.map(Self.comparable).sorted { $0.id < $1.id }
        == expected.sorted { $0.id < $1.id })
    #expect(output.patch.removedIds == [test.gone(created)])
    #expect(output.unreadable.isEmpty)
    #expect(output.patch.failures.isEmpty, "\(output.patch.failures)")
    let calls = await client.statistics.snapshot().mapValues(\.calls)
    #expect(calls == test.calls)
  }

  @Test func factsAreReadOnTheirOwn() async throws {
    let created = try await TargetedFixture.shared.created()
    let client = TargetedFixture.client(created.endpoint)
    let context = CollectionContext(client: client, account: Self.account)

    let s3 = await S3Collector().collect(
      targets: [
        ResourceTarget(
          service: "s3", region: "global", type: "aws.account", id: "S3PublicAccessBlock")
      ],
      in: Self.region, context: context)
    let ec2 = await EC2Collector().collect(
      targets: [Self.target("ec2", "aws.region", "EbsEncryptionByDefault")], in: Self.region,
      context: context)

    #expect(s3.patch.resources.isEmpty && ec2.patch.resources.isEmpty)
    #expect(s3.patch.facts.map(\.key) == ["S3PublicAccessBlock"])
    #expect(s3.patch.facts.map(\.region) == [nil])
    // EC2's XML gives the boolean as text, as the full collection stores it.
    #expect(
      ec2.patch.facts == [
        InventoryPatch.Fact(region: Self.region, key: "EbsEncryptionByDefault", value: "false")
      ])
    let calls = await client.statistics.snapshot().mapValues(\.calls)
    #expect(calls == ["s3-control": 1, "ec2": 1])
  }

  @Test func aTargetWhoseReadIsRefusedKeepsItsEarlierState() async throws {
    let created = try await TargetedFixture.shared.created()
    let client = DenyingClient(
      base: TargetedFixture.client(created.endpoint), denied: ["DescribeSecurityGroups"])
    let context = CollectionContext(client: client, account: Self.account)
    let group = Self.target("ec2", "aws.ec2.security_group", created.id("group"))

    let output = await EC2Collector().collect(targets: [group], in: Self.region, context: context)

    #expect(output.unreadable == [group])
    #expect(output.patch.resources.isEmpty)
    #expect(output.patch.removedIds.isEmpty)
    #expect(output.patch.failures.map(\.operation) == ["DescribeSecurityGroups"])
    #expect(output.patch.failures.map(\.kind) == [.accessDenied])
  }

  /// A resource as both reads must return it. AWS's ListFunctions leaves out the state
  /// fields GetFunctionConfiguration returns; moto returns them from both, so they are
  /// dropped here as the targeted read drops them. moto stamps an RDS instance's
  /// LatestRestorableTime and a trail's latest delivery times with the time of each call.
  static func comparable(_ resource: Resource) -> Resource {
    var copy = resource
    switch resource.type {
    case "aws.lambda.function":
      copy.properties = LambdaCollector.asListed(resource.properties)
    case "aws.rds.instance":
      copy.properties = copy.properties.setting("LatestRestorableTime", to: .null)
    case "aws.cloudtrail.trail":
      let status = (copy.properties["Status"] ?? [:])
        .setting("LatestDeliveryTime", to: .null).setting("LatestDeliveryAttemptTime", to: .null)
      copy.properties = copy.properties.setting("Status", to: status)
    default:
      break
    }
    return copy
  }
}

/// The resources of `TargetedCollectorTests`, created once per test process in the shared
/// moto, and each collector's full output over them.
actor TargetedFixture {
  static let shared = TargetedFixture()

  struct Created: Sendable {
    var prefix: String
    var ids: JSONValue
    var endpoint: URL

    func id(_ key: String) -> String { ids[key]?.stringValue ?? "" }
  }

  private var creating: Task<Created, any Error>?
  private var outputs: [String: Task<CollectorOutput, any Error>] = [:]

  func created() async throws -> Created {
    if creating == nil { creating = Task { try await Self.create() } }
    guard let creating else { throw HelperProcessFailed(message: "fixture task was lost") }
    return try await creating.value
  }

  func fullOutput(of collector: any Collector) async throws -> CollectorOutput {
    if outputs[collector.service] == nil {
      outputs[collector.service] = Task {
        let created = try await self.created()
        let context = CollectionContext(
          client: Self.client(created.endpoint), account: TargetedCollectorTests.account)
        return await collector.collect(in: TargetedCollectorTests.region, context: context)
      }
    }
    guard let task = outputs[collector.service] else {
      throw HelperProcessFailed(message: "collector task was lost")
    }
    return try await task.value
  }

  static func client(_ endpoint: URL) -> AWSClient {
    AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint,
        transport: URLSessionTransport(timeout: 60), retryPolicy: RetryPolicy(maxAttempts: 1)))
  }

  private static func create() async throws -> Created {
    let endpoint = try await MotoServer.shared.endpoint()
    let prefix = MotoServer.uniqueName("tgt")
    let printed = try PythonScript.run(
      Fixture.path("Rescan/create_targets.py"),
      [endpoint.absoluteString, prefix, TargetedCollectorTests.region])
    return Created(prefix: prefix, ids: try JSONValue.parse(printed), endpoint: endpoint)
  }
}
