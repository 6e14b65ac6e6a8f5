import ParapetAWS
import ParapetCore

/// Instances and manual snapshots by identifier.
extension RDSCollector: TargetedCollector {
  /// Instances and snapshots; clusters are read with the whole service.
  public var targetedTypes: Set<String> { ["aws.rds.instance", "aws.rds.snapshot"] }

  /// The full collection's describe calls narrowed by a `db-instance-id` or
  /// `db-snapshot-id` filter; an identifier that matches nothing is gone.
  public func collect(
    targets: [ResourceTarget], in region: String, context: CollectionContext
  ) async -> TargetedOutput {
    var result = TargetedOutput()
    let byType = Dictionary(grouping: targets, by: \.type)

    if let wanted = byType["aws.rds.instance"] {
      var output = CollectorOutput()
      let listing = await list(
        "DescribeDBInstances", listKey: "DBInstances", member: "DBInstance",
        type: "aws.rds.instance", region, context,
        parameters: Self.filter("db-instance-id", wanted))
      if let items = output.keep(listing) {
        output.resources = items.map {
          resource($0, type: "aws.rds.instance", nameKey: "DBInstanceIdentifier", region, context)
        }
      }
      result.settle(wanted, listedIn: output) { context.arn("rds", region: region, "db:\($0)") }
    }
    if let wanted = byType["aws.rds.snapshot"] {
      var output = CollectorOutput()
      await snapshots(
        into: &output, region: region, context, filters: Self.filter("db-snapshot-id", wanted))
      result.settle(wanted, listedIn: output) {
        context.arn("rds", region: region, "snapshot:\($0)")
      }
    }
    return result
  }

  /// An RDS query filter matching any of the targets' identifiers.
  static func filter(_ name: String, _ targets: [ResourceTarget]) -> [String: String] {
    var parameters = ["Filters.Filter.1.Name": name]
    for (index, target) in targets.enumerated() {
      parameters["Filters.Filter.1.Values.Value.\(index + 1)"] = target.id
    }
    return parameters
  }
}
