/// Whether one statement applies to a request: action, resource, principal and conditions.
enum StatementMatcher {
  /// How the statement's principal admits the caller when the statement applies, or nil
  /// when it does not. Statements without `Principal` (identity-side policies) admit the
  /// caller directly unless `requirePrincipal` is set (resource policies need one).
  static func applies(
    _ statement: PolicyStatement, to request: AccessRequest, variables: Bool,
    requirePrincipal: Bool
  ) -> PrincipalMatch? {
    guard actionMatches(statement.actions, request.action) else { return nil }
    guard resourceMatches(statement.resources, request, variables: variables) else {
      return nil
    }

    var principal = PrincipalMatch.direct
    if requirePrincipal {
      guard let element = statement.principals else { return nil }
      principal = element.match(request.principal)
      guard principal != .none else { return nil }
    }

    let holds = ConditionEvaluator.allHold(
      statement.conditions, context: request.context, variables: variables)
    return holds ? principal : nil
  }

  /// `Action` matches when any pattern matches; `NotAction` when none does.
  static func actionMatches(_ list: PatternList, _ action: String) -> Bool {
    let lowered = action.lowercased()
    let any = list.patterns.contains { Glob(pattern: $0.lowercased()).matches(lowered) }
    return list.negated ? !any : any
  }

  /// `Resource` matches when any pattern matches; `NotResource` when none does. A pattern
  /// with an unresolvable policy variable matches nothing, as AWS documents.
  static func resourceMatches(
    _ list: PatternList?, _ request: AccessRequest, variables: Bool
  ) -> Bool {
    guard let list else { return true }
    let any = list.patterns.contains { pattern in
      guard
        let tokens = PolicyVariables.expand(
          pattern, context: request.context, enabled: variables)
      else { return false }
      return ArnPattern.matches(ArnPattern.segments(tokens), request.resource)
    }
    return list.negated ? !any : any
  }
}
