/// One principal named in a `Principal` or `NotPrincipal` element.
public enum PrincipalEntry: Sendable, Hashable {
  /// `"*"` or `{"AWS": "*"}`: anyone, including anonymous callers.
  case anyone
  /// `{"AWS": ...}`: an account id, an account root ARN, or a user, role or session ARN.
  case aws(String)
  /// `{"Service": ...}`: an AWS service such as `lambda.amazonaws.com`.
  case service(String)
  /// `{"Federated": ...}`: an identity provider such as `cognito-identity.amazonaws.com`.
  case federated(String)
  /// `{"CanonicalUser": ...}`: an S3 canonical user id.
  case canonicalUser(String)

  /// The account this entry names when it is an account id or an IAM ARN.
  public var account: String? {
    guard case .aws(let value) = self else { return nil }
    return PrincipalEntry.account(of: value)
  }

  /// `123456789012` from an account id or from `arn:aws:iam::123456789012:...`.
  static func account(of value: String) -> String? {
    if value.count == 12, value.allSatisfy(\.isNumber) { return value }
    let parts = value.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[0] == "arn", !parts[4].isEmpty else { return nil }
    return String(parts[4])
  }

  /// True for an account id or the account's `:root` ARN: the whole account, which AWS
  /// treats as delegating to that account's own identity policies.
  public var namesWholeAccount: Bool {
    guard case .aws(let value) = self else { return false }
    if value.count == 12, value.allSatisfy(\.isNumber) { return true }
    return value.hasPrefix("arn:") && value.hasSuffix(":root")
  }
}

/// A statement's `Principal` (or, negated, `NotPrincipal`) element.
public struct PrincipalElement: Sendable, Hashable {
  /// The principals named.
  public var entries: [PrincipalEntry]
  /// True for `NotPrincipal`: the statement applies to everyone except these.
  public var negated: Bool

  /// An element naming `entries`, negated for `NotPrincipal`.
  public init(_ entries: [PrincipalEntry], negated: Bool = false) {
    self.entries = entries
    self.negated = negated
  }

  /// True when the element names anyone: `Principal: "*"` or `{"AWS": "*"}`.
  public var admitsAnyone: Bool {
    !negated && entries.contains(.anyone)
  }
}
