/// Escaping for the two places user-controlled text lands in the HTML report: element
/// content and attribute values, and the JSON data block inside a `<script>` element.
enum HTMLEscaping {
  /// `text` safe as element content or a double-quoted attribute value.
  static func text(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }

  /// JSON text made safe inside `<script type="application/json">`: every `<`, `>` and `&`
  /// becomes a `\u00XX` escape. Those characters occur in JSON only inside strings, where
  /// the escape means the same character, so the parsed value is unchanged while `</script>`
  /// and `<!--` can no longer appear and end or confuse the script element.
  static func scriptJSON(_ json: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(json.utf8.count + json.utf8.count / 64)
    for byte in json.utf8 {
      switch byte {
      case UInt8(ascii: "<"): bytes.append(contentsOf: Array(#"\u003c"#.utf8))
      case UInt8(ascii: ">"): bytes.append(contentsOf: Array(#"\u003e"#.utf8))
      case UInt8(ascii: "&"): bytes.append(contentsOf: Array(#"\u0026"#.utf8))
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
