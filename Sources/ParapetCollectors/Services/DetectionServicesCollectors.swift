import ParapetAWS
import ParapetCore

/// Reads a region's GuardDuty detectors and their status.
public struct GuardDutyCollector: Collector {
  /// `guardduty`.
  public let service = "guardduty"
  /// Detectors.
  public let resourceTypes = ["aws.guardduty.detector"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A GuardDuty collector.
  public init() {}

  /// Collects the detectors of `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    let listSite = CallSite(
      service: "guardduty", region: region, operation: "ListDetectors",
      resourceTypes: resourceTypes)
    let listing = await fetch(listSite) {
      try await RestJSONPages.list(
        client, .guardduty, region: region, operation: "ListDetectors", path: "/detector",
        tokenIn: "nextToken", tokenOut: "nextToken", itemsKey: "detectorIds")
    }
    guard let ids = output.keep(listing) else { return output }

    for id in ids.compactMap(\.stringValue) {
      let arn = context.arn("guardduty", region: region, "detector/\(id)")
      let site = CallSite(
        service: "guardduty", region: region, operation: "GetDetector",
        resourceTypes: resourceTypes, resourceId: arn)
      // GetDetector's answer is the detector's description: its fields are the properties.
      let detector = await fetch(site) {
        try await client.restJSON(
          .guardduty, region: region, operation: "GetDetector", path: "/detector/\(id)")
      }
      if case .failed(let failure) = detector { output.failures.append(failure) }
      let properties = (detector.value ?? [:]).setting("DetectorId", to: .string(id))
      output.resources.append(
        Resource(
          id: arn, type: "aws.guardduty.detector", account: context.account, region: region,
          name: id, tags: Shapes.tags(properties["tags"]), properties: properties))
    }
    return output
  }
}

/// Reads a region's IAM Access Analyzer analyzers.
public struct AccessAnalyzerCollector: Collector {
  /// `accessanalyzer`.
  public let service = "accessanalyzer"
  /// Analyzers.
  public let resourceTypes = ["aws.accessanalyzer.analyzer"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An Access Analyzer collector.
  public init() {}

  /// Collects the analyzers of `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let site = CallSite(
      service: "access-analyzer", region: region, operation: "ListAnalyzers",
      resourceTypes: resourceTypes)
    let listing = await fetch(site) {
      try await RestJSONPages.list(
        context.client, .accessanalyzer, region: region, operation: "ListAnalyzers",
        path: "/analyzer", tokenIn: "nextToken", tokenOut: "nextToken", itemsKey: "analyzers")
    }
    switch listing {
    case .found(let items):
      output.resources = items.map { item in
        let name = item["name"]?.stringValue ?? ""
        return Resource(
          id: item["arn"]?.stringValue
            ?? context.arn("access-analyzer", region: region, "analyzer/\(name)"),
          type: "aws.accessanalyzer.analyzer", account: context.account, region: region,
          name: name, tags: Shapes.tags(item["tags"]), properties: item)
      }
    case .failed(let failure): output.failures.append(failure)
    case .absent: break
    }
    return output
  }
}

/// Reads whether Security Hub is enabled in a region; the answer is a region fact.
public struct SecurityHubCollector: Collector {
  /// `securityhub`.
  public let service = "securityhub"
  /// Security Hub state lives on the region resource.
  public let resourceTypes = ["aws.region"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A Security Hub collector.
  public init() {}

  /// Reads the hub of `region`; not subscribed means `SecurityHub` is null.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    var facts = Enrichment(.object([:]))
    let site = CallSite(
      service: "securityhub", region: region, operation: "DescribeHub",
      resourceTypes: resourceTypes, absentCodes: ["InvalidAccessException"])
    await facts.fill("SecurityHub", site) {
      try await context.client.restJSON(
        .securityhub, region: region, operation: "DescribeHub",
        path: "/accounts")
    }
    output.regionFacts = facts.properties.objectValue ?? [:]
    output.failures = facts.failures
    return output
  }
}
