/// Serialises `JSONValue` trees to text with sorted keys, so that output is stable across
/// runs and diffs well. Written by hand because Foundation's writer is several times slower
/// than the rest of a scan (see TOOLCHAIN notes).
public struct JSONWriter: Sendable {
  /// Indent nested values by two spaces per level when true; one line when false.
  public var pretty: Bool

  /// A writer; compact unless `pretty`.
  public init(pretty: Bool = false) {
    self.pretty = pretty
  }

  /// The JSON text of `value`.
  public func string(_ value: JSONValue) -> String {
    var out = ""
    out.reserveCapacity(256)
    write(value, into: &out, depth: 0)
    return out
  }

  /// Appends the JSON text of `value` to `out`.
  public func write(_ value: JSONValue, into out: inout String, depth: Int = 0) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .number(let number): out += Self.format(number)
    case .string(let text): Self.appendQuoted(text, to: &out)
    case .array(let items):
      guard !items.isEmpty else {
        out += "[]"
        return
      }
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        newline(&out, depth: depth + 1)
        write(item, into: &out, depth: depth + 1)
      }
      newline(&out, depth: depth)
      out += "]"
    case .object(let members):
      guard !members.isEmpty else {
        out += "{}"
        return
      }
      out += "{"
      for (index, key) in members.keys.sorted().enumerated() {
        if index > 0 { out += "," }
        newline(&out, depth: depth + 1)
        Self.appendQuoted(key, to: &out)
        out += pretty ? ": " : ":"
        write(members[key] ?? .null, into: &out, depth: depth + 1)
      }
      newline(&out, depth: depth)
      out += "}"
    }
  }

  private func newline(_ out: inout String, depth: Int) {
    guard pretty else { return }
    out += "\n"
    out += String(repeating: "  ", count: depth)
  }

  /// Whole numbers print without a fraction; JSON has no NaN or infinity, so those are null.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number.rounded() == number, abs(number) < 1e15 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  /// Appends `text` as a JSON string literal with the escapes RFC 8259 requires.
  public static func appendQuoted(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
