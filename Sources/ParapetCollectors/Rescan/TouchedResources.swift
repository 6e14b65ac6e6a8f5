import ParapetCore

/// What a stream of CloudTrail records touched within a rescan's scope, and what it
/// ignored and why. Feed it record by record; it keeps targets and counts, never events.
public struct TouchedResources: Sendable {
  /// Each target with the events (`ec2:AuthorizeSecurityGroupIngress`) that touched it.
  public private(set) var targets: [ResourceTarget: Set<String>] = [:]
  /// Ignored events by reason, then by event label, with how many of each.
  public private(set) var ignored: [IgnoredReason: [String: Int]] = [:]
  /// Records read that were CloudTrail events.
  public private(set) var events = 0
  /// Records without an event source or name: not CloudTrail events.
  public private(set) var notEvents = 0

  private let account: String
  private let inScope: @Sendable (ResourceTarget) -> Bool

  /// An empty set for `account`; `inScope` says which targets the rescan may read (the
  /// previous scan's services and regions).
  public init(account: String, inScope: @escaping @Sendable (ResourceTarget) -> Bool) {
    self.account = account
    self.inScope = inScope
  }

  /// Reads one record.
  public mutating func add(record: JSONValue) {
    guard let event = ChangeEvent(record: record) else {
      notEvents += 1
      return
    }
    add(event)
  }

  /// Reads one event.
  public mutating func add(_ event: ChangeEvent) {
    events += 1
    switch ChangeEventMap.verdict(for: event, account: account) {
    case .ignored(let reason):
      ignored[reason, default: [:]][event.label, default: 0] += 1
    case .touches(let touched):
      let kept = touched.filter(inScope)
      guard !kept.isEmpty else {
        ignored[.outOfScope, default: [:]][event.label, default: 0] += 1
        return
      }
      for target in kept { targets[target, default: []].insert(event.label) }
    }
  }

  /// Events ignored, over all reasons.
  public var ignoredCount: Int {
    ignored.values.reduce(0) { $0 + $1.values.reduce(0, +) }
  }

  /// Targets in a stable order.
  public var sortedTargets: [ResourceTarget] { targets.keys.sorted() }
}
