import ParapetAWS
import ParapetCore

/// Hears about collection progress, for the terminal's progress line.
public protocol ScanObserver: Sendable {
  /// A collector started in a region.
  func collectorStarted(service: String, region: String) async
  /// A collector finished in a region with so many resources and failed calls.
  func collectorFinished(service: String, region: String, resources: Int, failures: Int) async
}

/// Runs the collectors over an account's regions with bounded concurrency and assembles
/// the inventory, including the account and region resources built from their facts.
public struct AccountScanner: Sendable {
  /// Every collector Parapet ships, in the order they are listed to users.
  public static let allCollectors: [any Collector] = [
    IAMCollector(), S3Collector(), EC2Collector(), KMSCollector(), CloudTrailCollector(),
    ConfigCollector(), LogsCollector(), CloudWatchCollector(), SNSCollector(), RDSCollector(),
    LambdaCollector(), EFSCollector(), GuardDutyCollector(), AccessAnalyzerCollector(),
    SecurityHubCollector(), ELBv2Collector(), ClassicELBCollector(), SQSCollector(),
    SecretsManagerCollector(), ECRCollector(), EKSCollector(), DynamoDBCollector(),
    APIGatewayCollector(), CloudFrontCollector(), OpenSearchCollector(), GlacierCollector(),
  ]

  /// Service names users may pass to `--service`.
  public static var serviceNames: [String] { allCollectors.map(\.service) }

  /// The collectors to run.
  public var collectors: [any Collector]
  /// Most collector runs (service and region pairs) in flight at once.
  public var concurrency: Int

  /// A scanner running `collectors`.
  public init(collectors: [any Collector] = AccountScanner.allCollectors, concurrency: Int = 6) {
    self.collectors = collectors
    self.concurrency = concurrency
  }

  /// Collects `regions`; global services are called in `homeRegion`.
  public func scan(
    context: CollectionContext, regions: [String], homeRegion: String,
    observer: (any ScanObserver)? = nil
  ) async -> Inventory {
    let jobs: [Job] = collectors.flatMap { collector in
      switch collector.scope {
      case .global: return [Job(collector: collector, region: homeRegion)]
      case .regional: return regions.map { Job(collector: collector, region: $0) }
      }
    }

    let outputs = await boundedMap(jobs, limit: concurrency) { job in
      let (collector, region) = (job.collector, job.region)
      let label = collector.scope == .global ? "global" : region
      await observer?.collectorStarted(service: collector.service, region: label)
      let output = await collector.collect(in: region, context: context)
      await observer?.collectorFinished(
        service: collector.service, region: label, resources: output.resources.count,
        failures: output.failures.count)
      return (region, collector.scope, output)
    }

    var inventory = Inventory(account: context.account, regions: regions)
    var accountFacts: [String: JSONValue] = ["Regions": .array(regions.map { .string($0) })]
    var regionFacts: [String: [String: JSONValue]] = [:]
    for (region, _, output) in outputs {
      output.resources.forEach { inventory.add($0) }
      output.failures.forEach { inventory.record($0) }
      accountFacts.merge(output.accountFacts) { _, new in new }
      regionFacts[region, default: [:]].merge(output.regionFacts) { _, new in new }
    }

    inventory.add(
      Resource(
        id: "arn:\(context.partition):iam::\(context.account):root", type: "aws.account",
        account: context.account, region: "global", name: context.account,
        properties: .object(accountFacts)))
    for region in regions {
      var facts = regionFacts[region] ?? [:]
      facts["RegionName"] = .string(region)
      inventory.add(
        Resource(
          id: Self.regionId(region, context), type: "aws.region", account: context.account,
          region: region, name: region, properties: .object(facts)))
    }
    return inventory
  }

  private struct Job: Sendable {
    var collector: any Collector
    var region: String
  }

  /// The id of a region resource. Regions have no ARN; this follows the ARN layout so ids
  /// stay in one format.
  public static func regionId(_ region: String, _ context: CollectionContext) -> String {
    "arn:\(context.partition):ec2:\(region):\(context.account):region"
  }
}

/// Who the credentials belong to and which regions the account has enabled.
public enum AccountDiscovery {
  /// STS GetCallerIdentity: the account id and the caller's ARN. Throws the AWS error: a scan
  /// cannot go on without it.
  public static func callerIdentity(
    _ client: any AWSCalling, region: String
  ) async throws -> (account: String, arn: String) {
    let identity = try await client.query(
      .sts, region: region, action: "GetCallerIdentity", parameters: [:])
    guard let account = identity["Account"]?.stringValue else {
      throw AWSError(
        code: "InvalidResponse", message: "GetCallerIdentity returned no Account",
        statusCode: 200, service: "sts", operation: "GetCallerIdentity")
    }
    return (account, identity["Arn"]?.stringValue ?? "")
  }

  /// The regions enabled for the account (EC2 DescribeRegions without opt-in regions that
  /// are not enabled), in the partition of `region`: credentials of one partition cannot
  /// call another's regions, though an emulator lists them all.
  public static func enabledRegions(
    _ client: any AWSCalling, region: String
  ) async throws -> [String] {
    let answer = try await client.query(
      .ec2, region: region, action: "DescribeRegions", parameters: [:])
    let home = partition(of: region)
    return Shapes.list(EC2Shape.normalize(answer)["Regions"])
      .compactMap { $0["RegionName"]?.stringValue }
      .filter { partition(of: $0) == home }.sorted()
  }

  /// The partition a region belongs to, read from its name (`cn-north-1`: `aws-cn`).
  public static func partition(of region: String) -> String {
    if region.hasPrefix("cn-") { return "aws-cn" }
    if region.hasPrefix("us-gov-") { return "aws-us-gov" }
    if region.hasPrefix("us-isob-") { return "aws-iso-b" }
    if region.hasPrefix("us-iso-") { return "aws-iso" }
    return "aws"
  }
}
