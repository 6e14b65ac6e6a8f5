import ParapetCore

/// Resolves plain scalars with the YAML 1.2 core schema: `null`/`~`/empty, `true`/`false`
/// in three casings, decimal, octal (`0o`) and hex (`0x`) integers, floats with `.inf`
/// and `.nan`. Anything else is a string.
enum YAMLScalarResolver {
  /// The JSON value a plain scalar stands for.
  static func resolve(_ text: String) -> JSONValue {
    switch text {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE": return .bool(true)
    case "false", "False", "FALSE": return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .number(.infinity)
    case "-.inf", "-.Inf", "-.INF": return .number(-.infinity)
    case ".nan", ".NaN", ".NAN": return .number(.nan)
    default: break
    }
    if let number = integer(text) ?? float(text) { return .number(number) }
    return .string(text)
  }

  private static func integer(_ text: String) -> Double? {
    if text.hasPrefix("0o"), let value = Int(text.dropFirst(2), radix: 8) {
      return Double(value)
    }
    if text.hasPrefix("0x"), let value = Int(text.dropFirst(2), radix: 16) {
      return Double(value)
    }
    let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Double(text)
  }

  private static func float(_ text: String) -> Double? {
    var rest = Substring(text)
    if rest.first == "-" || rest.first == "+" { rest = rest.dropFirst() }
    let mantissaEnd = rest.firstIndex(where: { $0 == "e" || $0 == "E" }) ?? rest.endIndex
    let mantissa = rest[..<mantissaEnd]
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, parts.contains(where: { !$0.isEmpty }),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    if parts.count == 2, parts[1].isEmpty, parts[0].isEmpty { return nil }
    if mantissaEnd != rest.endIndex {
      var exponent = rest[rest.index(after: mantissaEnd)...]
      if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
      guard !exponent.isEmpty, exponent.allSatisfy({ $0.isASCII && $0.isNumber }) else {
        return nil
      }
    }
    return Double(text)
  }
}
