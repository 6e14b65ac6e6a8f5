import ParapetAWS
import ParapetCore

/// Functions by name.
extension LambdaCollector: TargetedCollector {
  /// Functions.
  public var targetedTypes: Set<String> { ["aws.lambda.function"] }

  /// GetFunctionConfiguration for each function, then the full collection's enrichment; a
  /// function Lambda does not know is gone.
  public func collect(
    targets: [ResourceTarget], in region: String, context: CollectionContext
  ) async -> TargetedOutput {
    let read = await boundedMap(targets, limit: context.enrichmentConcurrency) { target in
      let arn = context.arn("lambda", region: region, "function:\(target.id)")
      let site = CallSite(
        service: "lambda", region: region, operation: "GetFunctionConfiguration",
        resourceTypes: resourceTypes, resourceId: arn)
      let fetched = await fetch(site) {
        [
          Self.asListed(
            try await context.client.restJSON(
              .lambda, region: region, operation: "GetFunctionConfiguration",
              path: "/2015-03-31/functions/\(target.id)/configuration"))
        ]
      }
      return (target, arn, fetched)
    }

    var result = TargetedOutput()
    for (target, arn, fetched) in read {
      for item in result.settle(target, fetched, gone: arn) {
        let (resource, failures) = await function(item, region: region, context)
        result.add(resource, failures: failures)
      }
    }
    return result
  }

  /// A function's configuration in ListFunctions' shape: AWS documents that ListFunctions
  /// leaves out the state fields GetFunctionConfiguration returns, so a rescan drops them
  /// to store the body a scan would.
  static func asListed(_ configuration: JSONValue) -> JSONValue {
    guard var members = configuration.objectValue else { return configuration }
    for key in getOnlyKeys { members[key] = nil }
    return .object(members)
  }

  /// Fields GetFunctionConfiguration returns and ListFunctions does not.
  static let getOnlyKeys = [
    "State", "StateReason", "StateReasonCode", "LastUpdateStatus", "LastUpdateStatusReason",
    "LastUpdateStatusReasonCode", "RuntimeVersionConfig",
  ]
}
