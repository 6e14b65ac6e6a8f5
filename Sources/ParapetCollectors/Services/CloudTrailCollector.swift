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
    guard let trails = output.keep(await describeTrails(named: nil, region: region, context))
    else { return output }

    for item in trails {
      let (resource, failures) = await trail(item, region: region, context)
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  /// DescribeTrails for the trails homed in `region`, or for just the trails `named`.
  func describeTrails(
    named names: [String]?, region: String, _ context: CollectionContext
  ) async -> Fetch<[JSONValue]> {
    let listSite = CallSite(
      service: "cloudtrail", region: region, operation: "DescribeTrails",
      resourceTypes: resourceTypes)
    var body: JSONValue = ["includeShadowTrails": false]
    if let names { body = body.setting("trailNameList", to: .array(names.map(JSONValue.string))) }
    return await fetch(listSite) {
      let answer = try await context.client.json(
        .cloudtrail, region: region, action: "DescribeTrails", body: body)
      return answer["trailList"]?.arrayValue ?? []
    }
  }

  /// One trail from its DescribeTrails item, with its logging status and event selectors.
  func trail(
    _ item: JSONValue, region: String, _ context: CollectionContext
  ) async -> (Resource, [CollectionFailure]) {
    let client = context.client
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
    let resource = Resource(
      id: arn, type: "aws.cloudtrail.trail", account: context.account, region: region,
      name: name, properties: trail.properties)
    return (resource, trail.failures)
  }
}
