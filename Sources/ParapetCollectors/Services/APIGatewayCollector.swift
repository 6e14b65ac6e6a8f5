import ParapetAWS
import ParapetCore

/// Reads a region's API Gateway REST APIs with their stages (logging, tracing, client
/// certificate and WAF web ACL per stage). Tags come with the GetRestApis item; the API's
/// resource `policy` is decoded.
public struct APIGatewayCollector: Collector {
  /// `apigateway`.
  public let service = "apigateway"
  /// REST APIs.
  public let resourceTypes = ["aws.apigateway.rest_api"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An API Gateway collector.
  public init() {}

  /// Collects REST APIs in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    // API Gateway's IAM actions are HTTP verbs on resource paths, not operation names.
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "apigateway", region: region, operation: operation,
        permission: "apigateway:GET", resourceTypes: resourceTypes, resourceId: id)
    }

    let listing = await fetch(site("GetRestApis")) {
      try await RestJSONPages.list(
        client, .apigateway, region: region, operation: "GetRestApis", path: "/restapis",
        tokenIn: "position", tokenOut: "position", itemsKey: "item")
    }
    guard let items = output.keep(listing) else { return output }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let id = item["id"]?.stringValue ?? ""
      let arn = "arn:\(context.partition):apigateway:\(region)::/restapis/\(id)"
      var api = Enrichment(Shapes.decodingPolicies(item, keys: ["policy"]))
      await api.fill("Stages", site("GetStages", id: arn)) {
        let answer = try await client.restJSON(
          .apigateway, region: region, operation: "GetStages", path: "/restapis/\(id)/stages")
        return .array(answer["item"]?.arrayValue ?? [])
      }
      let resource = Resource(
        id: arn, type: "aws.apigateway.rest_api", account: context.account, region: region,
        name: item["name"]?.stringValue ?? id, tags: Shapes.tags(item["tags"]),
        properties: api.properties)
      return (resource, api.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }
}
