import Dispatch
import Foundation
import ParapetCore

/// Runs a rule set over an inventory: every rule against every resource of its type, in
/// parallel, producing findings in a deterministic order (check id, then resource id).
public struct RuleEngine: Sendable {
  /// The rules run.
  public var rules: RuleSet
  /// The clock for age comparisons; injected so results are reproducible.
  public var now: Date
  /// Receives debug records about evaluation.
  public var logger: Logger

  /// An engine over `rules` with `now` as the current time.
  public init(rules: RuleSet, now: Date = Date(), logger: Logger = .disabled) {
    self.rules = rules
    self.now = now
    self.logger = logger
  }

  /// Findings for every rule on every matching resource, plus one `not_evaluated` finding
  /// per rule for each failed list call of its resource type.
  public func evaluate(_ inventory: Inventory) -> [Finding] {
    let prepared = rules.rules.map { PreparedRule($0, inventory) }
    let cache = RelatedCache()
    let memo = FunctionMemo()
    let units = workUnits(prepared, inventory)
    let collector = FindingCollector(count: units.count)

    DispatchQueue.concurrentPerform(iterations: units.count) { index in
      let unit = units[index]
      let rule = prepared[unit.rule]
      collector.store(
        unit.resources.compactMap { judge(rule, $0, inventory, cache: cache, memo: memo) },
        at: index)
    }

    // Units run rule by rule (rules sorted by id) over resources sorted by id and region,
    // so concatenating them in unit order is already the final order; only a rule with
    // list-failure placeholders needs its own segment sorted.
    let results = collector.results
    var findings: [Finding] = []
    findings.reserveCapacity(results.reduce(0) { $0 + $1.count })
    var unitIndex = 0
    for (ruleIndex, rule) in rules.rules.enumerated() {
      let segmentStart = findings.count
      while unitIndex < units.count, units[unitIndex].rule == ruleIndex {
        findings.append(contentsOf: results[unitIndex])
        unitIndex += 1
      }
      let placeholders = listFailureFindings(rule, inventory)
      guard !placeholders.isEmpty else { continue }
      findings.append(contentsOf: placeholders)
      findings[segmentStart...].sort(by: Self.order)
    }
    logger.debug(
      "rules evaluated",
      [
        "rules.count": "\(rules.rules.count)",
        "findings.count": "\(findings.count)",
      ])
    return findings
  }

  /// Judges one resource; nil when `applies_when` excludes it. `memo` caches what
  /// analysis functions compute once per inventory; pass the same one for one inventory.
  public func judge(
    _ rule: Rule, _ resource: Resource, _ inventory: Inventory, memo: FunctionMemo = FunctionMemo()
  ) -> Finding? {
    judge(PreparedRule(rule, inventory), resource, inventory, cache: nil, memo: memo)
  }

  private func judge(
    _ prepared: PreparedRule, _ resource: Resource, _ inventory: Inventory,
    cache: RelatedCache?, memo: FunctionMemo
  ) -> Finding? {
    let rule = prepared.rule
    if prepared.mayBeBlocked,
      let blocked = NotEvaluatedCheck.reason(prepared.reads, resource, inventory)
    {
      return finding(prepared, resource, .notEvaluated, message: blocked, evidence: [])
    }
    let scope = EvaluationScope(
      resource: resource, inventory: inventory, now: now, memo: memo, cache: cache)
    if let filter = rule.appliesWhen {
      let applies = filter.evaluate(in: scope)
      if let reason = applies.unknown {
        return finding(prepared, resource, .notEvaluated, message: reason, evidence: [])
      }
      guard applies.holds else { return nil }
    }

    let outcome = rule.condition.evaluate(in: scope)
    if let reason = outcome.unknown {
      return finding(prepared, resource, .notEvaluated, message: reason, evidence: [])
    }
    let evidence = Array(outcome.evidence.prefix(Self.evidenceLimit))
    let template = outcome.holds ? prepared.passMessage : prepared.failMessage
    let message = template.render(resource: resource, evidence: evidence)
    return finding(
      prepared, resource, outcome.holds ? .pass : .fail, message: message,
      evidence: evidence)
  }

