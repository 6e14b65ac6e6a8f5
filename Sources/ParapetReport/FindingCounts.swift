import ParapetCore

/// Finding totals shared by the JSON summary and the terminal summary, so both always
/// agree.
public struct FindingCounts: Sendable, Hashable {
  /// Findings per status; a status with no findings is absent.
  public private(set) var byStatus: [Finding.Status: Int] = [:]
  /// Failing findings per severity; a severity with no failures is absent.
  public private(set) var failsBySeverity: [Severity: Int] = [:]

  /// Counts `findings`.
  public init(_ findings: [Finding]) {
    for finding in findings {
      byStatus[finding.status, default: 0] += 1
      if finding.status == .fail { failsBySeverity[finding.severity, default: 0] += 1 }
    }
  }
}
