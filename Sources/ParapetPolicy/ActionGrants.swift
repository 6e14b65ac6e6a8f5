/// What a principal's identity policies grant for one action, judged statement by
/// statement without a concrete request: the shared ground of administrator detection
/// and escalation analysis.
struct ActionGrants {
  var policies: [PolicyDocument]

  /// Allow statements that grant `action` on some resource, with their policy.
  func allows(_ action: String) -> [(PolicyDocument, PolicyStatement)] {
    policies.flatMap { document in
      document.statements.filter {
        $0.effect == .allow && StatementMatcher.actionMatches($0.actions, action)
      }.map { (document, $0) }
    }
  }

  /// True when an unconditional Deny refuses `action` on every resource.
  func deniedEverywhere(_ action: String) -> Bool {
    policies.contains { document in
      document.statements.contains {
        $0.effect == .deny && $0.conditions.isEmpty && coversEverything($0.resources)
          && StatementMatcher.actionMatches($0.actions, action)
      }
    }
  }

  /// True when some unconditional Allow grants `action` on every resource and no
  /// unconditional Deny takes it back.
  func grantsEverywhere(_ action: String) -> Bool {
    guard !deniedEverywhere(action) else { return false }
    return allows(action).contains { $0.1.conditions.isEmpty && coversEverything($0.1.resources) }
  }

  /// The resource patterns `action` is granted on, minus those an unconditional Deny
  /// covers; NotResource grants read `* except a, b`.
  func resources(for action: String) -> [String] {
    guard !deniedEverywhere(action) else { return [] }
    let denied = policies.flatMap { document in
      document.statements.filter {
        $0.effect == .deny && $0.conditions.isEmpty
          && StatementMatcher.actionMatches($0.actions, action) && $0.resources?.negated == false
      }.flatMap { $0.resources?.patterns ?? [] }
    }.map { Glob(pattern: $0) }

    var result: [String] = []
    for (_, statement) in allows(action) {
      guard let list = statement.resources else {
        result.append("*")
        continue
      }
      if list.negated {
        result.append("* except " + list.patterns.joined(separator: ", "))
        continue
      }
      result += list.patterns.filter { pattern in !denied.contains { $0.matches(pattern) } }
    }
    return Array(Set(result)).sorted()
  }

  /// Whether a resource list admits every resource: absent, or a pattern of only `*`.
  func coversEverything(_ list: PatternList?) -> Bool {
    guard let list else { return true }
    return !list.negated && list.patterns.contains { Glob(pattern: $0).matchesEverything }
  }
}
