import ParapetAWS
import ParapetCore

/// Reads a region's RDS instances, clusters and manual snapshots, with who may restore each
/// snapshot.
public struct RDSCollector: Collector {
  /// `rds`.
  public let service = "rds"
  /// Instances, clusters and snapshots.
  public let resourceTypes = ["aws.rds.instance", "aws.rds.cluster", "aws.rds.snapshot"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An RDS collector.
  public init() {}

  /// Collects RDS in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()

    let kinds: [(String, String, String, String, String)] = [
      (
        "DescribeDBInstances", "DBInstances", "DBInstance", "aws.rds.instance",
        "DBInstanceIdentifier"
      ),
      ("DescribeDBClusters", "DBClusters", "DBCluster", "aws.rds.cluster", "DBClusterIdentifier"),
    ]
    for (action, listKey, member, type, nameKey) in kinds {
      switch await list(action, listKey: listKey, member: member, type: type, region, context) {
      case .found(let items):
        output.resources += items.map {
          resource($0, type: type, nameKey: nameKey, region, context)
        }
      case .failed(let failure): output.failures.append(failure)
      case .absent: break
      }
    }
    await snapshots(into: &output, region: region, context)
    return output
  }

  func list(
    _ action: String, listKey: String, member: String, type: String, _ region: String,
    _ context: CollectionContext, parameters: [String: String] = [:]
  ) async -> Fetch<[JSONValue]> {
    let site = CallSite(service: "rds", region: region, operation: action, resourceTypes: [type])
    return await fetch(site) {
      try await context.client.paginateQuery(
        .rds, region: region, action: action, parameters: parameters, tokenKey: "Marker",
        resultPath: "\(listKey).\(member)")
    }
  }

  func resource(
    _ item: JSONValue, type: String, nameKey: String, _ region: String,
    _ context: CollectionContext
  ) -> Resource {
    let arnKey =
      type == "aws.rds.instance"
      ? "DBInstanceArn"
      : type == "aws.rds.cluster"
        ? "DBClusterArn" : "DBSnapshotArn"
    let name = item[nameKey]?.stringValue ?? ""
    return Resource(
      id: item[arnKey]?.stringValue ?? context.arn("rds", region: region, "db:\(name)"),
      type: type, account: context.account, region: region, name: name,
      tags: Shapes.tags(item["TagList"]), properties: item)
  }

  /// Manual snapshots (those `filters` select, when given) with their attributes.
  func snapshots(
    into output: inout CollectorOutput, region: String, _ context: CollectionContext,
    filters: [String: String] = [:]
  ) async {
    let type = "aws.rds.snapshot"
    var parameters = ["SnapshotType": "manual"]
    parameters.merge(filters) { _, new in new }
    let listing = await list(
      "DescribeDBSnapshots", listKey: "DBSnapshots", member: "DBSnapshot", type: type, region,
      context, parameters: parameters)
    guard case .found(let items) = listing else {
      if case .failed(let failure) = listing { output.failures.append(failure) }
      return
    }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      var snapshot = self.resource(
        item, type: type, nameKey: "DBSnapshotIdentifier", region, context)
      var enrichment = Enrichment(item)
      let name = snapshot.name
      let site = CallSite(
        service: "rds", region: region, operation: "DescribeDBSnapshotAttributes",
        resourceTypes: [type], resourceId: snapshot.id)
      await enrichment.fill("Attributes", site) {
        let answer = try await context.client.query(
          .rds, region: region, action: "DescribeDBSnapshotAttributes",
          parameters: ["DBSnapshotIdentifier": name])
        return Self.attributes(answer["DBSnapshotAttributesResult"])
      }
      snapshot.properties = enrichment.properties
      return (snapshot, enrichment.failures)
    }
    for (snapshot, failures) in built {
      output.resources.append(snapshot)
      output.failures += failures
    }
  }

  /// Snapshot attributes as `{name: [values]}`, such as `{"restore": ["all"]}` for a public
  /// snapshot.
  static func attributes(_ node: JSONValue?) -> JSONValue {
    var map: [String: JSONValue] = [:]
    let attributes = Shapes.list(node?["DBSnapshotAttributes"], member: "DBSnapshotAttribute")
    for attribute in attributes {
      guard let name = attribute["AttributeName"]?.stringValue else { continue }
      map[name] = .array(Shapes.list(attribute["AttributeValues"], member: "AttributeValue"))
    }
    return .object(map)
  }
}
