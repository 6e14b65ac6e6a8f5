import Foundation
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
      + "access through its inline and attached policies (NotAction-aware).",
    reads: PrincipalPolicies.reads
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
      return .notEvaluated(
        "Not evaluated: the policy document of \(call.resource.name) is "
          + "malformed.")
    }
    let full = FunctionInputs.flag(call.arguments, "full_access")
    guard isAdministrator([document], full: full) else {
      return ConditionFunction.Result(holds: false)
    }
    let labels = grantingStatements(document, full: full).map { JSONValue.string($0.label) }
    return ConditionFunction.Result(
      holds: true,
      evidence: [Evidence(path: "Statement (grants administrator)", value: .array(labels))])
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
    let policies = PolicySet(identityPolicies: [
      NamedPolicy(name: call.resource.name, document: document)
    ])
    let decision = PolicyEvaluator.evaluate(request, against: policies)
    let deciding = decision.decidingStatements.map { JSONValue.string($0.description) }
    return ConditionFunction.Result(
      holds: decision.isAllowed,
      evidence: decision.isAllowed
        ? [Evidence(path: "\(action) allowed by", value: .array(deciding))] : [])
  }

  /// `principal_escalation_paths`: the user or role can raise its own privileges
  /// (`EscalationAnalysis`), judged with the inventory's roles and Lambda functions:
  /// passing, assuming or updating a role counts only when that role is an administrator.
  /// Administrators themselves are not reported (they have nothing to gain).
  static let principalEscalationPaths = ConditionFunction(
    name: "principal_escalation_paths",
    summary: "The user or role has a privilege escalation path (policy versions, attaching "
      + "or putting policies, keys for others, passing or assuming an administrator role).",
    reads: PrincipalPolicies.reads.mapValues {
      $0 + [("aws.iam.role", "RolePolicyList"), ("aws.lambda.function", "Role")]
    }
  ) { call in
    let gathered = PrincipalPolicies.of(call.resource, in: call.inventory, memo: call.memo)
    let documents = gathered.documents
    if isAdministrator(documents, full: false) {
      return ConditionFunction.Result(holds: false)
    }

    let paths = EscalationCandidates.of(call.inventory, memo: call.memo)
      .paths(for: documents, principalArn: call.resource.id, memo: call.memo)
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
        path: "escalation.\(path.technique.rawValue)", value: listed(path.resources))
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

  /// At most five targets, then how many more: a wildcard can reach thousands of roles.
  static func listed(_ targets: [String]) -> JSONValue {
    var items = targets.prefix(5).map(JSONValue.string)
    if targets.count > 5 { items.append(.string("and \(targets.count - 5) more")) }
    return .array(items)
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

/// The administrator roles and the Lambda functions running under one, computed once per
/// engine run, and which of them each granted resource pattern reaches.
struct EscalationCandidates: Sendable {
  var roles: [EscalationCandidate]
  var functions: [EscalationCandidate]

  static let roleTechniques: Set<EscalationTechnique> = [
    .updateAssumeRolePolicy, .passRoleToEC2, .passRoleToLambda, .passRoleToGlue,
    .passRoleToCloudFormation, .passRoleToDataPipeline, .assumeRole,
  ]

  static func of(_ inventory: Inventory, memo: FunctionMemo) -> EscalationCandidates {
    memo.value("escalation-candidates") {
      var adminRoles: Set<String> = []
      for role in inventory.resources(ofType: "aws.iam.role") {
        let documents = PrincipalPolicies.of(role, in: inventory, memo: memo).documents
        if AdministratorDetection.isAdministrator(policies: documents) {
          adminRoles.insert(role.id)
        }
      }
      let functions = inventory.resources(ofType: "aws.lambda.function").filter {
        adminRoles.contains($0.properties["Role"]?.stringValue ?? "")
      }
      return EscalationCandidates(
        roles: adminRoles.sorted().map { EscalationCandidate(arn: $0, isAdministrator: true) },
        functions: functions.map { EscalationCandidate(arn: $0.id, isAdministrator: true) })
    }
  }

  /// `EscalationAnalysis.paths` with these candidates. The analysis runs once without
  /// candidates (granted patterns as written); each distinct pattern is then matched
  /// against the candidates once per engine run, so thousands of principals granted the
  /// same patterns do not each scan every role.
  func paths(
    for documents: [PolicyDocument], principalArn: String, memo: FunctionMemo
  ) -> [EscalationPath] {
    let written = EscalationAnalysis.paths(for: documents, principalArn: principalArn)
    return written.compactMap { path in
      let isRole = Self.roleTechniques.contains(path.technique)
      guard isRole || path.technique == .updateFunctionCode else { return path }

      let key =
        (isRole ? "reach-roles:" : "reach-functions:")
        + path.resources.joined(separator: "\n")
      let reachable = memo.value(key) { () -> [String] in
        var union: Set<String> = []
        for pattern in path.resources {
          union.formUnion(strong(reachedBy: pattern, roles: isRole, memo: memo))
        }
        return union.sorted()
      }
      let reached = reachable.filter { $0 != principalArn }
      guard !reached.isEmpty else { return nil }
      var copy = path
      copy.resources = reached
      return copy
    }
  }

  /// The candidates one granted pattern (or `* except a, b`) reaches, asked of the
  /// analysis through a one-statement policy that grants the pattern.
  private func strong(reachedBy pattern: String, roles isRole: Bool, memo: FunctionMemo)
    -> [String]
  {
    let key = (isRole ? "escalation-roles:" : "escalation-functions:") + pattern
    return memo.value(key) {
      let action = isRole ? "sts:AssumeRole" : "lambda:UpdateFunctionCode"
      let exceptPrefix = "* except "
      let resources =
        pattern.hasPrefix(exceptPrefix)
        ? PatternList(
          pattern.dropFirst(exceptPrefix.count).split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
          }, negated: true)
        : PatternList([pattern])
      let grant = PolicyDocument(statements: [
        PolicyStatement(
          index: 0, effect: .allow, actions: PatternList([action]), resources: resources)
      ])
      let found = EscalationAnalysis.paths(
        for: [grant], roles: isRole ? roles : [], functions: isRole ? [] : functions)
      return found.first?.resources ?? []
    }
  }
}
