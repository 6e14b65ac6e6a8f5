/// How bad a failing check is, from the CSPM scale shared by Prowler, Security Hub and OCSF.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
  case informational, low, medium, high, critical

  /// Ordering from informational (lowest) to critical (highest).
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  /// 0 for informational up to 4 for critical.
  public var rank: Int {
    switch self {
    case .informational: return 0
    case .low: return 1
    case .medium: return 2
    case .high: return 3
    case .critical: return 4
    }
  }
}
