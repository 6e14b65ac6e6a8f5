import ParapetAWS
import ParapetCore

/// Security groups, instances, volumes and snapshots by id, and EBS encryption by default.
extension EC2Collector: TargetedCollector {
  /// The four resource types, and the region fact `EbsEncryptionByDefault`.
  public var targetedTypes: Set<String> {
    [
      "aws.ec2.security_group", "aws.ec2.instance", "aws.ec2.volume", "aws.ec2.snapshot",
      "aws.region",
    ]
  }

  /// Reads each type with the full collection's describe call narrowed by an id filter
  /// (`group-id`, `instance-id`, `volume-id`, `snapshot-id`): one call per type however
  /// many ids, and an id that matches nothing is gone.
  public func collect(
    targets: [ResourceTarget], in region: String, context: CollectionContext
  ) async -> TargetedOutput {
    var result = TargetedOutput()
    let byType = Dictionary(grouping: targets, by: \.type)

    for (type, filterName) in [
      ("aws.ec2.security_group", "group-id"), ("aws.ec2.volume", "volume-id"),
    ] {
      guard let wanted = byType[type],
        let listing = Self.listings.first(where: { $0.type == type })
      else { continue }
      var parameters = listing.parameters
      parameters.merge(Self.filter(filterName, wanted)) { _, new in new }
      var output = CollectorOutput()
      if let items = output.keep(
        await list(listing.action, parameters, key: listing.listKey, type, region, context))
      {
        output.resources = items.map { resource($0, listing, region: region, context) }
      }
      result.settle(wanted, listedIn: output) { Self.arn(of: $0, listing, region: region, context) }
    }

    if let wanted = byType["aws.ec2.instance"] {
      var output = CollectorOutput()
      await instances(
        into: &output, region: region, context, filters: Self.filter("instance-id", wanted))
      result.settle(wanted, listedIn: output) {
        Self.arn(of: $0, Self.instanceListing, region: region, context)
      }
    }
    if let wanted = byType["aws.ec2.snapshot"] {
      var output = CollectorOutput()
      await snapshots(
        into: &output, region: region, context, filters: Self.filter("snapshot-id", wanted))
      result.settle(wanted, listedIn: output) {
        Self.arn(of: $0, Self.snapshotListing, region: region, context)
      }
    }
    if byType["aws.region"] != nil {
      let facts = await ebsEncryptionByDefault(region: region, context)
      result.addFacts(facts, keys: ["EbsEncryptionByDefault"], region: region)
    }
    return result
  }

  /// An EC2 query filter matching any of the targets' ids.
  static func filter(_ name: String, _ targets: [ResourceTarget]) -> [String: String] {
    var parameters = ["Filter.1.Name": name]
    for (index, target) in targets.enumerated() {
      parameters["Filter.1.Value.\(index + 1)"] = target.id
    }
    return parameters
  }
}
