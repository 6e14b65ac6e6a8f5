import ParapetCore
import ParapetPolicy

/// Functions over identity policies, backed by the policy engine's administrator
/// detection, escalation analysis and evaluator.
enum IdentityFunctions {
  /// `principal_is_administrator`: the user (with its groups), group or role has effective
  /// administrator access across all its identity policies (`AdministratorDetection`:
  /// `*`, NotAction that leaves IAM in, `iam:*`). `full_access: true` asks for every
  /// action of every service instead. Permissions boundaries are not applied. An
  /// attached policy missing from the inventory gives `not_evaluated` unless the others
  /// already make the principal an administrator.
  static let principalIsAdministrator = ConditionFunction(
    name: "principal_is_administrator",
    summary: "The user (with its groups' policies), group or role has effective administrator "
      + "access through its inline and attached policies (NotAction-aware)."
  ) { call in
    let gathered = PrincipalPolicies.of(call.resource, in: call.inventory, memo: call.memo)
    let full = FunctionInputs.flag(call.arguments, "full_access")
    guard isAdministrator(gathered.documents, full: full) else {
      if let first = gathered.missing.first {
        return .notEvaluated(
          "Not evaluated: policy \(first) attached to \(call.resource.name) is not in the "
            + "inventory, so its permissions are unknown; grant "
            + "iam:GetAccountAuthorizationDetails and rescan.")
      }
      return ConditionFunction.Result(holds: false)
    }
    return ConditionFunction.Result(holds: true, evidence: adminEvidence(gathered, full: full))
  }

  /// `policy_is_administrator`: the policy document at the rule's path grants
  /// administrator access on its own (`full_access: true`: every action everywhere).
  static let policyIsAdministrator = ConditionFunction(
    name: "policy_is_administrator",
    summary: "The policy document grants effective administrator access on its own "
      + "(Action *, NotAction tricks, iam:*; full_access: every action of every service)."
  ) { call in
    // A top-level property that is absent for a failed call is caught by the engine before
    // the function runs; absent here means the element has no document.
    guard let value = call.value, !value.isNull else {
      return ConditionFunction.Result(holds: false)
    }
    guard let document = try? PolicyDocument.parse(value) else {
      return .notEvaluated("Not evaluated: the policy document of \(call.resource.name) is "
        + "malformed.")
    }
    let full = FunctionInputs.flag(call.arguments, "full_access")
    guard isAdministrator([document], full: full) else {
      return ConditionFunction.Result(holds: false)
    }
    let labels = grantingStatements(document, full: full).map { JSONValue.string($0.label) }
    return ConditionFunction.Result(
      holds: true, evidence: [Evidence(path: "Statement (grants administrator)", value: .array(labels))])
  }

  /// `policy_allows`: the document at the rule's path allows `action` on `resource`
  /// (`{account}` in it is the judged resource's account) for a caller of that account,
  /// with no request context, so a conditional grant does not count. Used with a probe
  /// resource no policy names (a role called `parapet-probe`) to find grants on every
  /// resource of a kind.
  static let policyAllows = ConditionFunction(
    name: "policy_allows",
    summary: "The policy document allows args.action on args.resource (unconditional grants; "
      + "{account} is the resource's account)."
  ) { call in
    guard let value = call.value, !value.isNull, let document = try? PolicyDocument.parse(value),
      let action = call.arguments["action"]?.stringValue,
      let target = call.arguments["resource"]?.stringValue
    else { return ConditionFunction.Result(holds: false) }

    let account = call.resource.account
    let request = AccessRequest(
      principal: .iam(arn: "arn:aws:iam::\(account):user/parapet-probe-caller"), action: action,
      resource: target.replacingOccurrences(of: "{account}", with: account))
    let policies = PolicySet(identityPolicies: [NamedPolicy(name: call.resource.name, document: document)])
    let decision = PolicyEvaluator.evaluate(request, against: policies)
    let deciding = decision.decidingStatements.map { JSONValue.string($0.description) }
    return ConditionFunction.Result(
      holds: decision.isAllowed,
      evidence: decision.isAllowed ? [Evidence(path: "\(action) allowed by", value: .array(deciding))] : [])
  }

