/// Who makes a request.
public enum RequestPrincipal: Sendable, Hashable {
  /// An IAM identity: user, role, assumed-role session (`arn:aws:sts::A:assumed-role/R/S`),
  /// federated user or the account root.
  case iam(arn: String)
  /// An AWS service acting on its own behalf, such as `cloudtrail.amazonaws.com`.
  case service(String)
  /// An unauthenticated caller.
  case anonymous

  /// The account of an IAM principal.
  public var account: String? {
    guard case .iam(let arn) = self else { return nil }
    return PrincipalEntry.account(of: arn)
  }

  /// For an assumed-role session, the role's name (`R` in `assumed-role/R/S`).
  var sessionRoleName: String? {
    guard case .iam(let arn) = self, arn.contains(":assumed-role/") else { return nil }
    let resource = arn.split(separator: ":", maxSplits: 5).last ?? ""
    let parts = resource.split(separator: "/")
    return parts.count >= 2 ? String(parts[1]) : nil
  }

  /// True for an IAM user (`:user/`), whose resource-policy grants AWS does not limit by
  /// the user's permissions boundary.
  var isIAMUser: Bool {
    guard case .iam(let arn) = self else { return false }
    return arn.contains(":user/")
  }
}

/// How a `Principal` element matched a request, which decides how far a resource policy's
/// grant reaches on its own.
enum PrincipalMatch: Int, Sendable, Comparable {
  /// No entry names the caller.
  case none
  /// The caller's account (id or `:root`): a same-account grant still needs an identity
  /// policy allow, as AWS delegates to the account.
  case account
  /// `*`: anyone.
  case anyone
  /// A role ARN matched a session of that role; boundaries and session policies still
  /// limit it.
  case roleOfSession
  /// The caller's own ARN (user or session).
  case direct

  static func < (lhs: PrincipalMatch, rhs: PrincipalMatch) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension PrincipalEntry {
  /// How this entry matches `principal`.
  func match(_ principal: RequestPrincipal) -> PrincipalMatch {
    switch (self, principal) {
    case (.anyone, _):
      return .anyone
    case (.aws("*"), _):
      return .anyone
    case (.service(let name), .service(let caller)):
      return name.lowercased() == caller.lowercased() ? .direct : .none
    case (.aws(let value), .iam(let arn)):
      if value == arn { return .direct }
      if namesWholeAccount, PrincipalEntry.account(of: value) == principal.account {
        return .account
      }
      if let roleName = principal.sessionRoleName, value.contains(":role/"),
        PrincipalEntry.account(of: value) == principal.account,
        value.split(separator: "/").last.map(String.init) == roleName
      {
        return .roleOfSession
      }
      return .none
    default:
      return .none
    }
  }
}

extension PrincipalElement {
  /// How the element admits `principal`.
  ///
  /// `NotPrincipal` exempts a caller only when every level of its identity is listed: the
  /// account (id or root) and the user, or the account, the role and the session. AWS's
  /// NotPrincipal documentation shows that naming only the user or role leaves the
  /// account level unexempted, so a `Deny` with `NotPrincipal` still applies.
  func match(_ principal: RequestPrincipal) -> PrincipalMatch {
    guard negated else {
      return entries.map { $0.match(principal) }.max() ?? .none
    }

    let matches = entries.map { $0.match(principal) }
    if matches.contains(.anyone) { return .none }
    switch principal {
    case .anonymous:
      return .anyone
    case .service:
      return matches.contains(.direct) ? .none : .anyone
    case .iam(let arn):
      let accountListed = matches.contains(.account)
      let selfListed = matches.contains(.direct)
      let roleListed = principal.sessionRoleName == nil || matches.contains(.roleOfSession)
      let isRoot = arn.hasSuffix(":root")
      let accountExempt = accountListed || (isRoot && selfListed)
      let exempt = accountExempt && (isRoot || (selfListed && roleListed))
      return exempt ? .none : .anyone
    }
  }
}
