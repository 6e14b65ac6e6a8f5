import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetRules

/// Plans, applies, verifies and undoes fixes for failing findings.
///
/// Planning collects the findings' resources afresh (so plans start from current state,
/// and a resource fixed since the scan plans no calls). Applying sends each plan's calls,
/// appends one audit entry per resource, then re-collects the touched services and
/// re-evaluates each finding's check on the re-collected resource.
public struct Remediator: Sendable {
  /// The client every call goes through.
  public var client: any AWSCalling
  /// The account fixed.
  public var account: String
  /// ARN partition.
  public var partition: String
  /// Region for global services.
  public var homeRegion: String
  /// Checks used to re-evaluate fixed resources.
  public var rules: RuleSet
  /// Fixers available.
  public var catalog: FixerCatalog
  /// User choices for fixers that need them.
  public var options: FixOptions
  /// The clock, for audit times and age thresholds.
  public var now: @Sendable () -> Date

  /// A remediator; see the properties.
  public init(
    client: any AWSCalling, account: String, partition: String = "aws", homeRegion: String,
    rules: RuleSet, catalog: FixerCatalog = .builtin, options: FixOptions = FixOptions(),
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.client = client
    self.account = account
    self.partition = partition
    self.homeRegion = homeRegion
    self.rules = rules
    self.catalog = catalog
    self.options = options
    self.now = now
  }

  /// Plans a fix for every failing finding; findings of one fixer on one resource share a
  /// plan. Findings that are not failing are ignored.
  public func plan(_ findings: [Finding]) async -> [PlannedFix] {
    let failing = findings.filter { $0.status == .fail }
    let fixable = failing.filter { catalog.fixer(forCheck: $0.checkId) != nil }
    let inventory = await collect(
      fixable.compactMap { catalog.fixer(forCheck: $0.checkId) },
      findings: fixable)
    let context = FixContext(
      client: client, account: account, partition: partition, homeRegion: homeRegion,
      options: options, now: now())

    var planned: [PlannedFix] = []
    var byKey: [String: Int] = [:]
    for finding in failing {
      guard let fixer = catalog.fixer(forCheck: finding.checkId) else {
        planned.append(
          PlannedFix(
            findings: [finding], plan: nil,
            problem: "no fixer for check \(finding.checkId); see docs/REMEDIATION.md"))
        continue
      }
      let key = fixer.id + "\u{0}" + finding.resourceId
      if let index = byKey[key] {
        planned[index].findings.append(finding)
        continue
      }
      byKey[key] = planned.count
      planned.append(await planOne(finding, fixer, inventory, context))
    }
    return planned
  }

  private func planOne(
    _ finding: Finding, _ fixer: any Fixer, _ inventory: Inventory, _ context: FixContext
  ) async -> PlannedFix {
    guard let resource = inventory.resource(id: finding.resourceId) else {
      return PlannedFix(
        findings: [finding], plan: nil,
        problem: "resource \(finding.resourceId) was not found when collected again; it may "
          + "be gone, or its service could not be read (run with --log-level info)")
    }
    do {
      let plan = try await fixer.plan(for: finding, resource: resource, context: context)
      return PlannedFix(findings: [finding], plan: plan, problem: nil)
    } catch {
      return PlannedFix(
        findings: [finding], plan: nil, problem: "planning failed: \(error)")
    }
  }

  /// Applies every plan with calls, appending one audit entry per resource to `log`, then
  /// re-collects and re-evaluates. `who` is the caller identity ARN for the audit log.
  public func apply(_ planned: [PlannedFix], who: String, log: AuditLog) async throws
    -> [FixReport]
  {
    var attempted: [(PlannedFix, CallsOutcome?, String?)] = []
    for item in planned {
      guard let plan = item.plan, !plan.calls.isEmpty,
        let fixer = catalog.fixer(id: plan.fixer)
      else {
        attempted.append((item, nil, nil))
        continue
      }
      let outcome = await fixer.apply(plan, client: client)
      let entry = AuditEntry(time: now(), who: who, plan: plan, outcome: outcome)
      try log.append(entry)
      attempted.append((item, outcome, entry.id))
    }

    let fixers = planned.compactMap { $0.plan.flatMap { catalog.fixer(id: $0.fixer) } }
    let inventory = await collect(fixers, findings: planned.flatMap(\.findings))
    let engine = RuleEngine(rules: rules, now: now())
    return attempted.flatMap { item, outcome, entryId in
      item.findings.map { finding in
        FixReport(
          finding: finding,
          verdict: verdict(finding, item, outcome, inventory, engine),
          auditEntryId: entryId)
      }
    }
  }

