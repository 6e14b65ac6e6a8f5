import ParapetAWS
import ParapetCore

/// Reads a region's EFS file systems with their file-system policies.
public struct EFSCollector: Collector {
  /// `efs`.
  public let service = "efs"
  /// File systems.
  public let resourceTypes = ["aws.efs.file_system"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An EFS collector.
  public init() {}

  /// Collects file systems in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    let listSite = CallSite(
      service: "elasticfilesystem", region: region, operation: "DescribeFileSystems",
      resourceTypes: resourceTypes)
    let listing = await fetch(listSite) {
      try await RestJSONPages.list(
        client, .efs, region: region, operation: "DescribeFileSystems",
        path: "/2015-02-01/file-systems", tokenIn: "Marker", tokenOut: "NextMarker",
        itemsKey: "FileSystems")
    }
    guard let items = output.keep(listing) else { return output }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let id = item["FileSystemId"]?.stringValue ?? ""
      let arn =
        item["FileSystemArn"]?.stringValue
        ?? context.arn("elasticfilesystem", region: region, "file-system/\(id)")
      var fileSystem = Enrichment(item)
      let site = CallSite(
        service: "elasticfilesystem", region: region, operation: "DescribeFileSystemPolicy",
        resourceTypes: self.resourceTypes, resourceId: arn)
      await fileSystem.fill("Policy", site) {
        let answer = try await client.restJSON(
          .efs, region: region, operation: "DescribeFileSystemPolicy",
          path: "/2015-02-01/file-systems/\(id)/policy")
        return Shapes.policyDocument(answer["Policy"]) ?? .null
      }
      let tags = Shapes.tags(item["Tags"])
      let resource = Resource(
        id: arn, type: "aws.efs.file_system", account: context.account, region: region,
        name: tags["Name"] ?? item["Name"]?.stringValue ?? id, tags: tags,
        properties: fileSystem.properties)
      return (resource, fileSystem.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }
}
