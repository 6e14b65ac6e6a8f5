import Foundation

/// What a scan did besides producing resources and findings: who ran it, against what,
/// when, and at what cost. Every report carries it so a file read alone explains itself.
public struct ScanMetadata: Sendable, Hashable {
  /// Unique id of this scan (a UUID), so stored results and reports can be joined.
  public var scanId: String
  /// Account the scan ran against.
  public var account: String
  /// ARN of the identity that made the calls (STS GetCallerIdentity).
  public var callerArn: String
  /// Regions the scan covered.
  public var regions: [String]
  /// Services the scan collected, such as `s3`, `iam`.
  public var services: [String]
  /// When collection started.
  public var startedAt: Date
  /// When the scan finished (reports are written after this).
  public var finishedAt: Date
  /// Version of the Parapet binary that ran the scan.
  public var parapetVersion: String
  /// API calls and retries per service, keyed by service name.
  public var apiCalls: [String: ServiceCallStats]
  /// CPU time Parapet itself used, in seconds; beside wall time it shows how much of a
  /// scan was spent waiting on the cloud.
  public var cpuSeconds: Double
  /// For a rescan (`parapet rescan aws`), the id of the scan whose inventory and findings
  /// it started from and re-judged in part; nil for a full scan.
  public var rescanOf: String?

  /// Metadata for one scan.
  public init(
    scanId: String, account: String, callerArn: String, regions: [String],
    services: [String], startedAt: Date, finishedAt: Date, parapetVersion: String,
    apiCalls: [String: ServiceCallStats] = [:], cpuSeconds: Double = 0,
    rescanOf: String? = nil
  ) {
    self.scanId = scanId
    self.account = account
    self.callerArn = callerArn
    self.regions = regions
    self.services = services
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.parapetVersion = parapetVersion
    self.apiCalls = apiCalls
    self.cpuSeconds = cpuSeconds
    self.rescanOf = rescanOf
  }

  /// Wall-clock seconds from start to finish; never negative.
  public var durationSeconds: Double { max(0, finishedAt.timeIntervalSince(startedAt)) }

  /// API calls over all services.
  public var totalCalls: Int { apiCalls.values.reduce(0) { $0 + $1.calls } }

  /// Retries over all services.
  public var totalRetries: Int { apiCalls.values.reduce(0) { $0 + $1.retries } }
}

/// How many API calls one service took, and how many of them were retries.
public struct ServiceCallStats: Sendable, Hashable {
  /// Requests sent, retries included.
  public var calls: Int
  /// Requests that repeated an earlier one after throttling or a server error.
  public var retries: Int

  /// Counts for one service.
  public init(calls: Int, retries: Int = 0) {
    self.calls = calls
    self.retries = retries
  }
}
