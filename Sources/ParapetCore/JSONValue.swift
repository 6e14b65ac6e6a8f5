/// A JSON tree: the one shape every cloud API response, resource property bag and
/// report is decoded into, so that collectors, rules and reports share a vocabulary.
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The member named `key` when this is an object, otherwise nil.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members[key]
  }

  /// The element at `index` when this is an array and the index is in range.
  public subscript(index: Int) -> JSONValue? {
    guard case .array(let items) = self, items.indices.contains(index) else { return nil }
    return items[index]
  }

  /// Follows a dotted path of object keys (`"Config.Status"`); nil when any step is missing.
  public func value(at path: String) -> JSONValue? {
    var current: JSONValue? = self
    for key in path.split(separator: ".") {
      current = current?[String(key)]
    }
    return current
  }

  /// The string when this is a string.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// The number when this is a number, or a string that spells one (XML protocols send
  /// numbers as text).
  public var doubleValue: Double? {
    switch self {
    case .number(let number): return number
    case .string(let text): return Double(text)
    default: return nil
    }
  }

  /// The integer when this is a whole number or a string that spells one.
  public var intValue: Int? {
    guard let number = doubleValue, number.rounded() == number, abs(number) < 9e15 else {
      return nil
    }
    return Int(number)
  }

  /// The boolean when this is a boolean, or the text `true` or `false` (XML protocols send
  /// booleans as text).
  public var boolValue: Bool? {
    switch self {
    case .bool(let flag): return flag
    case .string(let text):
      switch text.lowercased() {
      case "true": return true
      case "false": return false
      default: return nil
      }
    default: return nil
    }
  }

  /// The elements when this is an array; a single non-null value reads as a one-element
  /// array, because XML protocols cannot tell a one-element list from a scalar.
  public var arrayValue: [JSONValue]? {
    switch self {
    case .array(let items): return items
    case .null: return nil
    default: return [self]
    }
  }

  /// The members when this is an object.
  public var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// True for `null`.
  public var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  /// A copy with `value` stored under `key`; a non-object becomes an object.
  public func setting(_ key: String, to value: JSONValue) -> JSONValue {
    var members = objectValue ?? [:]
    members[key] = value
    return .object(members)
  }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral,
  ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
  /// A string literal.
  public init(stringLiteral value: String) { self = .string(value) }
  /// An integer literal.
  public init(integerLiteral value: Int) { self = .number(Double(value)) }
  /// A floating-point literal.
  public init(floatLiteral value: Double) { self = .number(value) }
  /// A boolean literal.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  /// `nil` is JSON null.
  public init(nilLiteral: ()) { self = .null }
  /// An array literal.
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  /// A dictionary literal; a repeated key keeps the last value.
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }
}
