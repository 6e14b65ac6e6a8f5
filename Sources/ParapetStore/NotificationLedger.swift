/// What one notification channel (a webhook, the console) has been told about an
/// account's failing findings, so that `parapet watch` tells it about each opening of a
/// finding once, across iterations and restarts.
///
/// An opening is the lifecycle's `reopenedCount` at the time: a finding that resolves and
/// fails again has a new opening, and the channel hears about it again.
public struct NotificationLedger: Sendable, Hashable {
  /// The scan at which the channel started for the account; findings failing then were
  /// taken as known rather than announced.
  public var baselineScan: Int64
  /// For each fingerprint the channel knows about, the opening it knows about.
  public var openings: [String: Int]

  /// A ledger; read from the store.
  public init(baselineScan: Int64, openings: [String: Int]) {
    self.baselineScan = baselineScan
    self.openings = openings
  }
}

/// One finding's line in a channel's ledger.
public struct NotificationEntry: Sendable, Hashable {
  /// How the channel came to know the finding.
  public enum Outcome: String, Sendable, Hashable, CaseIterable {
    /// It was failing when the channel started, so it was not announced.
    case baseline
    /// The channel accepted a message naming it.
    case delivered
    /// The channel refused the message for good (an HTTP 4xx other than 429); the failure
    /// was reported and the finding is not offered to the channel again.
    case rejected
  }

  /// `Finding.fingerprint`.
  public var fingerprint: String
  /// The lifecycle's reopened count when the channel learnt of it.
  public var opening: Int
  /// How the channel learnt of it.
  public var outcome: Outcome

  /// An entry.
  public init(fingerprint: String, opening: Int, outcome: Outcome) {
    self.fingerprint = fingerprint
    self.opening = opening
    self.outcome = outcome
  }
}
