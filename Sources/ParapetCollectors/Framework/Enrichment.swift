import ParapetAWS
import ParapetCore

/// Builds one resource's properties from its list item plus enrichment calls, collecting the
/// failures on the way. Absent things become `null` under their key; failed calls leave the
/// key out, which is how checks know the data is missing.
public struct Enrichment: Sendable {
  /// The properties so far.
  public var properties: JSONValue
  /// Failed enrichment calls.
  public var failures: [CollectionFailure] = []

  /// Starts from a list item.
  public init(_ item: JSONValue) {
    self.properties = item.objectValue == nil ? .object([:]) : item
  }

  /// Calls `body` and stores its result under `key`: the value when found, null when absent,
  /// nothing when the call failed.
  public mutating func fill(
    _ key: String, _ site: CallSite, _ body: () async throws -> JSONValue
  ) async {
    var site = site
    site.property = key
    switch await fetch(site, body) {
    case .found(let value): properties = properties.setting(key, to: value)
    case .absent: properties = properties.setting(key, to: .null)
    case .failed(let failure): failures.append(failure)
    }
  }
}

/// Maps `items` through `transform` with at most `limit` running at once, keeping order.
public func boundedMap<Item: Sendable, Output: Sendable>(
  _ items: [Item], limit: Int, _ transform: @escaping @Sendable (Item) async -> Output
) async -> [Output] {
  guard !items.isEmpty else { return [] }

  return await withTaskGroup(of: (Int, Output).self) { group in
    var results = [Output?](repeating: nil, count: items.count)
    var next = 0
    for _ in 0..<min(max(limit, 1), items.count) {
      let index = next
      group.addTask { (index, await transform(items[index])) }
      next += 1
    }
    for await (index, output) in group {
      results[index] = output
      if next < items.count {
        let index = next
        group.addTask { (index, await transform(items[index])) }
        next += 1
      }
    }
    return results.compactMap { $0 }
  }
}
