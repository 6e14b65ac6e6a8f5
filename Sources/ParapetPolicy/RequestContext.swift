/// The condition keys of a request and their values.
///
/// Keys are case-insensitive, as AWS treats condition key names; values keep their case.
/// Every key may carry several values (`aws:TagKeys`, `aws:PrincipalOrgPaths`); a key
/// present with an empty list is treated like an absent key by the set operators.
public struct RequestContext: Sendable, Hashable {
  private var values: [String: [String]]

  /// A context from keys in any case; keys differing only in case are merged.
  public init(_ values: [String: [String]] = [:]) {
    self.values = [:]
    for (key, list) in values {
      self.values[key.lowercased(), default: []].append(contentsOf: list)
    }
  }

  /// The values of `key` (in any case), or nil when the request does not carry it.
  public subscript(key: String) -> [String]? {
    get { values[key.lowercased()] }
    set { values[key.lowercased()] = newValue }
  }

  /// The key names present, lowercased.
  public var keys: [String] { Array(values.keys) }
}
