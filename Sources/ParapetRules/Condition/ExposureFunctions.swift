import ParapetCore
import ParapetPolicy

/// Functions that judge who a resource policy admits, backed by `ResourcePolicyExposure`
/// of the policy engine (conditions evaluated as AWS reads them).
enum ExposureFunctions {
  /// `resource_policy_exposure`: true when the resource policy admits anyone.
  ///
  /// Arguments: `policy` (a property path or a list of them, the first present one is
  /// read; default the rule's `path`), `cross_account: true` to hold also for grants to
  /// accounts or organizations outside `trusted_accounts` (and the resource's own),
  /// `include_services: true` to count service principals without a source-account
  /// condition as cross-account, `require_external_id: true` to hold for statements that
  /// admit other accounts with no `sts:ExternalId` condition (role trust policies). The
  /// reasons go into the evidence. An absent policy property is `not_evaluated`; a policy
  /// that does not parse is `not_evaluated` with the parser's message.
  static let resourcePolicyExposure = ConditionFunction(
    name: "resource_policy_exposure",
    summary: "The resource policy admits anyone (or, with cross_account, untrusted accounts); "
      + "conditions that restrict (VPC, endpoint, organization, account) are honoured.",
    pathArguments: ["policy"]
  ) { call in
    let (path, read) = policyRead(call)
    let document: JSONValue
    switch read {
    case .unknown(let reason): return .notEvaluated(reason)
    case .none: return ConditionFunction.Result(holds: false)
    case .value(let value): document = value
    }

    let options = ExposureOptions(call.arguments, account: call.resource.account)
    let exposure = ResourcePolicyExposure.analyze(
      policy: document, resourceAccount: call.resource.account,
      trustedAccounts: options.trusted)
    if case .notEvaluated(let reason) = exposure {
      return .notEvaluated("Not evaluated: \(path) of \(call.resource.name): \(reason).")
    }
    var result = judge(exposure, path: path, options: options)
    if options.requireExternalId, let parsed = try? PolicyDocument.parse(document) {
      let missing = statementsWithoutExternalId(parsed, options: options)
      if !missing.isEmpty {
        result.holds = true
        result.evidence.append(
          Evidence(
            path: "\(path) (no sts:ExternalId)", value: .array(missing.map(JSONValue.string))))
      }
    }
    return result
  }

  struct ExposureOptions {
    var crossAccount: Bool
    var includeServices: Bool
    var requireExternalId: Bool
    var trusted: Set<String>
    var account: String

    init(_ arguments: JSONValue, account: String) {
      self.account = account
      crossAccount = FunctionInputs.flag(arguments, "cross_account")
      includeServices = FunctionInputs.flag(arguments, "include_services")
      requireExternalId = FunctionInputs.flag(arguments, "require_external_id")
      trusted = Set(FunctionInputs.strings(arguments, "trusted_accounts")).union([account])
    }
  }

  /// The policy property named by `policy` (first present of a list), else the value at
  /// the rule's path.
  static func policyRead(_ call: ConditionFunction.Call) -> (String, PropertyRead) {
    let paths = FunctionInputs.strings(call.arguments, "policy")
    guard !paths.isEmpty else {
      guard let value = call.value else {
        return (
          "policy",
          .unknown(
            FunctionInputs.missingReason(
              ".", of: call.resource,
              in: call.inventory))
        )
      }
      return ("policy", value.isNull ? .none : .value(value))
    }
    var first: (String, PropertyRead)?
    for path in paths {
      let read = PropertyRead.read(path, of: call.resource, in: call.inventory)
      if case .unknown = read {
        first = first ?? (path, read)
        continue
      }
      return (path, read)
    }
    return first ?? (paths[0], .none)
  }

  static func judge(_ exposure: Exposure, path: String, options: ExposureOptions)
    -> ConditionFunction.Result
  {
    switch exposure {
    case .public(let reasons):
      let text = reasons.isEmpty ? ["Principal * with no restricting condition"] : reasons
      return ConditionFunction.Result(
        holds: true,
        evidence: [Evidence(path: "\(path) (public)", value: .array(text.map(JSONValue.string)))])
    case .crossAccount(let access):
      let outsiders =
        access.accounts + access.organizations + access.federated
        + (options.includeServices ? access.services : [])
      let evidence = Evidence(path: "\(path) (cross-account)", value: describe(access))
      return ConditionFunction.Result(
        holds: options.crossAccount && !outsiders.isEmpty, evidence: [evidence])
    case .restricted(let reasons):
      return ConditionFunction.Result(
        holds: false,
        evidence: [
          Evidence(path: "\(path) (restricted)", value: .array(reasons.map(JSONValue.string)))
        ])
    case .privateToAccount, .notEvaluated:
      return ConditionFunction.Result(holds: false)
    }
  }

  static func describe(_ access: CrossAccountAccess) -> JSONValue {
    var members: [String: JSONValue] = [:]
    let parts = [
      ("accounts", access.accounts), ("organizations", access.organizations),
      ("services", access.services), ("federated", access.federated),
    ]
    for (key, list) in parts where !list.isEmpty {
      members[key] = .array(list.map(JSONValue.string))
    }
    return .object(members)
  }

  /// Labels of Allow statements that admit another account (or anyone) with no
  /// positive `sts:ExternalId` condition.
  static func statementsWithoutExternalId(_ document: PolicyDocument, options: ExposureOptions)
    -> [String]
  {
    document.statements.filter { statement in
      guard statement.effect == .allow else { return false }
      let hasExternalId = statement.conditions.contains {
        $0.key.lowercased() == "sts:externalid" && !$0.op.negated && !$0.op.ifExists
      }
      guard !hasExternalId else { return false }
      let alone = PolicyDocument(version: document.version, statements: [statement])
      let exposure = ResourcePolicyExposure.analyze(
        document: alone, resourceAccount: options.account,
        trustedAccounts: options.trusted)
      switch exposure {
      case .public: return true
      case .crossAccount(let access): return !access.accounts.isEmpty
      default: return false
      }
    }.map(\.label)
  }
}
