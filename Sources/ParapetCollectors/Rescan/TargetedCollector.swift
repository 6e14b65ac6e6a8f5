import ParapetCore

/// A collector that can read given resources again without listing its whole service:
/// the rescan's way to judge a change in seconds. Each resource comes back exactly as the
/// full collection writes it (same calls, same enrichment, same shape), so a rescan and a
/// scan of an unchanged resource store the same body.
public protocol TargetedCollector: Collector {
  /// Resource types read one by one; `aws.account` or `aws.region` when the collector
  /// also reads its account or region facts one by one.
  var targetedTypes: Set<String> { get }

  /// Reads `targets` (of this service, of `targetedTypes`) again; `region` is the region
  /// to call, as for `collect(in:context:)`.
  func collect(
    targets: [ResourceTarget], in region: String, context: CollectionContext
  ) async -> TargetedOutput
}

/// What a targeted collection found.
public struct TargetedOutput: Sendable {
  /// Resources read again, resources found gone, facts read again and failed calls.
  public var patch = InventoryPatch()
  /// Targets whose own read failed: their earlier state stands, and the failure is in
  /// `patch.failures`.
  public var unreadable: [ResourceTarget] = []

  /// An empty output.
  public init() {}

  /// Settles one target's list or describe call: returns what was found; nothing found
  /// means the resource with id `gone` is gone, and a failure leaves the target
  /// unreadable.
  mutating func settle<Item: Sendable>(
    _ target: ResourceTarget, _ fetched: Fetch<[Item]>, gone: String
  ) -> [Item] {
    switch fetched {
    case .found(let resources) where !resources.isEmpty: return resources
    case .found, .absent: patch.removedIds.insert(gone)
    case .failed(let failure):
      patch.failures.append(failure)
      unreadable.append(target)
    }
    return []
  }

  /// Settles targets read together by one listing: `output` holds what it found; a target
  /// whose resource (id `arn(target.id)`) is missing is gone, unless the listing itself
  /// failed, which leaves it unreadable.
  mutating func settle(
    _ targets: [ResourceTarget], listedIn output: CollectorOutput, arn: (String) -> String
  ) {
    let listingFailed = output.failures.contains { $0.property == nil && $0.resourceId == nil }
    let found = Set(output.resources.map(\.id))
    patch.resources += output.resources
    patch.failures += output.failures
    for target in targets where !found.contains(arn(target.id)) {
      if listingFailed {
        unreadable.append(target)
      } else {
        patch.removedIds.insert(arn(target.id))
      }
    }
  }

  /// Adds an enriched resource and the failures of its enrichment calls.
  mutating func add(_ resource: Resource, failures: [CollectionFailure]) {
    patch.resources.append(resource)
    patch.failures += failures
  }

  /// Records facts read with `enrichment` (a key missing from its properties failed).
  mutating func addFacts(_ enrichment: Enrichment, keys: [String], region: String?) {
    let read = enrichment.properties.objectValue ?? [:]
    for key in keys {
      patch.facts.append(InventoryPatch.Fact(region: region, key: key, value: read[key]))
    }
    patch.failures += enrichment.failures
  }
}
