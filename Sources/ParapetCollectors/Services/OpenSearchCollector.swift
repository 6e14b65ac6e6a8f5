import ParapetAWS
import ParapetCore

/// Reads a region's OpenSearch Service domains (OpenSearch and Elasticsearch engines):
/// DescribeDomains' `DomainStatus` fields at the top level with `AccessPolicies` decoded,
/// and tags. DescribeDomains takes five names a call; a failed batch is a failure on each
/// of its domains with no property.
public struct OpenSearchCollector: Collector {
  /// `opensearch`.
  public let service = "opensearch"
  /// Domains.
  public let resourceTypes = ["aws.opensearch.domain"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An OpenSearch collector.
  public init() {}

  /// Collects domains in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "es", region: region, operation: operation, resourceTypes: resourceTypes,
        resourceId: id)
    }

    let listing = await fetch(site("ListDomainNames")) {
      try await client.restJSON(
        .opensearch, region: region, operation: "ListDomainNames", path: "/2021-01-01/domain"
      )["DomainNames"]?.arrayValue ?? []
    }
    guard let items = output.keep(listing) else { return output }
    let names = items.compactMap { $0["DomainName"]?.stringValue }
    let batches = stride(from: 0, to: names.count, by: 5).map {
      Array(names[$0..<min($0 + 5, names.count)])
    }

    let built = await boundedMap(batches, limit: context.enrichmentConcurrency) { batch in
      await self.domains(batch, region: region, context)
    }
    for (resources, failures) in built {
      output.resources += resources
      output.failures += failures
    }
    return output
  }

  private func domains(
    _ names: [String], region: String, _ context: CollectionContext
  ) async -> ([Resource], [CollectionFailure]) {
    let client = context.client
    var failures: [CollectionFailure] = []
    let site = CallSite(
      service: "es", region: region, operation: "DescribeDomains",
      resourceTypes: resourceTypes)
    let described = await fetch(site) {
      try await client.restJSON(
        .opensearch, region: region, operation: "DescribeDomains", method: "POST",
        path: "/2021-01-01/opensearch/domain-info",
        body: ["DomainNames": .array(names.map { .string($0) })]
      )["DomainStatusList"]?.arrayValue ?? []
    }
    var statuses: [String: JSONValue] = [:]
    for status in described.value ?? [] {
      if let name = status["DomainName"]?.stringValue { statuses[name] = status }
    }

    var resources: [Resource] = []
    for name in names {
      let fallback = context.arn("es", region: region, "domain/\(name)")
      guard let status = statuses[name] else {
        if case .failed(var failure) = described {
          failure.resourceId = fallback
          failures.append(failure)
        }
        resources.append(
          Resource(
            id: fallback, type: "aws.opensearch.domain", account: context.account,
            region: region, name: name, properties: ["DomainName": .string(name)]))
        continue
      }
      let arn = status["ARN"]?.stringValue ?? fallback
      let tagSite = CallSite(
        service: "es", region: region, operation: "ListTags", resourceTypes: resourceTypes,
        resourceId: arn, property: "tags")
      let listed = await fetch(tagSite) {
        try await client.restJSON(
          .opensearch, region: region, operation: "ListTags", path: "/2021-01-01/tags/",
          query: ["arn": arn])
      }
      resources.append(
        Resource(
          id: arn, type: "aws.opensearch.domain", account: context.account, region: region,
          name: name, tags: Shapes.tags(listed.value?["TagList"]),
          properties: Shapes.decodingPolicies(status, keys: ["AccessPolicies"])))
    }
    return (resources, failures)
  }
}
