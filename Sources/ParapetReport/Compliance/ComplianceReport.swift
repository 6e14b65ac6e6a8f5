import ParapetCore

/// A framework's status computed from a scan's findings: each requirement's status and a
/// score.
///
/// A requirement is
/// - `manual` when no check is mapped to it: Parapet cannot assess it, so it never passes;
/// - `fail` when any mapped check failed on any resource;
/// - `notEvaluated` when nothing failed but some mapped check could not be evaluated on
///   some resource, or when no mapped check judged any resource at all;
/// - `pass` otherwise: every finding of every mapped check passed (or was muted: a mutelist
///   entry is an accepted risk, not a failure).
///
/// The score is passed / (passed + failed) requirements; manual and not-evaluated ones are
/// left out, since nothing is known about them. It is nil when that sum is zero.
public struct ComplianceReport: Sendable, Hashable {
  /// Status of one requirement.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    case pass
    case fail
    case manual
    case notEvaluated = "not_evaluated"
  }

  /// Findings of one mapped check, counted by status.
  public struct CheckTally: Sendable, Hashable {
    /// The check.
    public var checkId: String
    /// Findings per status; a status with none is absent.
    public var byStatus: [Finding.Status: Int]
  }

  /// One requirement's outcome.
  public struct RequirementResult: Sendable, Hashable {
    /// The requirement.
    public var requirement: ComplianceRequirement
    /// Its status.
    public var status: Status
    /// Its mapped checks in mapping order, with their findings counted.
    public var checks: [CheckTally]
  }

  /// The framework evaluated.
  public var framework: ComplianceFramework
  /// One result per requirement, in the framework's order.
  public var results: [RequirementResult]

  /// Evaluates `framework` against `findings`.
  public static func evaluate(
    framework: ComplianceFramework, findings: [Finding]
  ) -> ComplianceReport {
    var tallies: [String: [Finding.Status: Int]] = [:]
    for finding in findings {
      tallies[finding.checkId, default: [:]][finding.status, default: 0] += 1
    }

    let results = framework.requirements.map { requirement in
      let checks = requirement.checks.map { id in
        CheckTally(checkId: id, byStatus: tallies[id] ?? [:])
      }
      return RequirementResult(
        requirement: requirement, status: status(of: checks), checks: checks)
    }
    return ComplianceReport(framework: framework, results: results)
  }

  /// The status a requirement gets from its mapped checks' tallies.
  static func status(of checks: [CheckTally]) -> Status {
    guard !checks.isEmpty else { return .manual }
    let total = { (status: Finding.Status) in
      checks.reduce(0) { $0 + ($1.byStatus[status] ?? 0) }
    }
    if total(.fail) > 0 { return .fail }
    if total(.notEvaluated) > 0 { return .notEvaluated }
    return total(.pass) + total(.muted) > 0 ? .pass : .notEvaluated
  }

  /// Requirements per status; every status is present, zero included.
  public var counts: [Status: Int] {
    var counts = Dictionary(uniqueKeysWithValues: Status.allCases.map { ($0, 0) })
    for result in results { counts[result.status, default: 0] += 1 }
    return counts
  }

  /// passed / (passed + failed), from 0 to 1; nil when no requirement passed or failed.
  public var score: Double? {
    let counts = counts
    let decided = (counts[.pass] ?? 0) + (counts[.fail] ?? 0)
    guard decided > 0 else { return nil }
    return Double(counts[.pass] ?? 0) / Double(decided)
  }

  /// The score as a percentage with one decimal (`72.7%`), or `n/a`.
  public var scoreText: String {
    guard let score else { return "n/a" }
    let tenths = Int((score * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
