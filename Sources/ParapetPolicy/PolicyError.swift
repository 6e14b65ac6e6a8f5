/// Raised when a policy document cannot be read as AWS would read it.
///
/// The message names the statement (by zero-based index) and the element at fault, so a
/// user can find the spot in the document; it never echoes the whole document.
public struct PolicyError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Zero-based index of the statement at fault, or nil for document-level problems.
  public var statementIndex: Int?
  /// The policy element at fault, such as `Effect` or `Condition`.
  public var element: String?
  /// What is wrong and, where useful, what AWS expects instead.
  public var reason: String

  /// An error about `element` of statement `statementIndex`.
  public init(statementIndex: Int? = nil, element: String? = nil, reason: String) {
    self.statementIndex = statementIndex
    self.element = element
    self.reason = reason
  }

  /// One line: `policy statement 2, Effect: expected "Allow" or "Deny", found "Permit"`.
  public var description: String {
    var place = "policy"
    if let statementIndex { place += " statement \(statementIndex)" }
    if let element { place += statementIndex == nil ? " \(element)" : ", \(element)" }
    return "\(place): \(reason)"
  }
}
