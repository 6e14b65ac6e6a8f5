/// Parses CloudTrail's `eventTime` (`2024-05-01T12:34:56Z`, optionally with fractional
/// seconds) into seconds since 1970 without Foundation's date formatters, which are far too
/// slow for the event rate.
enum EventTime {
  /// Seconds since 1970-01-01T00:00:00Z, or nil when `text` is not that shape.
  static func seconds(_ text: String) -> Int64? {
    var text = text
    return text.withUTF8 { bytes -> Int64? in
      guard bytes.count >= 19, bytes[4] == 0x2d, bytes[7] == 0x2d, bytes[13] == 0x3a else {
        return nil
      }
      func number(_ from: Int, _ count: Int) -> Int64? {
        var value: Int64 = 0
        for index in from..<(from + count) {
          let digit = Int64(bytes[index]) - 48
          guard digit >= 0 && digit <= 9 else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
        let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
        (1...12).contains(month), (1...31).contains(day)
      else { return nil }
      return days(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60
        + second
    }
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date.
  private static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
