import ParapetAWS
import ParapetCore

/// Reads the trails whose home is a region, with their logging status and event selectors.
/// Multi-region trails are reported once, in their home region.
public struct CloudTrailCollector: Collector {
  /// `cloudtrail`.
  public let service = "cloudtrail"
  /// Trails.
  public let resourceTypes = ["aws.cloudtrail.trail"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A CloudTrail collector.
  public init() {}

  /// Collects trails homed in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    let listSite = CallSite(
      service: "cloudtrail", region: region, operation: "DescribeTrails",
      resourceTypes: resourceTypes)
    let listing = await fetch(listSite) {
      let answer = try await client.json(
        .cloudtrail, region: region, action: "DescribeTrails",
        body: ["includeShadowTrails": false])
      return answer["trailList"]?.arrayValue ?? []
    }
    guard let trails = output.keep(listing) else { return output }

    for item in trails {
      let arn = item["TrailARN"]?.stringValue ?? ""
      let name = item["Name"]?.stringValue ?? arn
      func site(_ operation: String) -> CallSite {
        CallSite(
          service: "cloudtrail", region: region, operation: operation,
          resourceTypes: resourceTypes, resourceId: arn)
      }
      var trail = Enrichment(item)
      await trail.fill("Status", site("GetTrailStatus")) {
        try await client.json(
          .cloudtrail, region: region, action: "GetTrailStatus", body: ["Name": .string(arn)])
      }
      let selectors = await fetch(site("GetEventSelectors")) {
        try await client.json(
          .cloudtrail, region: region, action: "GetEventSelectors",
          body: ["TrailName": .string(arn)])
      }
      switch selectors {
      case .found(let answer):
        trail.properties = trail.properties
          .setting("EventSelectors", to: answer["EventSelectors"] ?? .array([]))
          .setting("AdvancedEventSelectors", to: answer["AdvancedEventSelectors"] ?? .array([]))
      case .failed(var failure):
        failure.property = "EventSelectors"
        trail.failures.append(failure)
        failure.property = "AdvancedEventSelectors"
        trail.failures.append(failure)
      case .absent: break
      }
      output.resources.append(
        Resource(
          id: arn, type: "aws.cloudtrail.trail", account: context.account, region: region,
          name: name, properties: trail.properties))
      output.failures += trail.failures
    }
    return output
  }
}
