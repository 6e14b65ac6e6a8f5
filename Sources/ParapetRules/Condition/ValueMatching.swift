import Foundation
import ParapetCore

/// Comparisons between what a rule expects and what an API returned, coercing the text
/// that XML protocols send (`"true"`, `"22"`) to what AWS means by it.
enum ValueMatching {
  /// Equality with coercion guided by the expected value's kind; strings compare exactly.
  static func equal(_ actual: JSONValue?, _ expected: JSONValue) -> Bool {
    guard let actual else { return false }
    switch expected {
    case .bool(let flag): return actual.boolValue == flag
    case .number(let number): return actual.doubleValue == number
    case .string(let text):
      if case .number(let number) = actual { return Double(text) == number }
      if case .bool(let flag) = actual { return text.lowercased() == String(flag) }
      return actual.stringValue == text
    case .null: return actual.isNull
    case .array, .object: return actual == expected
    }
  }

  /// Containment: an element of an array, a member key of an object, or a substring.
  static func contains(_ actual: JSONValue?, _ expected: JSONValue) -> Bool {
    switch actual {
    case .array(let items)?: return items.contains { equal($0, expected) }
    case .object(let members)?: return expected.stringValue.map { members[$0] != nil } ?? false
    case .string(let text)?: return expected.stringValue.map { text.contains($0) } ?? false
    default: return false
    }
  }

  /// True for absent, null, empty string, empty array and empty object.
  static func isEmpty(_ actual: JSONValue?) -> Bool {
    switch actual {
    case nil, .null?: return true
    case .string(let text)?: return text.isEmpty
    case .array(let items)?: return items.isEmpty
    case .object(let members)?: return members.isEmpty
    default: return false
    }
  }

  /// Shell-style matching: `*` any run of characters, `?` one character.
  static func glob(_ text: String, _ pattern: String) -> Bool {
    let characters = Array(text)
    let symbols = Array(pattern)
    var textIndex = 0
    var patternIndex = 0
    var starPattern = -1
    var starText = 0
    while textIndex < characters.count {
      if patternIndex < symbols.count,
        symbols[patternIndex] == "?" || symbols[patternIndex] == characters[textIndex]
      {
        textIndex += 1
        patternIndex += 1
      } else if patternIndex < symbols.count, symbols[patternIndex] == "*" {
        starPattern = patternIndex
        starText = textIndex
        patternIndex += 1
      } else if starPattern >= 0 {
        patternIndex = starPattern + 1
        starText += 1
        textIndex = starText
      } else {
        return false
      }
    }
    while patternIndex < symbols.count, symbols[patternIndex] == "*" { patternIndex += 1 }
    return patternIndex == symbols.count
  }

  /// Values the credential report uses for "no date"; they read as absent.
  static let absentDates: Set<String> = ["N/A", "no_information", "not_supported", ""]

  /// The date an ISO 8601 timestamp names, with or without fractional seconds; nil for
  /// the credential report's placeholders and anything unparseable.
  static func date(_ value: JSONValue?) -> Date? {
    // JSON-protocol APIs (Secrets Manager, CloudTrail, KMS, Logs) send times as epoch
    // seconds, XML ones as ISO 8601 text; both mean a date.
    if case .number(let seconds) = value {
      // Some services (CloudWatch Logs) count milliseconds.
      return Date(timeIntervalSince1970: seconds > 1e11 ? seconds / 1000 : seconds)
    }
    guard let text = value?.stringValue, !absentDates.contains(text) else { return nil }
    if let date = fastDate(text) { return date }
    let plain = ISO8601DateFormatter()
    if let date = plain.date(from: text) { return date }
    let fractional = ISO8601DateFormatter()
    fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return fractional.date(from: text)
  }

  /// Parses the common `YYYY-MM-DDTHH:MM:SS[.fff](Z|+HH:MM)` shapes without a formatter
  /// (creating `ISO8601DateFormatter`s per value dominated rule evaluation); nil for
  /// anything else, which the formatters then try.
  static func fastDate(_ text: String) -> Date? {
    let bytes = Array(text.utf8)
    guard bytes.count >= 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 32,
      bytes[13] == 58, bytes[16] == 58
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = Int(bytes[index]) - 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }

    var index = 19
    var fraction = 0.0
    if bytes[index] == 46 {
      var scale = 0.1
      index += 1
      while index < bytes.count, (48...57).contains(bytes[index]) {
        fraction += Double(bytes[index] - 48) * scale
        scale /= 10
        index += 1
      }
    }
    var offset = 0
    guard index < bytes.count else { return nil }
    if bytes[index] == 90, index == bytes.count - 1 {
      offset = 0
    } else if bytes[index] == 43 || bytes[index] == 45, index + 6 == bytes.count,
      bytes[index + 3] == 58, let hours = number(index + 1..<index + 3),
      let minutes = number(index + 4..<index + 6)
    {
      offset = (hours * 3600 + minutes * 60) * (bytes[index] == 43 ? 1 : -1)
    } else {
      return nil
    }

    // Days from 1970-01-01 for the proleptic Gregorian calendar (civil-from-days inverse).
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    let days = era * 146_097 + dayOfEra - 719_468
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  /// The port ranges a security-group permission or NACL entry opens; nil for protocols
  /// without ports (ICMP). Protocol `-1` means every port.
  static func portRange(of rule: JSONValue?) -> ClosedRange<Int>? {
    guard let rule else { return nil }
    let proto =
      (rule["IpProtocol"] ?? rule["Protocol"])?.stringValue?.lowercased()
      ?? (rule["IpProtocol"] ?? rule["Protocol"])?.intValue.map(String.init)
    if proto == "-1" || proto == "all" { return 0...65535 }
    guard ["tcp", "udp", "6", "17"].contains(proto ?? "") else { return nil }
    let from = (rule["FromPort"] ?? rule["PortRange"]?["From"])?.intValue
    let to = (rule["ToPort"] ?? rule["PortRange"]?["To"])?.intValue
    guard let from, let to else { return 0...65535 }
    guard from >= 0, to >= from else { return 0...65535 }
    return from...to
  }
}
