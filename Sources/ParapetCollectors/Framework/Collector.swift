import ParapetAWS
import ParapetCore

/// Whether a service is collected once per account or once per region.
public enum CollectorScope: Sendable {
  /// One endpoint for the whole account (IAM, S3's bucket list).
  case global
  /// One pass per enabled region.
  case regional
}

/// Reads one AWS service into resources. Collectors never judge: they fetch, decode and
/// record what could not be read.
public protocol Collector: Sendable {
  /// Service name as users select it with `--service` (`s3`, `ec2`, `iam`).
  var service: String { get }
  /// Resource types this collector produces, so the checks over them can tell what is
  /// missing when a call fails.
  var resourceTypes: [String] { get }
  /// Global or regional.
  var scope: CollectorScope { get }
  /// Collects the service in `region` (the signing region for global services).
  func collect(in region: String, context: CollectionContext) async -> CollectorOutput
}

/// What a scan needs to call AWS and name what it finds.
public struct CollectionContext: Sendable {
  /// The AWS API client.
  public var client: any AWSCalling
  /// The scanned account id.
  public var account: String
  /// ARN partition, `aws` for the commercial regions.
  public var partition: String
  /// Most enrichment calls in flight at once within one collector.
  public var enrichmentConcurrency: Int
  /// Logger for debug detail; failures are returned, not logged, so one place reports them.
  public var logger: Logger

  /// A context for `account`.
  public init(
    client: any AWSCalling, account: String, partition: String = "aws",
    enrichmentConcurrency: Int = 8, logger: Logger = .disabled
  ) {
    self.client = client
    self.account = account
    self.partition = partition
    self.enrichmentConcurrency = enrichmentConcurrency
    self.logger = logger
  }

  /// `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
  public func arn(_ service: String, region: String, _ resource: String) -> String {
    "arn:\(partition):\(service):\(region):\(account):\(resource)"
  }
}

/// The result of one collector run.
public struct CollectorOutput: Sendable {
  /// Resources found.
  public var resources: [Resource] = []
  /// Calls that failed.
  public var failures: [CollectionFailure] = []
  /// Properties that belong on the account resource (`aws.account`), such as the password
  /// policy.
  public var accountFacts: [String: JSONValue] = [:]
  /// Properties that belong on the region resource (`aws.region`), such as EBS encryption
  /// by default.
  public var regionFacts: [String: JSONValue] = [:]

  /// An empty output.
  public init() {}

  /// The fetched value, or nil when the thing is absent or the call failed; a failure is
  /// recorded, so a collector states what it needs and moves on.
  public mutating func keep<Value>(_ fetched: Fetch<Value>) -> Value? {
    if case .failed(let failure) = fetched { failures.append(failure) }
    return fetched.value
  }

  /// Adds another output's contents.
  public mutating func merge(_ other: CollectorOutput) {
    resources += other.resources
    failures += other.failures
    accountFacts.merge(other.accountFacts) { _, new in new }
    regionFacts.merge(other.regionFacts) { _, new in new }
  }
}
