import Foundation
import ParapetCore

/// The history of scans: resources, findings and finding lifecycles. The seam between the
/// CLI and the database; `SQLScanStore` implements it over SQLite and PostgreSQL with the
/// same SQL and the same behaviour.
public protocol ScanStore: Sendable {
  /// Why nothing can be recorded here (a SQLite file or directory this user cannot
  /// write), or nil when it can; asked before a scan, so it fails before any API call.
  func whyReadOnly() -> String?

  /// Writes a finished scan in one transaction and updates finding lifecycles; returns the
  /// new scan's id. The scan is invisible to readers until the transaction commits.
  func record(_ scan: ScanRecord) throws -> Int64

  /// Scans newest first, optionally of one account, at most `limit` of them.
  func scans(account: String?, limit: Int?) throws -> [ScanSummary]

  /// One scan, or nil when no scan has this id.
  func scan(id: Int64) throws -> ScanSummary?

  /// The findings of a scan, in the order they were recorded.
  func findings(scan id: Int64) throws -> [Finding]

  /// The resources of a scan with their body hashes, in the order they were recorded.
  func resources(scan id: Int64) throws -> [StoredResource]

  /// Lifecycles of an account's findings, ordered by fingerprint.
  func lifecycles(account: String) throws -> [FindingLifecycle]

  /// Drift between two stored scans; loads only the bodies of resources that changed.
  func diff(old: Int64, new: Int64) throws -> ScanDiff

  /// Deletes scans that finished before `cutoff`, fix results recorded before it, then
  /// every body, resource and finding version that no remaining scan references.
  func prune(finishedBefore cutoff: Date) throws -> PruneResult

  /// Row counts.
  func statistics() throws -> StoreStatistics

  /// Appends what `parapet fix` did about findings, in one transaction.
  func recordRemediations(_ records: [RemediationRecord]) throws

  /// Fix results of `account` (every account when nil), optionally of one finding (its
  /// fingerprint), oldest first.
  func remediations(account: String?, fingerprint: String?) throws -> [RemediationRecord]

  /// What `channel` was told about `account`'s findings; nil until its first
  /// `recordNotifications` for the account.
  func notificationLedger(account: String, channel: String) throws -> NotificationLedger?

  /// Adds `entries` to `channel`'s ledger for `account` in one transaction, each replacing
  /// the fingerprint's earlier entry. The first call for a channel and account makes `scan`
  /// the channel's baseline, even with no entries.
  func recordNotifications(
    _ entries: [NotificationEntry], account: String, channel: String, scan: Int64, at: Date
  ) throws
}

extension ScanStore {
  /// The newest `count` scans of `account`, newest first (`parapet diff` uses two).
  public func latestScans(account: String, count: Int = 2) throws -> [ScanSummary] {
    try scans(account: account, limit: count)
  }

  /// All scans newest first.
  public func scans() throws -> [ScanSummary] {
    try scans(account: nil, limit: nil)
  }

  /// A scan's findings and resources, ready for `ScanDiff.compute(old:new:)`.
  public func contents(scan id: Int64) throws -> ScanContents {
    ScanContents(findings: try findings(scan: id), resources: try resources(scan: id))
  }
}

/// Opens the store at `location`, creating it or migrating its schema forward as needed.
public func openScanStore(_ location: StoreLocation) throws -> any ScanStore {
  switch location {
  case .sqlite(let path): return try SQLScanStore(sqlitePath: path)
  case .postgres(let url): return try SQLScanStore(postgresURL: url)
  }
}
