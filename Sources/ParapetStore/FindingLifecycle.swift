/// The history of one finding (a fingerprint) across the scans of its account: when it
/// first failed, when it last failed, whether it is resolved now, how often it came back.
///
/// Only `fail` counts as failing: a finding that is muted, not evaluated or absent in a
/// later scan of its region and service is resolved by that scan. Scans scoped to other
/// regions or services leave it alone.
public struct FindingLifecycle: Sendable, Hashable {
  /// Open (failing in the latest scan that covered it) or resolved.
  public enum State: String, Sendable, Hashable, CaseIterable {
    /// Failing as of `lastSeenScan`.
    case open
    /// Not failing since `resolvedScan`.
    case resolved
  }

  /// `Finding.fingerprint`.
  public var fingerprint: String
  /// Account of the finding.
  public var account: String
  /// Check id of the finding.
  public var checkId: String
  /// Resource the finding is about.
  public var resourceId: String
  /// First scan in which it failed.
  public var firstSeenScan: Int64
  /// Latest scan in which it failed.
  public var lastSeenScan: Int64
  /// The scan that found it no longer failing, while `state` is `resolved`.
  public var resolvedScan: Int64?
  /// How many times it failed again after being resolved.
  public var reopenedCount: Int
  /// Open or resolved.
  public var state: State

  /// A lifecycle; built by the store.
  public init(
    fingerprint: String, account: String, checkId: String, resourceId: String,
    firstSeenScan: Int64, lastSeenScan: Int64, resolvedScan: Int64?, reopenedCount: Int,
    state: State
  ) {
    self.fingerprint = fingerprint
    self.account = account
    self.checkId = checkId
    self.resourceId = resourceId
    self.firstSeenScan = firstSeenScan
    self.lastSeenScan = lastSeenScan
    self.resolvedScan = resolvedScan
    self.reopenedCount = reopenedCount
    self.state = state
  }
}
