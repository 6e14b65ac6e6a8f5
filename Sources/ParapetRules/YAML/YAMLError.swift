/// A YAML file that libyaml could not parse, or whose structure rule files do not allow
/// (several documents, non-scalar keys, unknown aliases).
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// 1-based line of the problem.
  public var line: Int
  /// What is wrong.
  public var message: String

  /// An error at `file:line`.
  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`.
  public var description: String { "\(file):\(line): \(message)" }
}
