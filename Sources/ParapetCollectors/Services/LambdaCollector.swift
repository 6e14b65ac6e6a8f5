import ParapetAWS
import ParapetCore

/// Reads a region's Lambda functions with their resource policies. Environment variable
/// values are replaced by `<redacted>` before anything is stored: they often hold secrets.
public struct LambdaCollector: Collector {
  /// `lambda`.
  public let service = "lambda"
  /// Functions.
  public let resourceTypes = ["aws.lambda.function"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A Lambda collector.
  public init() {}

  /// Collects functions in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    let listSite = CallSite(
      service: "lambda", region: region, operation: "ListFunctions",
      resourceTypes: resourceTypes)
    let listing = await fetch(listSite) {
      try await RestJSONPages.list(
        client, .lambda, region: region, operation: "ListFunctions",
        path: "/2015-03-31/functions/", tokenIn: "Marker", tokenOut: "NextMarker",
        itemsKey: "Functions")
    }
    guard let items = output.keep(listing) else { return output }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      await self.function(item, region: region, context)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  /// One function from its ListFunctions item: environment values redacted, resource
  /// policy added.
  func function(
    _ item: JSONValue, region: String, _ context: CollectionContext
  ) async -> (Resource, [CollectionFailure]) {
    let name = item["FunctionName"]?.stringValue ?? ""
    let arn = item["FunctionArn"]?.stringValue ?? ""
    var properties = item
    if let environment = item["Environment"] {
      properties = properties.setting(
        "Environment",
        to: environment.setting(
          "Variables", to: Shapes.redactingValues(environment["Variables"]) ?? .null))
    }
    var function = Enrichment(properties)
    let site = CallSite(
      service: "lambda", region: region, operation: "GetPolicy",
      resourceTypes: resourceTypes, resourceId: arn)
    await function.fill("Policy", site) {
      let answer = try await context.client.restJSON(
        .lambda, region: region, operation: "GetPolicy",
        path: "/2015-03-31/functions/\(name)/policy")
      return Shapes.policyDocument(answer["Policy"]) ?? .null
    }
    let resource = Resource(
      id: arn, type: "aws.lambda.function", account: context.account, region: region,
      name: name, properties: function.properties)
    return (resource, function.failures)
  }
}
