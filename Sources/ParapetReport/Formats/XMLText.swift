/// Escapes text for XML 1.0 documents.
enum XMLText {
  /// `text` safe inside an attribute value in double quotes or in element content: the
  /// five markup characters become entities, tab, CR and LF become character references
  /// (so attribute values keep them), and characters XML 1.0 forbids (other C0 controls,
  /// U+FFFE, U+FFFF) become U+FFFD, since no escape can carry them.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#9;"
      case "\n": out += "&#10;"
      case "\r": out += "&#13;"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        out += "\u{FFFD}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
