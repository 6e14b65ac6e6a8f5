import Foundation

/// How long `parapet history prune --keep AGE` keeps scans: a whole number of hours (`h`),
/// days (`d`) or weeks (`w`), at least one and at most 100 years, such as `90d`.
///
/// Minutes are not accepted: `m` reads as months just as well, and `1m` taken as a minute
/// prunes nearly everything. Zero is not an age either: it prunes every scan.
public struct RetentionPeriod: Sendable, Hashable {
  /// Why a text is not a retention period.
  public enum Problem: Error, Sendable, Equatable {
    /// Not a whole number followed by `h`, `d` or `w`.
    case notAnAge
    /// Ends in `m`, which could be minutes or months.
    case ambiguousUnit
    /// Zero of any unit.
    case zero
    /// Longer than `RetentionPeriod.longest`.
    case tooLong

    /// What is wrong, worded to follow the value: `'3y' is not an age; ...`.
    public var reason: String {
      switch self {
      case .notAnAge:
        return "is not an age; give a whole number of hours, days or weeks (h, d or w), "
          + "such as 12h, 90d or 2w"
      case .ambiguousUnit:
        return "is ambiguous: m could mean minutes or months; give hours, days or weeks "
          + "(h, d or w), such as 12h, 90d or 2w"
      case .zero:
        return "would prune every scan; give an age of at least 1h"
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
    case "h": unitSeconds = 3_600
    case "d": unitSeconds = 86_400
    case "w": unitSeconds = 604_800
    case "m": throw .ambiguousUnit
    default: throw .notAnAge
    }
    // Digits too many for an Int are too long a period, not a malformed one.
    let seconds = Int(digits).map { TimeInterval($0) * unitSeconds } ?? .infinity
    guard seconds > 0 else { throw .zero }
    guard seconds <= Self.longest else { throw .tooLong }
    self.seconds = seconds
  }

  /// The instant `seconds` before `now`: scans that finished earlier are pruned.
  public func cutoff(now: Date = Date()) -> Date {
    now.addingTimeInterval(-seconds)
  }
}
