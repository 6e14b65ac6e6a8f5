import ParapetCore

/// Judges again the part of a scan that a change touched, keeping every other verdict: the
/// rules whose resource types changed (their own type, the types they relate to, and the
/// types their analysis functions read) run over the whole merged inventory, so a rule
/// about instances sees a security group that changed; every other rule's findings are
/// carried over from the earlier scan.
///
/// An earlier `not_evaluated` finding on a resource the change did not touch stays when the
/// resource lacks a property the rule reads: the store keeps no collection failures, so the
/// missing data would otherwise look like data that is absent and could pass.
public struct IncrementalEvaluation: Sendable {
  /// What a re-evaluation produced.
  public struct Outcome: Sendable {
    /// Every finding of the updated scan, in the rule engine's order.
    public var findings: [Finding]
    /// Ids of the rules judged again, sorted.
    public var rerunRules: [String]
    /// Findings carried over unchanged from the earlier scan.
    public var carried: Int
  }

  /// The engine holding every rule of the scan (the rules to run again are chosen from it).
  public var engine: RuleEngine

  /// An evaluation with `engine`'s rules, clock and logger.
  public init(engine: RuleEngine) {
    self.engine = engine
  }

  /// The rules whose verdicts a change of `touchedTypes` can change.
  public func rulesToRerun(touchedTypes: Set<String>) -> [Rule] {
    engine.rules.rules.filter { !$0.dependencyTypes.isDisjoint(with: touchedTypes) }
  }

  /// Re-judges `inventory` (the earlier inventory with the change laid over it) where
  /// `touchedTypes` changed; `previous` are the earlier scan's findings and `touchedIds`
  /// the resources read again or removed. `adjust` sees the fresh findings before they are
  /// merged (a mutelist marks accepted failures there).
  public func evaluate(
    _ inventory: Inventory, previous: [Finding], touchedIds: Set<String>,
    touchedTypes: Set<String>, adjust: ([Finding]) -> [Finding] = { $0 }
  ) -> Outcome {
    let rerun = rulesToRerun(touchedTypes: touchedTypes)
    let rerunIds = Set(rerun.map(\.id))
    var partial = engine
    partial.rules = RuleSet(rules: rerun)
    let fresh = adjust(partial.evaluate(inventory))

    let reads = Dictionary(uniqueKeysWithValues: rerun.map { ($0.id, NotEvaluatedCheck.Reads($0)) })
    var kept: Set<Key> = []
    var findings: [Finding] = []
    for finding in previous {
      guard rerunIds.contains(finding.checkId) else {
        let removed =
          touchedIds.contains(finding.resourceId)
          && inventory.resource(id: finding.resourceId) == nil
        if !removed { findings.append(finding) }
        continue
      }
      guard finding.status == .notEvaluated, !touchedIds.contains(finding.resourceId) else {
        continue
      }
      let resource = inventory.resource(id: finding.resourceId)
      let lacksData =
        resource.map { resource in
          (reads[finding.checkId]?.keys ?? []).contains { resource.properties[$0] == nil }
        } ?? true
      if lacksData {
        findings.append(finding)
        kept.insert(Key(finding))
      }
    }
    let carried = findings.count
    findings += fresh.filter { !kept.contains(Key($0)) }
    findings.sort { Key($0) < Key($1) }
    return Outcome(findings: findings, rerunRules: rerunIds.sorted(), carried: carried)
  }

  /// A finding's place: check, resource, region (list-failure placeholders repeat per
  /// region).
  private struct Key: Hashable, Comparable {
    let check: String
    let resource: String
    let region: String

    init(_ finding: Finding) {
      check = finding.checkId
      resource = finding.resourceId
      region = finding.region
    }

    static func < (lhs: Key, rhs: Key) -> Bool {
      (lhs.check, lhs.resource, lhs.region) < (rhs.check, rhs.resource, rhs.region)
    }
  }
}
