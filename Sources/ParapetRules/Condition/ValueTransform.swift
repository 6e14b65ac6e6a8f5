import Foundation
import ParapetCore

/// A string function applied to the value a path read, written after the path with `|`:
/// `CloudWatchLogsLogGroupArn | strip_suffix(":*")`, `filterPattern | compact`. Rules need
/// them to join resources on computed keys (an ARN against a name) and to compare text the
/// way a person reads it (a metric filter pattern without its spacing).
public enum ValueTransform: Sendable, Hashable {
  /// Lower-cases text.
  case lower
  /// Upper-cases text.
  case upper
  /// Removes whitespace and double quotes, so `{ $.a = "x" }` reads as `{$.a=x}`.
  case compact
  /// Removes a leading text when present.
  case stripPrefix(String)
  /// Removes a trailing text when present.
  case stripSuffix(String)
  /// The field at a 0-based index after splitting on a separator; absent past the end.
  case field(String, Int)
  /// The number of characters of text, elements of an array or members of an object.
  case length

  /// Names accepted after `|`, for error messages.
  static let names = [
    "lower", "upper", "compact", "strip_prefix(TEXT)", "strip_suffix(TEXT)",
    "field(SEPARATOR, INDEX)", "length",
  ]

  /// Parses one `name` or `name(args)` segment; nil when it is unknown or its arguments are
  /// wrong. Arguments are JSON: `"text"` or integers.
  init?(_ text: Substring) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let open = trimmed.firstIndex(of: "(")
    let name = open.map { String(trimmed[..<$0]) } ?? trimmed
    var arguments: [Any] = []
    if let open {
      guard trimmed.hasSuffix(")") else { return nil }
      let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
      let data = Data(("[" + inner + "]").utf8)
      guard let list = try? JSONSerialization.jsonObject(with: data) as? [Any] else {
        return nil
      }
      arguments = list
    }
    let strings = arguments.compactMap { $0 as? String }

    switch (name, arguments.count) {
    case ("lower", 0): self = .lower
    case ("upper", 0): self = .upper
    case ("compact", 0): self = .compact
    case ("length", 0): self = .length
    case ("strip_prefix", 1) where strings.count == 1: self = .stripPrefix(strings[0])
    case ("strip_suffix", 1) where strings.count == 1: self = .stripSuffix(strings[0])
    case ("field", 2) where strings.count == 1 && !strings[0].isEmpty:
      guard let index = arguments[1] as? Int, index >= 0 else { return nil }
      self = .field(strings[0], index)
    default: return nil
    }
  }

  /// The transformed value; nil when the input is absent or not text (except `length`).
  func apply(_ value: JSONValue?) -> JSONValue? {
    guard let value else { return nil }
    if case .length = self {
      switch value {
      case .string(let text): return .number(Double(text.count))
      case .array(let items): return .number(Double(items.count))
      case .object(let members): return .number(Double(members.count))
      default: return nil
      }
    }
    guard case .string(let text) = value else { return nil }

    switch self {
    case .lower: return .string(text.lowercased())
    case .upper: return .string(text.uppercased())
    case .compact:
      return .string(String(text.filter { !$0.isWhitespace && $0 != "\"" }))
    case .stripPrefix(let prefix):
      return .string(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
    case .stripSuffix(let suffix):
      return .string(text.hasSuffix(suffix) ? String(text.dropLast(suffix.count)) : text)
    case .field(let separator, let index):
      let parts = text.components(separatedBy: separator)
      return parts.indices.contains(index) ? .string(parts[index]) : nil
    case .length: return nil
    }
  }
}
