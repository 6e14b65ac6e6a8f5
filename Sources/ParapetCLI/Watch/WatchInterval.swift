import Foundation

/// A duration given on the command line as a whole number and a unit: `30s`, `15m`, `1h`,
/// `1d`.
enum WatchInterval {
  /// The longest duration accepted, 366 days: a yearly scan fits, and anything longer is
  /// a typo that would overflow the sleep between scans.
  static let longest: TimeInterval = 366 * 86_400

  /// Seconds in `text`; a usage error naming `--option` when it is not a positive duration
  /// of at most `longest`.
  static func seconds(_ text: String, option: String) throws -> TimeInterval {
    let usage = UsageError(
      "--\(option) '\(text)' is not a duration; give a whole number followed by s, m, h or d, "
        + "such as 30s, 15m, 1h or 1d")
    let digits = text.dropLast()
    guard let unit = text.last, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
      throw usage
    }
    let unitSeconds: TimeInterval
    switch unit {
    case "s": unitSeconds = 1
    case "m": unitSeconds = 60
    case "h": unitSeconds = 3_600
    case "d": unitSeconds = 86_400
    default: throw usage
    }
    // Digits too many for an Int are too long a duration, not a malformed one.
    let seconds = Int(digits).map { TimeInterval($0) * unitSeconds } ?? .infinity
    guard seconds > 0 else {
      throw UsageError("--\(option) '\(text)' must be at least 1s")
    }
    guard seconds <= longest else {
      throw UsageError("--\(option) '\(text)' is too long; the longest is 366d")
    }
    return seconds
  }
}

extension Character {
  /// True for `0` to `9` only: `Int` parsing would also take a sign, and `isNumber` other
  /// scripts' digits.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
