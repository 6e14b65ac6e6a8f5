import Foundation

/// Formats instants in UTC for reports and directory names. Built on a fixed Gregorian
/// calendar so the text never depends on the user's locale or time zone.
public enum UTCTimestamp {
  /// ISO 8601 to the second, such as `2024-05-01T12:30:05Z`; fractions are dropped.
  public static func iso8601(_ date: Date) -> String {
    let parts = components(date)
    return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
      + "T\(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2))Z"
  }

  /// The compact form used in directory names, such as `20240501T123005Z`.
  public static func compact(_ date: Date) -> String {
    let parts = components(date)
    return "\(pad(parts.year, 4))\(pad(parts.month, 2))\(pad(parts.day, 2))"
      + "T\(pad(parts.hour, 2))\(pad(parts.minute, 2))\(pad(parts.second, 2))Z"
  }

  private struct Parts {
    var year, month, day, hour, minute, second: Int
  }

  private static func components(_ date: Date) -> Parts {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    let parts = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: whole)
    return Parts(
      year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0,
      hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
  }

  private static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
