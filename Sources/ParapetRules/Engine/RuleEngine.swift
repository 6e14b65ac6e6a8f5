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
    let units = workUnits(inventory)
    let collector = FindingCollector()
    let memo = FunctionMemo()

    DispatchQueue.concurrentPerform(iterations: units.count) { index in
      let unit = units[index]
      let found = unit.resources.compactMap { judge(unit.rule, $0, inventory, memo: memo) }
      collector.append(found)
    }

    var findings = collector.findings
    for rule in rules.rules {
      findings += listFailureFindings(rule, inventory)
    }
    logger.debug(
      "rules evaluated",
      [
        "rules.count": "\(rules.rules.count)",
        "findings.count": "\(findings.count)",
      ])
    return findings.sorted(by: Self.order)
  }

  /// Judges one resource; nil when `applies_when` excludes it. `memo` caches what
  /// analysis functions compute once per inventory; pass the same one for one inventory.
  public func judge(
    _ rule: Rule, _ resource: Resource, _ inventory: Inventory, memo: FunctionMemo = FunctionMemo()
  ) -> Finding? {
    if let blocked = NotEvaluatedCheck.reason(rule, resource, inventory) {
      return finding(rule, resource, .notEvaluated, message: blocked, evidence: [])
    }
    let scope = EvaluationScope(resource: resource, inventory: inventory, now: now, memo: memo)
    if let filter = rule.appliesWhen {
      let applies = filter.evaluate(in: scope)
      if let reason = applies.unknown {
        return finding(rule, resource, .notEvaluated, message: reason, evidence: [])
      }
      guard applies.holds else { return nil }
    }

    let outcome = rule.condition.evaluate(in: scope)
    if let reason = outcome.unknown {
      return finding(rule, resource, .notEvaluated, message: reason, evidence: [])
    }
    let evidence = Array(outcome.evidence.prefix(Self.evidenceLimit))
    let template = outcome.holds ? rule.messages.pass : rule.messages.fail
    let message = MessageTemplate.render(template, resource: resource, evidence: evidence)
    return finding(
      rule, resource, outcome.holds ? .pass : .fail, message: message,
      evidence: evidence)
  }

  static let evidenceLimit = 20
  private static let chunkSize = 256

  private func workUnits(_ inventory: Inventory) -> [(rule: Rule, resources: ArraySlice<Resource>)]
  {
    var units: [(rule: Rule, resources: ArraySlice<Resource>)] = []
    for rule in rules.rules {
      let resources = inventory.resources(ofType: rule.resourceType)
      for start in stride(from: 0, to: resources.count, by: Self.chunkSize) {
        units.append((rule, resources[start..<min(start + Self.chunkSize, resources.count)]))
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
      return finding(rule, placeholder, .notEvaluated, message: message, evidence: [])
    }
  }

  private func finding(
    _ rule: Rule, _ resource: Resource, _ status: Finding.Status, message: String,
    evidence: [Evidence]
  ) -> Finding {
    Finding(
      checkId: rule.id, checkTitle: rule.title, resourceId: resource.id,
      resourceType: resource.type, resourceName: resource.name, account: resource.account,
      region: resource.region, status: status, severity: rule.severity, message: message,
      evidence: evidence, remediation: rule.remediation.text, compliance: rule.complianceTags)
  }

  private static func order(_ lhs: Finding, _ rhs: Finding) -> Bool {
    if lhs.checkId != rhs.checkId { return lhs.checkId < rhs.checkId }
    if lhs.resourceId != rhs.resourceId { return lhs.resourceId < rhs.resourceId }
    return lhs.region < rhs.region
  }
}

/// Gathers findings from concurrent workers.
private final class FindingCollector: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Finding] = []

  func append(_ findings: [Finding]) {
    lock.lock()
    stored += findings
    lock.unlock()
  }

  var findings: [Finding] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