  /// `principal_escalation_paths`: the user or role can raise its own privileges
  /// (`EscalationAnalysis`), judged with the inventory's roles and Lambda functions:
  /// passing, assuming or updating a role counts only when that role is an administrator.
  /// Administrators themselves are not reported (they have nothing to gain).
  static let principalEscalationPaths = ConditionFunction(
    name: "principal_escalation_paths",
    summary: "The user or role has a privilege escalation path (policy versions, attaching "
      + "or putting policies, keys for others, passing or assuming an administrator role)."
  ) { call in
    let gathered = PrincipalPolicies.of(call.resource, in: call.inventory, memo: call.memo)
    let documents = gathered.documents
    if isAdministrator(documents, full: false) {
      return ConditionFunction.Result(holds: false)
    }

    let candidates = EscalationCandidates.of(call.inventory, memo: call.memo)
    let roles = candidates.roles.filter { $0.arn != call.resource.id }
    let paths = EscalationAnalysis.paths(
      for: documents, principalArn: call.resource.id, roles: roles,
      functions: candidates.functions)
    guard !paths.isEmpty else {
      if let first = gathered.missing.first {
        return .notEvaluated(
          "Not evaluated: policy \(first) attached to \(call.resource.name) is not in the "
            + "inventory, so its permissions are unknown; grant "
            + "iam:GetAccountAuthorizationDetails and rescan.")
      }
      return ConditionFunction.Result(holds: false)
    }
    let evidence = paths.map { path in
      Evidence(
        path: "escalation.\(path.technique.rawValue)",
        value: .array(path.resources.map(JSONValue.string)))
    }
    return ConditionFunction.Result(holds: true, evidence: evidence)
  }

  /// The Allow statements that are administrator on their own (with the document's
  /// denies), or every Allow when only their combination is.
  static func grantingStatements(_ document: PolicyDocument, full: Bool) -> [PolicyStatement] {
    let denies = document.statements.filter { $0.effect == .deny }
    let allows = document.statements.filter { $0.effect == .allow }
    let alone = allows.filter { statement in
      let single = PolicyDocument(version: document.version, statements: [statement] + denies)
      return isAdministrator([single], full: full)
    }
    return alone.isEmpty ? allows : alone
  }

  static func isAdministrator(_ documents: [PolicyDocument], full: Bool) -> Bool {
    full
      ? AdministratorDetection.hasFullAccess(policies: documents)
      : AdministratorDetection.isAdministrator(policies: documents)
  }

  /// The policies that are administrator alone, or all of them when only together.
  private static func adminEvidence(_ gathered: PrincipalPolicies, full: Bool) -> [Evidence] {
    let alone = gathered.policies.filter { isAdministrator([$0.document], full: full) }
    let names = (alone.isEmpty ? gathered.policies : alone).map { JSONValue.string($0.name) }
    return [Evidence(path: "administrator policies", value: .array(names))]
  }
}

/// The roles and Lambda functions of an inventory with their administrator status,
/// computed once per engine run.
struct EscalationCandidates: Sendable {
  var roles: [EscalationCandidate]
  var functions: [EscalationCandidate]

  static func of(_ inventory: Inventory, memo: FunctionMemo) -> EscalationCandidates {
    memo.value("escalation-candidates") {
      var adminRoles: [String: Bool] = [:]
      let roles = inventory.resources(ofType: "aws.iam.role").map { role in
        let documents = PrincipalPolicies.of(role, in: inventory, memo: memo).documents
        let admin = AdministratorDetection.isAdministrator(policies: documents)
        adminRoles[role.id] = admin
        return EscalationCandidate(arn: role.id, isAdministrator: admin)
      }
      let functions = inventory.resources(ofType: "aws.lambda.function").map { function in
        let role = function.properties["Role"]?.stringValue ?? ""
        return EscalationCandidate(arn: function.id, isAdministrator: adminRoles[role] ?? false)
      }
      return EscalationCandidates(roles: roles, functions: functions)
    }
  }
}