  static let evidenceLimit = 20
  private static let chunkSize = 256

  private func workUnits(_ prepared: [PreparedRule], _ inventory: Inventory)
    -> [(rule: Int, resources: ArraySlice<Resource>)]
  {
    var units: [(rule: Int, resources: ArraySlice<Resource>)] = []
    var sortedByType: [String: [Resource]] = [:]
    for (index, rule) in prepared.enumerated() {
      let type = rule.rule.resourceType
      let resources =
        sortedByType[type]
        ?? inventory.resources(ofType: type).sorted {
          $0.id != $1.id ? $0.id < $1.id : $0.region < $1.region
        }
      sortedByType[type] = resources
      for start in stride(from: 0, to: resources.count, by: Self.chunkSize) {
        units.append((index, resources[start..<min(start + Self.chunkSize, resources.count)]))
      }
    }
    return units
  }

  private func listFailureFindings(_ rule: Rule, _ inventory: Inventory) -> [Finding] {
    NotEvaluatedCheck.listFailures(for: rule.resourceType, in: inventory).map { failure in
      let placeholder = Resource(
        id: "\(rule.resourceType)/*", type: rule.resourceType, account: inventory.account,
        region: failure.region, name: "*")
      let message =
        "Not evaluated: \(NotEvaluatedCheck.describe(failure)), so no "
        + "\(rule.resourceType) in \(failure.region) could be listed."
      return finding(
        PreparedRule(rule, inventory), placeholder, .notEvaluated, message: message,
        evidence: [])
    }
  }

  private func finding(
    _ prepared: PreparedRule, _ resource: Resource, _ status: Finding.Status, message: String,
    evidence: [Evidence]
  ) -> Finding {
    let rule = prepared.rule
    let snippets =
      status == .fail ? prepared.remediation.render(resource) : RemediationSnippets()
    return Finding(
      checkId: rule.id, checkTitle: rule.title, resourceId: resource.id,
      resourceType: resource.type, resourceName: resource.name, account: resource.account,
      region: resource.region, status: status, severity: rule.severity, message: message,
      evidence: evidence, remediation: rule.remediation.text, remediationSnippets: snippets,
      compliance: prepared.complianceTags)
  }

  private static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.checkId != rhs.checkId { return lhs.checkId < rhs.checkId }
    if lhs.resourceId != rhs.resourceId { return lhs.resourceId < rhs.resourceId }
    return lhs.region < rhs.region
  }
}

/// A rule with what every finding of it repeats worked out once: what it reads (for "not
/// evaluated"), whether any failure could block it, its compliance tags, and its parsed
/// messages and remediation snippets.
private struct PreparedRule: Sendable {
  let rule: Rule
  let reads: NotEvaluatedCheck.Reads
  let mayBeBlocked: Bool
  let complianceTags: [String]
  let remediation: RemediationTemplates
  let passMessage: MessageTemplate
  let failMessage: MessageTemplate

  init(_ rule: Rule, _ inventory: Inventory) {
    self.rule = rule
    reads = NotEvaluatedCheck.Reads(rule)
    mayBeBlocked = reads.mayBeBlocked(in: inventory)
    complianceTags = rule.complianceTags
    remediation = RemediationTemplates(rule.remediation)
    passMessage = MessageTemplate(rule.messages.pass)
    failMessage = MessageTemplate(rule.messages.fail)
  }
}

/// Per-work-unit results written by concurrent workers, each into its own slot.
private final class FindingCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [[Finding]]

  init(count: Int) {
    stored = Array(repeating: [], count: count)
  }

  func store(_ findings: [Finding], at index: Int) {
    lock.lock()
    stored[index] = findings
    lock.unlock()
  }

  var results: [[Finding]] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
