#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Decides whether terminal output is coloured, and applies ANSI colours when it is.
///
/// Colour is on only when the stream is a terminal and `NO_COLOR` is not set, following
/// no-color.org: a `NO_COLOR` that is present and non-empty turns colour off whatever its
/// value; an empty one counts as unset, as that convention specifies.
public struct TerminalStyle: Sendable, Hashable {
  /// ANSI Select Graphic Rendition codes Parapet uses.
  public enum Color: String, Sendable, Hashable {
    /// Bold text, for headings.
    case bold = "1"
    /// Dim text, for low-importance values.
    case dim = "2"
    /// Red, for failures and high severity.
    case red = "31"
    /// Green, for passes.
    case green = "32"
    /// Yellow, for medium severity and muted findings.
    case yellow = "33"
    /// Cyan, for low severity.
    case cyan = "36"
    /// Bold red, for critical severity.
    case boldRed = "1;31"
  }

  /// Whether `paint` adds escape codes.
  public var colorEnabled: Bool

  /// A style that colours when `colorEnabled`.
  public init(colorEnabled: Bool) {
    self.colorEnabled = colorEnabled
  }

  /// True when output to a stream should be coloured: it is a terminal and `NO_COLOR` is
  /// unset or empty in `environment`.
  public static func colorEnabled(environment: [String: String], isTerminal: Bool) -> Bool {
    guard isTerminal else { return false }
    guard let noColor = environment["NO_COLOR"] else { return true }
    return noColor.isEmpty
  }

  /// True when `fileDescriptor` (1 for stdout, 2 for stderr) refers to a terminal.
  public static func isTerminal(fileDescriptor: Int32) -> Bool {
    isatty(fileDescriptor) == 1
  }

  /// `text` wrapped in the codes for `color` and a reset, or unchanged when colour is off.
  public func paint(_ text: String, _ color: Color) -> String {
    guard colorEnabled, !text.isEmpty else { return text }
    return "\u{1B}[\(color.rawValue)m" + text + "\u{1B}[0m"
  }

  /// The colour a severity is shown in.
  public static func color(for severity: String) -> Color {
    switch severity {
    case "critical": return .boldRed
    case "high": return .red
    case "medium": return .yellow
    case "low": return .cyan
    default: return .dim
    }
  }
}
