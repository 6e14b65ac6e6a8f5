import ParapetCore
import ParapetStore

/// What one channel must be told after one recorded scan, and what it must merely learn.
///
/// A channel hears about each opening of a failing finding once: the finding's fingerprint
/// and its lifecycle's reopened count, compared with the channel's ledger. A channel with no
/// ledger for the account starts with a baseline: every failing finding that is not new
/// since the account's previous scan is recorded as known without being announced, so a
/// first watch announces only what the diff calls new (nothing, on an account's first
/// scan), and a webhook added later is not flooded with old failures.
struct NotificationPlan: Sendable, Equatable {
  /// A finding to announce, with the opening to record once the channel has it.
  struct Due: Sendable, Equatable {
    var finding: Finding
    var opening: Int
  }

  /// Entries to record without announcing them: the channel's baseline.
  var baseline: [NotificationEntry]
  /// Findings to announce, in the scan's order.
  var due: [Due]

  /// The plan for a channel whose ledger is `ledger` (nil: none yet).
  ///
  /// - Parameters:
  ///   - findings: every finding of the scan just recorded; only `fail` ones count.
  ///   - newSincePrevious: fingerprints failing now and not in the account's previous scan
  ///     (empty when there is none).
  ///   - openings: each fingerprint's reopened count, from the account's lifecycles.
  ///   - threshold: the lowest severity announced.
  init(
    findings: [Finding], newSincePrevious: Set<String>, openings: [String: Int],
    ledger: NotificationLedger?, threshold: Severity
  ) {
    var known = ledger?.openings ?? [:]
    var seen: Set<String> = []
    baseline = []
    due = []

    for finding in findings where finding.status == .fail {
      let fingerprint = finding.fingerprint
      guard seen.insert(fingerprint).inserted else { continue }
      let opening = openings[fingerprint] ?? 0
      if ledger == nil, !newSincePrevious.contains(fingerprint) {
        baseline.append(
          NotificationEntry(fingerprint: fingerprint, opening: opening, outcome: .baseline))
        known[fingerprint] = opening
      }
      if finding.severity >= threshold, known[fingerprint] != opening {
        due.append(Due(finding: finding, opening: opening))
      }
    }
    // Most severe first, as every other list of findings is: the scan's own order is by
    // check, which mixed critical and high in the watch's output.
    due.sort { lhs, rhs in
      let (left, right) = (lhs.finding, rhs.finding)
      if left.severity != right.severity { return left.severity > right.severity }
      if left.checkId != right.checkId { return left.checkId < right.checkId }
      return left.resourceId < right.resourceId
    }
  }

  /// The ledger entries for the due findings once the channel answered with `outcome`.
  func entries(_ outcome: NotificationEntry.Outcome) -> [NotificationEntry] {
    due.map {
      NotificationEntry(fingerprint: $0.finding.fingerprint, opening: $0.opening, outcome: outcome)
    }
  }
}
