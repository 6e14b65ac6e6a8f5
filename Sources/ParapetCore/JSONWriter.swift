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
      // Sorting the members themselves spares a second hash lookup per key; most objects
      // in API answers hold one member and need no sort at all.
      let sorted = members.count == 1 ? Array(members) : members.sorted { $0.key < $1.key }
      for (index, member) in sorted.enumerated() {
        if index > 0 { out += "," }
        newline(&out, depth: depth + 1)
        Self.appendQuoted(member.key, to: &out)
        out += pretty ? ": " : ":"
        write(member.value, into: &out, depth: depth + 1)
      }
      newline(&out, depth: depth)
      out += "}"
    }
  }

  /// The JSON text of `members` plus `key`, an array of `count` elements made one at a time
  /// by `element`, laid out exactly as `string` lays out the whole tree. A report of many
  /// findings is thus never held twice, as a tree and as text.
  public func string(
    _ members: [String: JSONValue], streaming key: String, count: Int,
    element: (Int) -> JSONValue
  ) -> String {
    var out = ""
    out.reserveCapacity(256 + count * 512)
    out += "{"
    for (index, name) in (Array(members.keys) + [key]).sorted().enumerated() {
      if index > 0 { out += "," }
      newline(&out, depth: 1)
      Self.appendQuoted(name, to: &out)
      out += pretty ? ": " : ":"
      guard name == key else {
        write(members[name] ?? .null, into: &out, depth: 1)
        continue
      }
      guard count > 0 else {
        out += "[]"
        continue
      }
      out += "["
      for position in 0..<count {
        if position > 0 { out += "," }
        newline(&out, depth: 2)
        write(element(position), into: &out, depth: 2)
      }
      newline(&out, depth: 1)
      out += "]"
    }
    newline(&out, depth: 0)
    out += "}"
    return out
  }

  private func newline(_ out: inout String, depth: Int) {
    guard pretty else { return }
    out += depth < Self.indents.count ? Self.indents[depth] : Self.indent(depth)
  }

  /// A newline and the indent of each common depth, built once.
  private static let indents = (0..<16).map(indent)

  private static func indent(_ depth: Int) -> String {
    "\n" + String(repeating: "  ", count: depth)
  }

  /// Whole numbers print without a fraction; JSON has no NaN or infinity, so those are null.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number.rounded() == number, abs(number) < 1e15 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  /// Appends `text` as a JSON string literal with the escapes RFC 8259 requires. Runs of
  /// characters that need no escape are appended whole: most text has none, and appending
  /// scalar by scalar was the largest cost of writing a scan's reports.
  public static func appendQuoted(_ text: String, to out: inout String) {
    out += "\""
    let utf8 = text.utf8
    var runStart = utf8.startIndex
    var index = runStart
    while index != utf8.endIndex {
      let byte = utf8[index]
      guard byte == 0x22 || byte == 0x5C || byte < 0x20 else {
        index = utf8.index(after: index)
        continue
      }
      // An ASCII byte always starts a scalar (not always a character: `"` followed by a
      // combining mark is one), so runs are cut on the scalar view, never on characters.
      out += Substring(text.unicodeScalars[runStart..<index])
      switch byte {
      case 0x22: out += "\\\""
      case 0x5C: out += "\\\\"
      case 0x0A: out += "\\n"
      case 0x0D: out += "\\r"
      case 0x09: out += "\\t"
      default:
        let hex = String(byte, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
      index = utf8.index(after: index)
      runStart = index
    }
    out += Substring(text.unicodeScalars[runStart..<utf8.endIndex])
    out += "\""
  }
}
