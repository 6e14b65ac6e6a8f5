/// Small text helpers the renderers share.
enum FormatText {
  /// `text` cut to at most `limit` characters, ending in `...` when something was cut, so
  /// a consumer's length limit never rejects a whole document.
  static func truncate(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(max(0, limit - 3))) + "..."
  }

  /// The partition of an ARN (`aws`, `aws-cn`, `aws-us-gov`), or `aws` when `id` is not
  /// an ARN.
  static func partition(ofArn id: String) -> String {
    let parts = id.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count > 1, parts[0] == "arn", !parts[1].isEmpty else { return "aws" }
    return String(parts[1])
  }

  /// The first non-empty of `candidates`, or the empty string.
  static func firstNonEmpty(_ candidates: String...) -> String {
    candidates.first { !$0.isEmpty } ?? ""
  }
}
