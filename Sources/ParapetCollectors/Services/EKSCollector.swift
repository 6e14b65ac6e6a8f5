import ParapetAWS
import ParapetCore

/// Reads a region's EKS clusters. Each cluster's properties are DescribeCluster's
/// `cluster` fields (endpoint access, public CIDRs, logging, secrets encryption, version);
/// a failed DescribeCluster is a failure on the cluster with no property.
public struct EKSCollector: Collector {
  /// `eks`.
  public let service = "eks"
  /// Clusters.
  public let resourceTypes = ["aws.eks.cluster"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An EKS collector.
  public init() {}

  /// Collects clusters in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "eks", region: region, operation: operation, resourceTypes: resourceTypes,
        resourceId: id)
    }

    let listing = await fetch(site("ListClusters")) {
      try await RestJSONPages.list(
        client, .eks, region: region, operation: "ListClusters", path: "/clusters",
        tokenIn: "nextToken", tokenOut: "nextToken", itemsKey: "clusters")
    }
    guard let names = output.keep(listing) else { return output }

    let built = await boundedMap(names, limit: context.enrichmentConcurrency) { name in
      let clusterName = name.stringValue ?? ""
      let fallback = context.arn("eks", region: region, "cluster/\(clusterName)")
      let described = await fetch(site("DescribeCluster", id: fallback)) {
        try await client.restJSON(
          .eks, region: region, operation: "DescribeCluster", path: "/clusters/\(clusterName)"
        )["cluster"] ?? .object([:])
      }
      let properties = described.value ?? ["name": name]
      let resource = Resource(
        id: properties["arn"]?.stringValue ?? fallback, type: "aws.eks.cluster",
        account: context.account, region: region, name: clusterName,
        tags: Shapes.tags(properties["tags"]), properties: properties)
      var failures: [CollectionFailure] = []
      if case .failed(let failure) = described { failures.append(failure) }
      return (resource, failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }
}