  private func verdict(
    _ finding: Finding, _ item: PlannedFix, _ outcome: CallsOutcome?, _ inventory: Inventory,
    _ engine: RuleEngine
  ) -> FixVerdict {
    guard let plan = item.plan else { return .notApplied(item.problem ?? "no plan") }
    if let blocked = plan.blocked { return .notApplied(blocked) }
    if let failure = outcome?.failure {
      return .failedToApply("\(failure.call.service):\(failure.call.operation): \(failure.error)")
    }
    guard let rule = rules.rule(id: finding.checkId) else {
      return .notVerified("check \(finding.checkId) is not loaded, so it cannot be re-evaluated")
    }
    guard let resource = inventory.resource(id: finding.resourceId) else {
      return .notVerified("resource \(finding.resourceId) was not found when collected again")
    }
    guard let judged = engine.judge(rule, resource, inventory) else { return .fixed }
    switch judged.status {
    case .pass: return .fixed
    case .fail, .muted: return .stillFailing(judged.message)
    case .notEvaluated: return .notVerified(judged.message)
    }
  }

  /// Restores what audit entry `id` changed, appends an undo entry, and returns it.
  public func undo(entryId id: String, who: String, log: AuditLog) async throws -> AuditEntry {
    let (entry, fixer) = try Self.undoable(entryId: id, in: log, catalog: catalog)
    let outcome = await fixer.undo(entry, client: client)
    let undone = AuditEntry(undoing: entry, time: now(), who: who, outcome: outcome)
    try log.append(undone)
    return undone
  }

  /// Audit entry `id` of `log` and the fixer that undoes it, or an error naming the entry
  /// (and the log, when the entry is not there) when it cannot be undone. Makes no call, so
  /// a caller can check an undo before asking the user to confirm it.
  public static func undoable(
    entryId id: String, in log: AuditLog, catalog: FixerCatalog = .builtin
  ) throws -> (AuditEntry, any Fixer) {
    let entry = try log.entry(id: id)
    guard let fixer = catalog.fixer(id: entry.fixer) else {
      throw RemediationError("audit entry \(id) names unknown fixer '\(entry.fixer)'")
    }
    guard entry.undoOf == nil else {
      throw RemediationError("entry \(id) is itself an undo; apply the fix again instead")
    }
    guard !entry.undoCalls.isEmpty else {
      throw RemediationError(
        "entry \(id) cannot be undone: \(entry.undoUnavailable ?? "it recorded no undo calls")")
    }
    return (entry, fixer)
  }

  /// Collects the services `fixers` need in the findings' regions (global ones in the
  /// home region).
  public func collect(_ fixers: [any Fixer], findings: [Finding]) async -> Inventory {
    let services = Set(fixers.flatMap(\.recollect))
    let collectors = AccountScanner.allCollectors.filter { services.contains($0.service) }
    var regions = Set(findings.map(\.region).filter { AWSRegions.isKnown($0) })
    if regions.isEmpty { regions.insert(homeRegion) }
    let context = CollectionContext(client: client, account: account, partition: partition)
    return await AccountScanner(collectors: collectors).scan(
      context: context, regions: regions.sorted(), homeRegion: homeRegion)
  }
}

/// A fix request that cannot be carried out as asked.
public struct RemediationError: Error, CustomStringConvertible, Sendable {
  /// What is wrong and what to do.
  public var description: String

  /// An error saying `description`.
  public init(_ description: String) {
    self.description = description
  }
}
