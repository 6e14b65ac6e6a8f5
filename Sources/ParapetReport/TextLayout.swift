/// Small helpers for laying out fixed-width terminal text. Widths count characters
/// (grapheme clusters), which matches the terminal for the ASCII and Latin text of ids,
/// regions and titles; wide CJK characters would take two columns and are not measured.
enum TextLayout {
  /// `text` cut to `width` characters, ending in `…` when something was cut.
  static func truncate(_ text: String, to width: Int) -> String {
    guard text.count > width else { return text }
    guard width > 1 else { return String(text.prefix(max(0, width))) }
    return String(text.prefix(width - 1)) + "…"
  }

  /// `text` broken into lines of at most `width` characters, at white space where it can be
  /// and inside a word only when the word alone is wider; only the white space is dropped.
  static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var current = ""
    for piece in text.split(whereSeparator: \.isWhitespace) {
      var word = piece
      if !current.isEmpty, current.count + 1 + word.count <= width {
        current += " " + word
        continue
      }
      if !current.isEmpty { lines.append(current) }
      while word.count > width {
        lines.append(String(word.prefix(width)))
        word = word.dropFirst(width)
      }
      current = String(word)
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }

  /// `text` padded with spaces on the right to `width` characters.
  static func padRight(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  /// `text` padded with spaces on the left to `width` characters.
  static func padLeft(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// `label` followed by `items` joined with `, `, wrapped so no line exceeds `width`;
  /// continuation lines are indented under the first item. Widths are measured on the
  /// plain items; `paint` may then colour item `index` without affecting the layout.
  static func wrappedList(
    _ label: String, _ items: [String], width: Int,
    paint: (_ index: Int, _ item: String) -> String = { $1 }
  ) -> [String] {
    let indent = String(repeating: " ", count: label.count)
    var lines: [String] = []
    var current = label
    var currentWidth = label.count
    for (index, item) in items.enumerated() {
      let comma = index < items.count - 1 ? "," : ""
      let pieceWidth = item.count + comma.count
      let atStart = currentWidth == label.count
      if !atStart && currentWidth + 1 + pieceWidth > width {
        lines.append(current)
        current = indent
        currentWidth = indent.count
      } else if !atStart {
        current += " "
        currentWidth += 1
      }
      current += paint(index, truncate(item, to: max(1, width - currentWidth))) + comma
      currentWidth += pieceWidth
    }
    lines.append(current)
    return lines
  }

  /// Seconds with one decimal, such as `12.5`.
  static func seconds(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
