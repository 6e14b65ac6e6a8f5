import Foundation
import ParapetAWS
import ParapetCore

/// Fixes one kind of failing finding on one resource type.
///
/// A fixer never widens access, never deletes data or resources, and touches only the
/// resource it is given. `plan` reads current state (read-only calls are allowed) and
/// returns the exact mutating calls; a resource that already meets the check gets a plan
/// with no calls, so applying twice is harmless.
public protocol Fixer: Sendable {
  /// Stable id, such as `s3.bucket_public_access_block`.
  var id: String { get }
  /// Checks whose failures this fixer answers.
  var checkIds: [String] { get }
  /// The resource type of those checks.
  var resourceType: String { get }
  /// One line for users: what the fix does.
  var title: String { get }
  /// Every IAM action the fixer's calls (including undo) may need, for docs and `--plan`.
  var permissions: [String] { get }
  /// Collector services to re-run so that the fixed resource can be judged again.
  var recollect: [String] { get }

  /// The plan for `resource`, which failed `finding`.
  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  /// Sends the plan's calls in order, stopping at the first failure.
  func apply(_ plan: FixPlan, client: any AWSCalling) async -> CallsOutcome
  /// Restores the configuration an audit entry recorded as `before`.
  func undo(_ entry: AuditEntry, client: any AWSCalling) async -> CallsOutcome
}

extension Fixer {
  /// Sends `plan.calls` in order.
  public func apply(_ plan: FixPlan, client: any AWSCalling) async -> CallsOutcome {
    await CallsOutcome.send(plan.calls, client: client)
  }

  /// Sends the entry's recorded undo calls in order.
  public func undo(_ entry: AuditEntry, client: any AWSCalling) async -> CallsOutcome {
    await CallsOutcome.send(entry.undoCalls, client: client)
  }
}

/// What a fixer may use while planning.
public struct FixContext: Sendable {
  /// Client for read-only lookups (a key's id, a trail's settings).
  public var client: any AWSCalling
  /// Account being fixed.
  public var account: String
  /// ARN partition.
  public var partition: String
  /// Region for calls about account-wide settings (S3 Control, IAM).
  public var homeRegion: String
  /// Choices the user made on the command line.
  public var options: FixOptions
  /// The current time, for age thresholds.
  public var now: Date

  /// A context; `now` defaults to the wall clock.
  public init(
    client: any AWSCalling, account: String, partition: String = "aws",
    homeRegion: String = "us-east-1", options: FixOptions = FixOptions(), now: Date = Date()
  ) {
    self.client = client
    self.account = account
    self.partition = partition
    self.homeRegion = homeRegion
    self.options = options
    self.now = now
  }
}

/// Inputs some fixers need and cannot guess safely.
public struct FixOptions: Sendable, Hashable {
  /// S3 bucket ARN that receives VPC flow logs (`--flow-logs-bucket`).
  public var flowLogsBucket: String?
  /// Role AWS Config assumes when a recorder must be created (`--config-role-arn`).
  public var configRoleArn: String?
  /// Bucket name for a new Config delivery channel (`--config-bucket`).
  public var configBucket: String?
  /// Retention raised to, in days, for log groups that keep less (`--log-retention-days`).
  public var logRetentionDays: Int
  /// KMS key ARN for log group encryption (`--logs-kms-key`).
  public var logsKMSKey: String?
  /// Access keys unused for more than this many days are deactivated.
  public var unusedKeyDays: Int
  /// Trail to make multi-region when the account has several (`--trail`).
  public var trail: String?
  /// Name of the account analyzer Access Analyzer creates.
  public var analyzerName: String

  /// Options with the defaults: 365-day retention, 90 unused days, `parapet-account`.
  public init(
    flowLogsBucket: String? = nil, configRoleArn: String? = nil, configBucket: String? = nil,
    logRetentionDays: Int = 365, logsKMSKey: String? = nil, unusedKeyDays: Int = 90,
    trail: String? = nil, analyzerName: String = "parapet-account"
  ) {
    self.flowLogsBucket = flowLogsBucket
    self.configRoleArn = configRoleArn
    self.configBucket = configBucket
    self.logRetentionDays = logRetentionDays
    self.logsKMSKey = logsKMSKey
    self.unusedKeyDays = unusedKeyDays
    self.trail = trail
    self.analyzerName = analyzerName
  }
}

/// The result of sending a list of calls: which were made, and the error that stopped the
/// rest.
public struct CallsOutcome: Sendable {
  /// Calls that succeeded, in order.
  public var made: [FixCall]
  /// The call that failed, with the AWS error as text; nil when all succeeded.
  public var failure: (call: FixCall, error: String)?
  /// Calls not attempted because an earlier one failed.
  public var skipped: [FixCall]

  /// True when every call succeeded.
  public var succeeded: Bool { failure == nil }

  /// Sends `calls` in order and stops at the first failure, so a partial fix is recorded
  /// exactly.
  public static func send(_ calls: [FixCall], client: any AWSCalling) async -> CallsOutcome {
    var made: [FixCall] = []
    for (index, call) in calls.enumerated() {
      do {
        try await call.send(client)
        made.append(call)
      } catch {
        return CallsOutcome(
          made: made, failure: (call, "\(error)"), skipped: Array(calls[(index + 1)...]))
      }
    }
    return CallsOutcome(made: made, failure: nil, skipped: [])
  }
}
