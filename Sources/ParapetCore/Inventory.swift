/// Everything one scan collected: the resources, indexed by type and id, and the failures
/// that left parts of it unknown.
public struct Inventory: Sendable {
  /// The provider account the scan ran against.
  public var account: String
  /// Regions the scan covered.
  public var regions: [String]
  /// Resources in collection order.
  public private(set) var resources: [Resource]
  /// Calls that failed, so checks over their data can say "not evaluated".
  public private(set) var failures: [CollectionFailure]

  private var byType: [String: [Int]] = [:]
  private var byId: [String: Int] = [:]

  /// An inventory holding `resources` and `failures`.
  public init(
    account: String, regions: [String], resources: [Resource] = [],
    failures: [CollectionFailure] = []
  ) {
    self.account = account
    self.regions = regions
    self.resources = []
    self.failures = failures
    for resource in resources { add(resource) }
  }

  /// Adds a resource; a second resource with the same id replaces the first.
  public mutating func add(_ resource: Resource) {
    if let index = byId[resource.id] {
      resources[index] = resource
      return
    }
    byId[resource.id] = resources.count
    byType[resource.type, default: []].append(resources.count)
    resources.append(resource)
  }

  /// Records a failed call.
  public mutating func record(_ failure: CollectionFailure) {
    failures.append(failure)
  }

  /// All resources of one type, in collection order.
  public func resources(ofType type: String) -> [Resource] {
    (byType[type] ?? []).map { resources[$0] }
  }

  /// The resource with this id, if collected.
  public func resource(id: String) -> Resource? {
    byId[id].map { resources[$0] }
  }

  /// Failures that leave data of `type` missing: for the whole type (no resource id) or,
  /// when `resourceId` is given, for that one resource.
  public func failures(affecting type: String, resourceId: String? = nil) -> [CollectionFailure] {
    failures.filter { failure in
      guard failure.resourceTypes.contains(type) else { return false }
      guard let id = failure.resourceId else { return true }
      return id == resourceId
    }
  }

  /// Resource types present, sorted.
  public var types: [String] { byType.keys.sorted() }
}
