/// Decides a request the way AWS documents its policy evaluation logic:
///
/// 1. An explicit `Deny` in any applicable policy (identity, resource, boundary, SCP, RCP,
///    session) decides: denied.
/// 2. SCPs (for IAM callers) and RCPs (for the resource), when present, must allow at
///    every level of the organization; otherwise implicitly denied.
/// 3. Within one account, an allow in the identity policies or in the resource policy
///    suffices. Identity allows are limited by the permissions boundary and session
///    policies. A resource policy naming the user, or the session ARN, is not limited by
///    them; one naming the role or `*` is; one naming only the account delegates to the
///    identity policies and grants nothing alone.
/// 4. Across accounts, both the resource policy and the caller's (limited) identity
///    policies must allow. Service and anonymous callers have no identity policies: the
///    resource policy alone decides.
/// 5. Otherwise: implicitly denied.
public enum PolicyEvaluator {
  /// Decides `request` against `policies`, with the statements that decided.
  public static func evaluate(_ request: AccessRequest, against policies: PolicySet) -> Decision {
    let scope = Scope(request: request, policies: policies)

    let denies = scope.all.flatMap { scope.matches($0, effect: .deny) }
    if !denies.isEmpty {
      let names = denies.map(\.reference.description).joined(separator: "; ")
      return Decision(
        outcome: .explicitDeny, decidingStatements: denies.map(\.reference),
        explanation: ["explicit deny wins: \(names)"])
    }

    if case .iam = request.principal,
      let refusal = scope.levelRefusal(policies.serviceControlPolicies, kind: .serviceControl)
    {
      return refusal
    }
    if !isService(request.principal),
      let refusal = scope.levelRefusal(policies.resourceControlPolicies, kind: .resourceControl)
    {
      return refusal
    }

    return scope.allowDecision()
  }

  private static func isService(_ principal: RequestPrincipal) -> Bool {
    if case .service = principal { return true }
    return false
  }
}

/// One statement that applied, with how its principal matched.
struct AppliedStatement {
  var reference: StatementReference
  var principal: PrincipalMatch
}

/// The policies of one evaluation, with the matching helpers the steps share.
private struct Scope {
  var request: AccessRequest
  var policies: PolicySet

  var all: [(PolicyKind, NamedPolicy)] {
    var list: [(PolicyKind, NamedPolicy)] = policies.identityPolicies.map { (.identity, $0) }
    if let resource = policies.resourcePolicy { list.append((.resource, resource)) }
    if let boundary = policies.permissionsBoundary {
      list.append((.permissionsBoundary, boundary))
    }
    list += policies.serviceControlPolicies.joined().map { (.serviceControl, $0) }
    list += policies.resourceControlPolicies.joined().map { (.resourceControl, $0) }
    list += policies.sessionPolicies.map { (.session, $0) }
    return list
  }

  func matches(_ entry: (PolicyKind, NamedPolicy), effect: PolicyEffect) -> [AppliedStatement] {
    let (kind, policy) = entry
    let document = policy.document
    return document.statements.compactMap { statement in
      guard statement.effect == effect,
        let principal = StatementMatcher.applies(
          statement, to: request, variables: document.usesVariables,
          requirePrincipal: kind == .resource || kind == .resourceControl)
      else { return nil }
      let reference = StatementReference(
        kind: kind, policyName: policy.name, statementIndex: statement.index,
        sid: statement.sid)
      return AppliedStatement(reference: reference, principal: principal)
    }
  }

  func allows(_ kind: PolicyKind, _ list: [NamedPolicy]) -> [AppliedStatement] {
    list.flatMap { matches((kind, $0), effect: .allow) }
  }

  /// An implicit deny when some organization level allows nothing for the request.
  func levelRefusal(_ levels: [[NamedPolicy]], kind: PolicyKind) -> Decision? {
    for (level, list) in levels.enumerated() where allows(kind, list).isEmpty {
      let names = list.map { "\"\($0.name)\"" }.joined(separator: ", ")
      return Decision(
        outcome: .implicitDeny,
        explanation: [
          "no \(kind.rawValue) at organization level \(level) (\(names)) allows "
            + "\(request.action) on \(request.resource)"
        ])
    }
    return nil
  }

  func allowDecision() -> Decision {
    let identity = allows(.identity, policies.identityPolicies)
    let resource = policies.resourcePolicy.map { allows(.resource, [$0]) } ?? []
    let boundary = policies.permissionsBoundary.map { allows(.permissionsBoundary, [$0]) }
    let session =
      policies.sessionPolicies.isEmpty ? nil : allows(.session, policies.sessionPolicies)
    let boundaryOK = boundary.map { !$0.isEmpty } ?? true
    let sessionOK = session.map { !$0.isEmpty } ?? true
    let limits = (boundary ?? []) + (session ?? [])

    var notes: [String] = []
    if !identity.isEmpty && !boundaryOK {
      notes.append("the permissions boundary does not allow \(request.action)")
    }
    if !identity.isEmpty && !sessionOK {
      notes.append("no session policy allows \(request.action)")
    }
    let identityGrants = !identity.isEmpty && boundaryOK && sessionOK
    let best = resource.max { $0.principal < $1.principal }

    switch request.principal {
    case .service, .anonymous:
      if let best, best.principal >= .anyone {
        return allow(resource, "the resource policy allows this caller")
      }
      return deny(notes + ["no resource policy statement allows this caller"])
    case .iam:
      break
    }

    if request.isCrossAccount {
      guard let best, identityGrants else {
        let missing = best == nil ? "the resource policy" : "the caller's identity policies"
        return deny(notes + ["cross-account access needs both sides; \(missing) do not allow"])
      }
      _ = best
      return allow(identity + resource + limits, "both the identity and resource policies allow")
    }

    if identityGrants {
      return allow(identity + limits, "an identity policy allows within the account")
    }
    if let best {
      switch best.principal {
      case .direct:
        return allow(resource, "the resource policy names the caller directly")
      case .anyone, .roleOfSession:
        if boundaryOK && sessionOK {
          return allow(resource + limits, "the resource policy allows this caller")
        }
        notes.append("the resource policy's grant is limited by the boundary or session policy")
      case .account, .none:
        notes.append("the resource policy names only the account, which needs an identity allow")
      }
    }
    return deny(notes + ["no applicable policy allows \(request.action) on \(request.resource)"])
  }

  func allow(_ statements: [AppliedStatement], _ reason: String) -> Decision {
    let references = statements.map(\.reference)
    let names = references.map(\.description).joined(separator: "; ")
    return Decision(
      outcome: .allow, decidingStatements: references, explanation: ["\(reason): \(names)"])
  }

  func deny(_ reasons: [String]) -> Decision {
    Decision(outcome: .implicitDeny, explanation: reasons)
  }
}
