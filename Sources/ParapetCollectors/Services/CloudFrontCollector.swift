import ParapetAWS
import ParapetCore

/// Reads CloudFront distributions (global): the ListDistributions summary at the top level
/// (cache behaviours, origins, viewer certificate, web ACL) and the full
/// `DistributionConfig` (which alone carries `Logging` and `DefaultRootObject`), with tags.
/// A distribution is named by its `Name` tag, else its id.
///
/// CloudFront's XML wraps every list as `{Quantity, Items: {Member: ...}}`; the tree is
/// reshaped to the SDK's `{Quantity, Items: [...]}`, `Items` always present.
public struct CloudFrontCollector: Collector {
  /// `cloudfront`.
  public let service = "cloudfront"
  /// Distributions.
  public let resourceTypes = ["aws.cloudfront.distribution"]
  /// One endpoint for the account.
  public let scope = CollectorScope.global

  /// A CloudFront collector.
  public init() {}

  /// Collects distributions; `region` is the signing region.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "cloudfront", region: "global", operation: operation,
        resourceTypes: resourceTypes, resourceId: id)
    }
    @Sendable func get(_ operation: String, _ path: String, _ query: [String: String] = [:])
      async throws -> JSONValue
    {
      Self.normalize(
        Shapes.document(
          try await client.restXML(
            .cloudfront, region: region, operation: operation, path: path, query: query)))
    }

    let listing = await fetch(site("ListDistributions")) {
      var items: [JSONValue] = []
      var query: [String: String] = [:]
      var seen: Set<String> = []
      for _ in 0..<10_000 {
        let page = try await get("ListDistributions", "/2020-05-31/distribution", query)
        items += page["Items"]?.arrayValue ?? []
        guard let marker = page["NextMarker"]?.stringValue, !marker.isEmpty,
          seen.insert(marker).inserted
        else { break }
        query["Marker"] = marker
      }
      return items
    }
    guard let items = output.keep(listing) else { return output }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let id = item["Id"]?.stringValue ?? ""
      let arn =
        item["ARN"]?.stringValue
        ?? "arn:\(context.partition):cloudfront::\(context.account):distribution/\(id)"
      var distribution = Enrichment(item)
      await distribution.fill("DistributionConfig", site("GetDistributionConfig", id: arn)) {
        try await get("GetDistributionConfig", "/2020-05-31/distribution/\(id)/config")
      }
      let tagged = await fetch(site("ListTagsForResource", id: arn)) {
        try await get("ListTagsForResource", "/2020-05-31/tagging", ["Resource": arn])
      }
      let tags = Shapes.tags(tagged.value?.value(at: "Items"))
      let resource = Resource(
        id: arn, type: "aws.cloudfront.distribution", account: context.account,
        region: "global", name: tags["Name"] ?? id, tags: tags,
        properties: distribution.properties)
      return (resource, distribution.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  /// CloudFront's XML lists in the SDK shape: in every object with `Quantity` or `Items`,
  /// `Items` becomes the array of its member elements (`[]` when there are none).
  static func normalize(_ node: JSONValue) -> JSONValue {
    switch node {
    case .object(var members):
      for (key, value) in members { members[key] = normalize(value) }
      guard members["Quantity"] != nil || members["Items"] != nil else {
        return .object(members)
      }
      let items = members["Items"] ?? .null
      if case .object(let wrapper) = items, wrapper.count == 1, let only = wrapper.values.first {
        members["Items"] = .array(Shapes.list(only))
      } else if case .array = items {
        members["Items"] = items
      } else {
        members["Items"] = .array(Shapes.list(items))
      }
      return .object(members)
    case .array(let items):
      return .array(items.map(normalize))
    default:
      return node
    }
  }
}
