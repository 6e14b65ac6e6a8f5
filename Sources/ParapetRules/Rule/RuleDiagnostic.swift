/// One problem in a rule file, located at `file:line`.
public struct RuleDiagnostic: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// 1-based line; nil for a problem with a whole file or directory (one that is missing),
  /// where a line number would point at nothing.
  public var line: Int?
  /// What is wrong and, where it helps, what to write instead.
  public var message: String

  /// A diagnostic.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, or `file: message` without a line; one line.
  public var description: String {
    guard let line else { return "\(file): \(message)" }
    return "\(file):\(line): \(message)"
  }
}

/// Loading rules failed; every problem found is listed, one per line.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
  /// The problems, in file order.
  public var diagnostics: [RuleDiagnostic]

  /// An error carrying `diagnostics`.
  public init(diagnostics: [RuleDiagnostic]) {
    self.diagnostics = diagnostics
  }

  /// One diagnostic per line.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
