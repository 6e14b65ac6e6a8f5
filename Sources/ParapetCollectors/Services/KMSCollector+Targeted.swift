import ParapetAWS
import ParapetCore

/// Keys by id.
extension KMSCollector: TargetedCollector {
  /// Keys.
  public var targetedTypes: Set<String> { ["aws.kms.key"] }

  /// Reads each key as the full collection does, named after its first alias (ListAliases
  /// narrowed to the key); a key DescribeKey does not know is gone, and one it cannot
  /// describe keeps its earlier state.
  public func collect(
    targets: [ResourceTarget], in region: String, context: CollectionContext
  ) async -> TargetedOutput {
    let read = await boundedMap(targets, limit: context.enrichmentConcurrency) { target in
      let aliases = await fetch(
        CallSite(
          service: "kms", region: region, operation: "ListAliases",
          resourceTypes: resourceTypes)
      ) {
        try await context.client.paginateJSON(
          .kms, region: region, action: "ListAliases", body: ["KeyId": .string(target.id)],
          tokenKey: "Marker", outputTokenKey: "NextMarker", resultPath: "Aliases")
      }
      let alias = (aliases.value ?? []).first {
        $0["TargetKeyId"]?.stringValue == target.id
      }?["AliasName"]?.stringValue.map { String($0.dropFirst("alias/".count)) }
      return await self.key(["KeyId": .string(target.id)], region: region, alias: alias, context)
    }

    var result = TargetedOutput()
    for (target, built) in zip(targets, read) {
      guard let (resource, failures) = built else {
        result.patch.removedIds.insert(context.arn("kms", region: region, "key/\(target.id)"))
        continue
      }
      // A failed DescribeKey leaves the whole key unknown: its earlier state stands.
      if failures.contains(where: { $0.operation == "DescribeKey" }) {
        result.patch.failures += failures
        result.unreadable.append(target)
        continue
      }
      result.add(resource, failures: failures)
    }
    return result
  }
}
