import ParapetCore

/// Statement-level checks over IAM-style policy documents. These are deliberately simple
/// placeholders until the IAM policy engine exists: they look at one Allow statement at a
/// time, ignore Deny statements, NotPrincipal, NotAction and NotResource, and do not
/// evaluate Condition blocks (see docs/RULES.md).
enum PolicyStatementFunctions {
  /// `policy_allows_public_principal`: some Allow statement names Principal `"*"` or
  /// `{"AWS": "*"}` and has no Condition at all. A statement with any condition is treated
  /// as not public, so this misses conditions that do not really restrict access.
  static let publicPrincipal = ConditionFunction(
    name: "policy_allows_public_principal",
    summary: "An Allow statement with Principal \"*\" or {\"AWS\": \"*\"} and no Condition "
      + "(statement-level placeholder; conditions are not evaluated)."
  ) { value, _ in
    matchingStatements(in: value) { statement in
      isAllow(statement) && statement["Condition"] == nil && isPublic(statement["Principal"])
    }
  }

  /// `policy_grants_full_admin`: some Allow statement has Action `*` (or `*:*`) on
  /// Resource `*`, with or without conditions.
  static let fullAdmin = ConditionFunction(
    name: "policy_grants_full_admin",
    summary: "An Allow statement with Action \"*\" on Resource \"*\" (statement-level; "
      + "Not* elements and Deny statements are ignored)."
  ) { value, _ in
    matchingStatements(in: value) { statement in
      isAllow(statement) && strings(statement["Action"]).contains { $0 == "*" || $0 == "*:*" }
        && strings(statement["Resource"]).contains("*")
    }
  }

  private static func matchingStatements(
    in document: JSONValue?, where predicate: (JSONValue) -> Bool
  ) -> ConditionFunction.Result {
    let statements = document?["Statement"]?.arrayValue ?? []
    var evidence: [Evidence] = []
    for (index, statement) in statements.enumerated() where predicate(statement) {
      evidence.append(Evidence(path: "Statement[\(index)]", value: statement))
    }
    return ConditionFunction.Result(holds: !evidence.isEmpty, evidence: evidence)
  }

  private static func isAllow(_ statement: JSONValue) -> Bool {
    statement["Effect"]?.stringValue == "Allow"
  }

  private static func isPublic(_ principal: JSONValue?) -> Bool {
    if principal?.stringValue == "*" { return true }
    return strings(principal?["AWS"]).contains("*")
  }

  private static func strings(_ value: JSONValue?) -> [String] {
    (value?.arrayValue ?? []).compactMap(\.stringValue)
  }
}
