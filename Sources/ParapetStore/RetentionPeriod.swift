import Foundation

/// How long `parapet history prune --keep AGE` keeps scans: a whole number followed by `m`
/// (minutes), `h`, `d` or `w`, such as `90d`.
public struct RetentionPeriod: Sendable, Hashable {
  /// Why a text is not a retention period.
  public enum Problem: Error, Sendable, Equatable {
    /// Not a whole number followed by a known unit.
    case notAnAge
    /// Longer than `RetentionPeriod.longest`.
    case tooLong

    /// What is wrong, worded to follow the value: `'3y' is not an age; ...`.
    public var reason: String {
      switch self {
      case .notAnAge:
        return "is not an age; give a whole number followed by m, h, d or w, "
          + "such as 90d, 12h or 2w"
      case .tooLong:
        return "is too long; the longest is 36500d (100 years)"
      }
    }
  }

  /// The longest period, 100 years. Retention beyond it means keeping everything, and a
  /// cutoff far enough back does not fit the store's millisecond timestamps.
  public static let longest: TimeInterval = 36_500 * 86_400

  /// Length in seconds.
  public var seconds: TimeInterval

  /// Parses `text`; `Problem` says what is wrong with it.
  public init(_ text: String) throws(Problem) {
    let digits = text.dropLast()
    guard let unit = text.last, !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) })
    else { throw .notAnAge }
    let unitSeconds: TimeInterval
    switch unit {
    case "m": unitSeconds = 60
    case "h": unitSeconds = 3_600
    case "d": unitSeconds = 86_400
    case "w": unitSeconds = 604_800
    default: throw .notAnAge
    }
    // Digits too many for an Int are too long a period, not a malformed one.
    let seconds = Int(digits).map { TimeInterval($0) * unitSeconds } ?? .infinity
    guard seconds <= Self.longest else { throw .tooLong }
    self.seconds = seconds
  }

  /// The instant `seconds` before `now`: scans that finished earlier are pruned.
  public func cutoff(now: Date = Date()) -> Date {
    now.addingTimeInterval(-seconds)
  }
}
