import Foundation
import ParapetCore

/// Whether a stored scan saw everything it was asked to see.
public enum ScanStatus: String, Sendable, Hashable, CaseIterable {
  /// Every call succeeded.
  case complete
  /// Some calls failed, so some findings are `not_evaluated` (the inventory had failures).
  case partial
}

/// One finished scan, as `ScanStore.record(_:)` writes it in a single transaction.
public struct ScanRecord: Sendable {
  /// Scope and times.
  public var metadata: ScanMetadata
  /// The resources collected and the calls that failed.
  public var inventory: Inventory
  /// Every verdict of the scan (fail, pass, muted, not evaluated).
  public var findings: [Finding]
  /// Set by a caller that knows better than the inventory: a rescan inherits the gaps of
  /// the scan it started from, whose failures the store does not keep.
  public var statusOverride: ScanStatus?

  /// A scan to record; `status` defaults to what the inventory's failures say.
  public init(
    metadata: ScanMetadata, inventory: Inventory, findings: [Finding], status: ScanStatus? = nil
  ) {
    self.metadata = metadata
    self.inventory = inventory
    self.findings = findings
    self.statusOverride = status
  }

  /// The status given at creation, else `partial` when the inventory holds collection
  /// failures.
  public var status: ScanStatus {
    statusOverride ?? (inventory.failures.isEmpty ? .complete : .partial)
  }
}

/// A stored scan as `parapet history` lists it.
public struct ScanSummary: Sendable, Hashable {
  /// The store's id of the scan, increasing with every recorded scan.
  public var id: Int64
  /// Scope and times.
  public var metadata: ScanMetadata
  /// Whether collection saw everything.
  public var status: ScanStatus
  /// Number of resources in the scan.
  public var resourceCount: Int
  /// Number of findings of any status.
  public var findingCount: Int
  /// Number of findings with status `fail`.
  public var failingCount: Int

  /// A summary; built by the store.
  public init(
    id: Int64, metadata: ScanMetadata, status: ScanStatus, resourceCount: Int,
    findingCount: Int, failingCount: Int
  ) {
    self.id = id
    self.metadata = metadata
    self.status = status
    self.resourceCount = resourceCount
    self.findingCount = findingCount
    self.failingCount = failingCount
  }
}

/// Row counts of a store, for `parapet history` and for checking deduplication.
public struct StoreStatistics: Sendable, Hashable {
  /// Scans recorded.
  public var scans: Int
  /// Distinct resource bodies (property trees), stored once each by content hash.
  public var bodies: Int
  /// Distinct resource versions (id, type, region, name, tags and body hash).
  public var resourceVersions: Int
  /// Distinct finding versions (a finding's full content).
  public var findingVersions: Int
  /// Findings whose lifecycle is tracked.
  public var trackedFindings: Int

  /// Counts; built by the store.
  public init(
    scans: Int, bodies: Int, resourceVersions: Int, findingVersions: Int, trackedFindings: Int
  ) {
    self.scans = scans
    self.bodies = bodies
    self.resourceVersions = resourceVersions
    self.findingVersions = findingVersions
    self.trackedFindings = trackedFindings
  }
}

/// What `ScanStore.prune(finishedBefore:)` removed.
public struct PruneResult: Sendable, Hashable {
  /// Scans deleted.
  public var scans: Int
  /// Resource bodies no remaining scan referenced, deleted.
  public var bodies: Int

  /// A result; built by the store.
  public init(scans: Int, bodies: Int) {
    self.scans = scans
    self.bodies = bodies
  }
}
