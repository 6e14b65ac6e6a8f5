/// Reads the dates that `Date...` conditions compare: ISO 8601 (`2024-05-01`,
/// `2024-05-01T12:00:00Z`, with fractional seconds or a `+02:00` offset) or epoch seconds.
enum PolicyDate {
  /// Seconds since 1970-01-01T00:00:00Z, or nil when the text is no date AWS accepts.
  static func seconds(_ text: String) -> Double? {
    if let epoch = Double(text), !text.contains("-") || text.hasPrefix("-"),
      text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
    {
      return epoch
    }
    return iso8601(Array(text.utf8))
  }

  private static func iso8601(_ chars: [UInt8]) -> Double? {
    var reader = Reader(chars: chars)
    guard let year = reader.number(digits: 4), reader.skip("-"),
      let month = reader.number(digits: 2), reader.skip("-"),
      let day = reader.number(digits: 2), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    var seconds = Double(daysFromCivil(year: year, month: month, day: day)) * 86_400
    guard !reader.atEnd else { return seconds }

    guard reader.skip("T") || reader.skip(" "), let hour = reader.number(digits: 2),
      reader.skip(":"), let minute = reader.number(digits: 2), hour < 24, minute < 60
    else { return nil }
    seconds += Double(hour * 3600 + minute * 60)
    if reader.skip(":") {
      guard let second = reader.number(digits: 2), second < 61 else { return nil }
      seconds += Double(second)
      if reader.skip(".") {
        var scale = 0.1
        var sawDigit = false
        while let digit = reader.digit() {
          seconds += Double(digit) * scale
          scale /= 10
          sawDigit = true
        }
        guard sawDigit else { return nil }
      }
    }
    guard !reader.atEnd else { return seconds }

    if reader.skip("Z") { return reader.atEnd ? seconds : nil }
    let sign: Double
    if reader.skip("+") { sign = 1 } else if reader.skip("-") { sign = -1 } else { return nil }
    guard let offsetHours = reader.number(digits: 2) else { return nil }
    _ = reader.skip(":")
    let offsetMinutes = reader.number(digits: 2) ?? 0
    guard reader.atEnd else { return nil }
    return seconds - sign * Double(offsetHours * 3600 + offsetMinutes * 60)
  }

  /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private struct Reader {
    var chars: [UInt8]
    var position = 0

    var atEnd: Bool { position == chars.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
      guard position < chars.count, chars[position] == UInt8(ascii: character) else {
        return false
      }
      position += 1
      return true
    }

    mutating func digit() -> Int? {
      guard position < chars.count, (48...57).contains(chars[position]) else { return nil }
      defer { position += 1 }
      return Int(chars[position] - 48)
    }

    mutating func number(digits: Int) -> Int? {
      var value = 0
      for _ in 0..<digits {
        guard let next = digit() else { return nil }
        value = value * 10 + next
      }
      return value
    }
  }
}
