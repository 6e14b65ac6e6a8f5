import Foundation

/// A duration given on the command line as a whole number and a unit: `30s`, `15m`, `1h`,
/// `1d`.
enum WatchInterval {
  /// Seconds in `text`; a usage error naming `--option` when it is not a positive duration.
  static func seconds(_ text: String, option: String) throws -> TimeInterval {
    let usage = UsageError(
      "--\(option) '\(text)' is not a duration; give a whole number followed by s, m, h or d, "
        + "such as 30s, 15m, 1h or 1d")
    guard let unit = text.last, let count = Int(text.dropLast()), !text.hasPrefix("+") else {
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
    guard count > 0 else {
      throw UsageError("--\(option) '\(text)' must be at least 1s")
    }
    return TimeInterval(count) * unitSeconds
  }
}
