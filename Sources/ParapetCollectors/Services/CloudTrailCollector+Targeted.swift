import ParapetAWS
import ParapetCore

/// Trails by name.
extension CloudTrailCollector: TargetedCollector {
  /// Trails.
  public var targetedTypes: Set<String> { ["aws.cloudtrail.trail"] }

  /// One DescribeTrails narrowed to the targets' names, then each trail's status and event
  /// selectors; a name DescribeTrails does not return is gone.
  public func collect(
    targets: [ResourceTarget], in region: String, context: CollectionContext
  ) async -> TargetedOutput {
    var output = CollectorOutput()
    let names = Set(targets.map(\.id))
    let listing = await describeTrails(named: names.sorted(), region: region, context)
    // The answer is narrowed here too: not every endpoint honours trailNameList (moto
    // returns every trail of the region).
    if let items = output.keep(listing)?.filter({ names.contains($0["Name"]?.stringValue ?? "") }) {
      let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
        await self.trail(item, region: region, context)
      }
      for (resource, failures) in built {
        output.resources.append(resource)
        output.failures += failures
      }
    }

    var result = TargetedOutput()
    result.settle(targets, listedIn: output) {
      context.arn("cloudtrail", region: region, "trail/\($0)")
    }
    return result
  }
}
