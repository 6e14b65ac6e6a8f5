import Foundation

/// A calendar date and time of day in UTC, to the second, worked out with integer arithmetic
/// on the proleptic Gregorian calendar. Signing stamps every request with one and reports
/// write thousands; building a Foundation date formatter or calendar each time cost more
/// CPU than the rest of signing.
public struct UTCDateTime: Sendable, Hashable {
  /// Year, such as 2024.
  public var year: Int
  /// Month, 1 to 12.
  public var month: Int
  /// Day of the month, 1 to 31.
  public var day: Int
  /// Hour, 0 to 23.
  public var hour: Int
  /// Minute, 0 to 59.
  public var minute: Int
  /// Second, 0 to 59 (fractions dropped).
  public var second: Int

  /// The UTC fields of `date`.
  public init(_ date: Date) {
    let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
    let (days, secondOfDay) = Self.floorDivide(seconds, by: 86_400)
    hour = Int(secondOfDay / 3_600)
    minute = Int(secondOfDay % 3_600 / 60)
    second = Int(secondOfDay % 60)

    // Days since 1970-01-01 to a civil date: eras of 400 years (146,097 days) starting on
    // 0000-03-01, so that the leap day ends each year.
    let shifted = days + 719_468
    let era = Self.floorDivide(shifted, by: 146_097).quotient
    let dayOfEra = shifted - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    day = Int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1)
    month = Int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9)
    year = Int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0))
  }

  /// `20150830T123600Z`: the compact form of SigV4's `X-Amz-Date` and of directory names.
  public var compact: String {
    Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2) + "T" + Self.pad(hour, 2)
      + Self.pad(minute, 2) + Self.pad(second, 2) + "Z"
  }

  /// `2015-08-30T12:36:00Z`: ISO 8601 to the second.
  public var iso8601: String {
    Self.pad(year, 4) + "-" + Self.pad(month, 2) + "-" + Self.pad(day, 2) + "T"
      + Self.pad(hour, 2) + ":" + Self.pad(minute, 2) + ":" + Self.pad(second, 2) + "Z"
  }

  private static func floorDivide(_ value: Int64, by divisor: Int64) -> (
    quotient: Int64, remainder: Int64
  ) {
    let quotient = value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    return (quotient, value - quotient * divisor)
  }

  private static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    guard digits.count < width else { return digits }
    return String(repeating: "0", count: width - digits.count) + digits
  }
}
