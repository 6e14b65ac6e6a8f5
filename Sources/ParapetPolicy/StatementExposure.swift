/// Classifies one `Allow` statement of a resource policy; see `ResourcePolicyExposure`.
struct StatementExposure {
  var document: PolicyDocument
  var trusted: Set<String>
  var trustedOrganizations: Set<String>

  func classify(_ statement: PolicyStatement) -> Exposure {
    guard let principals = statement.principals else { return .privateToAccount }
    var restriction = ExposureRestriction.from(statement.conditions, effect: .allow)
    for deny in coveringDenies(statement) {
      let extra = ExposureRestriction.from(deny.conditions, effect: .deny)
      restriction.reasons += extra.reasons.map { "\(deny.label) (Deny): \($0)" }
      restriction.organizations += extra.organizations
      if let accounts = extra.accounts {
        restriction.accounts =
          restriction.accounts.map {
            Array(Set($0).intersection(accounts)).sorted()
          } ?? accounts
      }
    }

    if principals.negated || principals.entries.contains(.anyone) {
      return anyone(statement, restriction)
    }
    return principals.entries.map { named($0, restriction) }.reduce(.privateToAccount) {
      merge($0, $1)
    }
  }

  /// A wildcard principal: public unless something restricts it.
  private func anyone(_ statement: PolicyStatement, _ restriction: ExposureRestriction)
    -> Exposure
  {
    if let accounts = restriction.accounts {
      return grant(toAccounts: accounts)
    }
    if !restriction.organizations.isEmpty {
      let outside = restriction.organizations.filter { !trustedOrganizations.contains($0) }
      if !trustedOrganizations.isEmpty, !outside.isEmpty {
        return .crossAccount(CrossAccountAccess(organizations: outside))
      }
      let list = restriction.organizations.joined(separator: ", ")
      return .restricted(reasons: ["callers limited to organization \(list)"] + restriction.reasons)
    }
    if !restriction.reasons.isEmpty {
      return .restricted(reasons: restriction.reasons)
    }
    let who = statement.principals?.negated == true ? "NotPrincipal" : "Principal \"*\""
    return .public(reasons: ["\(statement.label) allows \(who) without a restricting condition"])
  }

  /// A named principal: its account, or the service's source account.
  private func named(_ entry: PrincipalEntry, _ restriction: ExposureRestriction) -> Exposure {
    switch entry {
    case .anyone:
      return .privateToAccount
    case .aws(let value):
      guard let account = PrincipalEntry.account(of: value) else {
        return .crossAccount(CrossAccountAccess(accounts: [value]))
      }
      return grant(toAccounts: [account])
    case .service(let name):
      if let accounts = restriction.accounts { return grant(toAccounts: accounts) }
      if !restriction.organizations.isEmpty || !restriction.reasons.isEmpty {
        let list = restriction.organizations.map { "organization \($0)" } + restriction.reasons
        return .restricted(reasons: ["service \(name) limited: " + list.joined(separator: "; ")])
      }
      return .crossAccount(CrossAccountAccess(services: [name]))
    case .federated(let provider):
      return .crossAccount(CrossAccountAccess(federated: [provider]))
    case .canonicalUser(let id):
      return .crossAccount(CrossAccountAccess(accounts: [id]))
    }
  }

  private func grant(toAccounts accounts: [String]) -> Exposure {
    let outside = accounts.filter { !trusted.contains($0) }
    return outside.isEmpty
      ? .privateToAccount : .crossAccount(CrossAccountAccess(accounts: outside))
  }

  private func merge(_ lhs: Exposure, _ rhs: Exposure) -> Exposure {
    switch (lhs, rhs) {
    case (.crossAccount(let left), .crossAccount(let right)):
      return .crossAccount(
        CrossAccountAccess(
          accounts: left.accounts + right.accounts,
          organizations: left.organizations + right.organizations,
          services: left.services + right.services, federated: left.federated + right.federated))
    case (.privateToAccount, _): return rhs
    default: return lhs
    }
  }

  /// Deny statements that refuse everyone outside a restriction, for everything `allow`
  /// grants.
  private func coveringDenies(_ allow: PolicyStatement) -> [PolicyStatement] {
    document.statements.filter { deny in
      deny.effect == .deny
        && (deny.principals == nil || deny.principals?.admitsAnyone == true)
        && ExposureRestriction.isPureDenyRestriction(deny.conditions)
        && covers(deny.actions, allow.actions, caseInsensitive: true)
        && covers(deny.resources, allow.resources, caseInsensitive: false)
    }
  }

  /// Whether every item `inner` names is also named by `outer`, judged by matching the
  /// inner patterns as text against the outer ones.
  private func covers(_ outer: PatternList?, _ inner: PatternList?, caseInsensitive: Bool) -> Bool {
    guard let outer else { return true }
    guard !outer.negated else { return false }
    let globs = outer.patterns.map {
      caseInsensitive ? Glob(pattern: $0).lowercased() : Glob(pattern: $0)
    }
    if globs.contains(where: \.matchesEverything) { return true }
    guard let inner, !inner.negated else { return false }
    return inner.patterns.allSatisfy { pattern in
      let text = caseInsensitive ? pattern.lowercased() : pattern
      return globs.contains { $0.matches(text) }
    }
  }
}
