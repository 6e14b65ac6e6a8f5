import ParapetAWS
import ParapetCore

/// Buckets by name, and the account's public access block.
extension S3Collector: TargetedCollector {
  /// Buckets, and the account fact `S3PublicAccessBlock`.
  public var targetedTypes: Set<String> { ["aws.s3.bucket", "aws.account"] }

  /// Reads each bucket as the full collection does: its ListBuckets entry (asked with the
  /// bucket's name as prefix, so the creation date and region match), every configuration
  /// call and GetBucketTagging. A bucket the listing lacks is gone.
  public func collect(
    targets: [ResourceTarget], in region: String, context: CollectionContext
  ) async -> TargetedOutput {
    var result = TargetedOutput()
    let buckets = targets.filter { $0.type == "aws.s3.bucket" }
    let listed = await boundedMap(buckets, limit: context.enrichmentConcurrency) { target in
      let arn = "arn:\(context.partition):s3:::\(target.id)"
      let site = self.site("ListBuckets", region: "global", property: nil, bucket: arn)
      let fetched = await fetch(site) {
        try await Self.listBuckets(context.client, region: region, prefix: target.id)
          .filter { $0["Name"]?.stringValue == target.id }
      }
      return (target, arn, fetched)
    }
    var items: [JSONValue] = []
    for (target, arn, fetched) in listed {
      items += result.settle(target, fetched, gone: arn)
    }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      await self.bucket(item, home: region, context: context)
    }
    let tagged = await Self.tags(of: built.map(\.0), context: context, askEachBucket: true)
    for ((_, failures), resource) in zip(built, tagged.resources) {
      result.add(resource, failures: failures)
    }
    result.patch.failures += tagged.failures

    if targets.contains(where: { $0.type == "aws.account" }) {
      let account = await accountPublicAccessBlock(region: region, context: context)
      result.addFacts(account, keys: ["S3PublicAccessBlock"], region: nil)
    }
    return result
  }
}
