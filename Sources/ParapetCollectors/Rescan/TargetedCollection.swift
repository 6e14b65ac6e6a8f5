import ParapetCore

/// One collector run of a rescan: given targets read one by one, or the whole service in a
/// region when the collector cannot read them one by one.
public struct RecollectionStep: Sendable {
  /// The collector.
  public var collector: any Collector
  /// The region called (the home region for a global service).
  public var region: String
  /// The targets this step reads.
  public var targets: [ResourceTarget]
  /// Why the whole service is read again; nil for a targeted read.
  public var wholeServiceReason: String?

  /// `global` for a global service, else the region.
  public var regionLabel: String { collector.scope == .global ? "global" : region }
}

/// What the steps of a rescan read.
public struct RecollectionResult: Sendable {
  /// Everything read, to lay over the previous inventory.
  public var patch = InventoryPatch()
  /// Targets whose own read failed; their earlier state stands.
  public var unreadable: [ResourceTarget] = []
}

/// Plans and runs the re-collection of what change events touched: targeted reads where
/// the collector supports them, else the collector's full run in that region (IAM always:
/// one GetAccountAuthorizationDetails and a few account calls cover it).
public enum TargetedCollection {
  /// Groups `targets` into steps, one per collector and region called.
  public static func plan(
    _ targets: [ResourceTarget], collectors: [any Collector] = AccountScanner.allCollectors,
    homeRegion: String
  ) -> [RecollectionStep] {
    var grouped: [String: (collector: any Collector, region: String, targets: [ResourceTarget])] =
      [:]
    for target in targets.sorted() {
      guard let collector = collectors.first(where: { $0.service == target.service }) else {
        continue
      }
      let region = collector.scope == .global ? homeRegion : target.region
      let key = collector.service + " " + region
      grouped[key, default: (collector, region, [])].targets.append(target)
    }

    return grouped.keys.sorted().compactMap { key in
      guard let group = grouped[key] else { return nil }
      return RecollectionStep(
        collector: group.collector, region: group.region, targets: group.targets,
        wholeServiceReason: wholeServiceReason(group.collector, group.targets))
    }
  }

  /// Runs `steps`, at most `concurrency` at once, and gathers what they read.
  public static func run(
    _ steps: [RecollectionStep], context: CollectionContext, concurrency: Int = 6
  ) async -> RecollectionResult {
    let outputs = await boundedMap(steps, limit: concurrency) { step -> TargetedOutput in
      if step.wholeServiceReason == nil, let targeted = step.collector as? any TargetedCollector {
        return await targeted.collect(targets: step.targets, in: step.region, context: context)
      }
      let output = await step.collector.collect(in: step.region, context: context)
      var whole = TargetedOutput()
      whole.patch = wholeServicePatch(output, collector: step.collector, region: step.region)
      return whole
    }

    var result = RecollectionResult()
    for output in outputs {
      result.patch.merge(output.patch)
      result.unreadable += output.unreadable
    }
    return result
  }

  /// Why `targets` need the collector's full run, or nil when it can read them one by one.
  static func wholeServiceReason(_ collector: any Collector, _ targets: [ResourceTarget])
    -> String?
  {
    guard let targeted = collector as? any TargetedCollector else {
      return "\(collector.service) has no targeted collection"
    }
    if targets.contains(where: \.isWholeService) {
      return "an event named no single \(collector.service) resource"
    }
    if let other = targets.first(where: { !targeted.targetedTypes.contains($0.type) }) {
      return "\(other.type) has no targeted collection"
    }
    return nil
  }

  /// A full collector run as a patch: its listing replaces every resource of its types in
  /// the region (anywhere, for a global service), except types whose listing failed, which
  /// keep their earlier resources; its facts replace the earlier ones, and a fact whose call
  /// failed is dropped.
  static func wholeServicePatch(
    _ output: CollectorOutput, collector: any Collector, region: String
  ) -> InventoryPatch {
    var patch = InventoryPatch()
    patch.resources = output.resources
    patch.failures = output.failures

    let unlisted = Set(
      output.failures.filter { $0.property == nil && $0.resourceId == nil }
        .flatMap(\.resourceTypes))
    let types = Set(collector.resourceTypes)
      .subtracting(["aws.account", "aws.region"]).subtracting(unlisted)
    if !types.isEmpty {
      patch.slices.append(
        InventoryPatch.Slice(types: types, region: collector.scope == .global ? nil : region))
    }

    for (factType, factRegion, facts) in [
      ("aws.account", nil, output.accountFacts), ("aws.region", region, output.regionFacts),
    ] as [(String, String?, [String: JSONValue])] {
      for (key, value) in facts.sorted(by: { $0.key < $1.key }) {
        patch.facts.append(InventoryPatch.Fact(region: factRegion, key: key, value: value))
      }
      for failure in output.failures where failure.resourceTypes.contains(factType) {
        guard let key = failure.property, facts[key] == nil else { continue }
        patch.facts.append(InventoryPatch.Fact(region: factRegion, key: key, value: nil))
      }
    }
    return patch
  }
}
