/// What a rescan re-read, to lay over an earlier scan's inventory: resources re-read one by
/// one, resources found gone, slices re-listed whole (a service re-collected in a region,
/// where whatever the new listing lacks is gone), account and region facts re-read, and
/// the calls that failed on the way.
public struct InventoryPatch: Sendable {
  /// Every resource of `types` in `region` (or in any region when nil), re-listed whole.
  public struct Slice: Sendable, Hashable {
    /// The resource types the listing covers.
    public var types: Set<String>
    /// The region listed, or nil for a global listing (S3's bucket list, IAM).
    public var region: String?

    /// A slice of `types` in `region`.
    public init(types: Set<String>, region: String?) {
      self.types = types
      self.region = region
    }

    /// Whether `resource` belongs to this slice.
    public func contains(_ resource: Resource) -> Bool {
      types.contains(resource.type) && (region == nil || region == resource.region)
    }
  }

  /// One fact of the account resource (`aws.account`) or of a region resource
  /// (`aws.region`), such as the account's S3 public access block.
  public struct Fact: Sendable, Hashable {
    /// The region whose `aws.region` resource holds the fact; nil for `aws.account`.
    public var region: String?
    /// The property key, such as `S3PublicAccessBlock`.
    public var key: String
    /// The value read again; nil when the call failed, which drops the key so that the
    /// checks reading it see it missing (and a failure in `failures` explains why).
    public var value: JSONValue?

    /// A fact re-read as `value`.
    public init(region: String?, key: String, value: JSONValue?) {
      self.region = region
      self.key = key
      self.value = value
    }
  }

  /// Resources read again; each replaces the resource with its id, or is added.
  public var resources: [Resource] = []
  /// Ids of resources found gone.
  public var removedIds: Set<String> = []
  /// Slices re-listed whole.
  public var slices: [Slice] = []
  /// Facts read again.
  public var facts: [Fact] = []
  /// Calls that failed while re-reading.
  public var failures: [CollectionFailure] = []

  /// An empty patch.
  public init() {}

  /// Adds another patch's contents.
  public mutating func merge(_ other: InventoryPatch) {
    resources += other.resources
    removedIds.formUnion(other.removedIds)
    slices += other.slices
    facts += other.facts
    failures += other.failures
  }
}

/// An inventory with a patch laid over it, and what the patch touched.
public struct PatchedInventory: Sendable {
  /// The merged inventory.
  public var inventory: Inventory
  /// Ids of resources the patch added.
  public var added: [String]
  /// Ids of resources read again whose content changed.
  public var changed: [String]
  /// Ids of resources read again and found unchanged.
  public var unchanged: [String]
  /// Ids of resources the patch removed.
  public var removed: [String]
  /// Ids of the account and region resources whose facts were read again.
  public var factResources: [String]

  /// Every id the patch touched: whatever was added, read again, removed, or had facts
  /// read again. Checks over these resources must be judged again.
  public var touchedIds: Set<String> {
    Set(added + changed + unchanged + removed + factResources)
  }
}

extension Inventory {
  /// This inventory with `patch` laid over it. Resources keep their order; new ones go at
  /// the end. Failures of this inventory about a touched resource, or a failed listing of a
  /// re-listed slice, give way to the patch's failures.
  public func applying(_ patch: InventoryPatch) -> PatchedInventory {
    var fresh: [String: Resource] = [:]
    for resource in patch.resources { fresh[resource.id] = resource }
    var result = PatchedInventory(
      inventory: self, added: [], changed: [], unchanged: [], removed: [], factResources: [])

    var merged: [Resource] = []
    var seen: Set<String> = []
    for old in resources {
      seen.insert(old.id)
      if let new = fresh[old.id] {
        let updated = patch.facts.isEmpty ? new : Self.withFacts(new, patch.facts)
        merged.append(updated)
        if updated == old { result.unchanged.append(old.id) } else { result.changed.append(old.id) }
      } else if patch.removedIds.contains(old.id)
        || patch.slices.contains(where: {
          $0.contains(old)
        })
      {
        result.removed.append(old.id)
      } else {
        let updated = Self.withFacts(old, patch.facts)
        if updated != old { result.factResources.append(old.id) }
        merged.append(updated)
      }
    }
    for resource in patch.resources where !seen.contains(resource.id) {
      seen.insert(resource.id)
      merged.append(resource)
      result.added.append(resource.id)
    }

    let touched = result.touchedIds
    let kept = failures.filter { failure in
      if let id = failure.resourceId { return !touched.contains(id) }
      return !patch.slices.contains { slice in
        failure.property == nil && !slice.types.isDisjoint(with: failure.resourceTypes)
          && (slice.region == nil || slice.region == failure.region)
      }
    }
    result.inventory = Inventory(
      account: account, regions: regions, resources: merged, failures: kept + patch.failures)
    return result
  }

  /// `resource` with the facts that belong to it set or dropped; other resources as they
  /// are.
  private static func withFacts(_ resource: Resource, _ facts: [InventoryPatch.Fact]) -> Resource {
    let mine = facts.filter { fact in
      switch fact.region {
      case nil: return resource.type == "aws.account"
      case let region?: return resource.type == "aws.region" && resource.region == region
      }
    }
    guard !mine.isEmpty, var members = resource.properties.objectValue else { return resource }
    for fact in mine { members[fact.key] = fact.value }
    var updated = resource
    updated.properties = .object(members)
    return updated
  }
}
