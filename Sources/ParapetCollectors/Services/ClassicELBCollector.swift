import ParapetAWS
import ParapetCore

/// Reads a region's classic load balancers with their listeners (in the describe item),
/// attributes (access logs, connection draining, cross-zone) and policies (the SSL
/// negotiation policies their HTTPS listeners name).
public struct ClassicELBCollector: Collector {
  /// `elb`.
  public let service = "elb"
  /// Classic load balancers.
  public let resourceTypes = ["aws.elb.load_balancer"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A classic ELB collector.
  public init() {}

  /// Collects classic load balancers in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "elasticloadbalancing", region: region, operation: operation,
        resourceTypes: resourceTypes, resourceId: id)
    }

    let listing = await fetch(site("DescribeLoadBalancers")) {
      try await client.paginateQuery(
        .elb, region: region, action: "DescribeLoadBalancers", tokenKey: "Marker",
        outputTokenKey: "NextMarker", resultPath: "LoadBalancerDescriptions"
      ).map {
        $0.forcingArrays(at: [
          "ListenerDescriptions", "ListenerDescriptions.PolicyNames", "AvailabilityZones",
          "Subnets", "SecurityGroups", "Instances", "BackendServerDescriptions",
        ])
      }
    }
    guard let items = output.keep(listing) else { return output }
    let names = items.compactMap { $0["LoadBalancerName"]?.stringValue }
    let tags = await self.tags(names, region: region, context, &output)

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let name = item["LoadBalancerName"]?.stringValue ?? ""
      let arn = context.arn("elasticloadbalancing", region: region, "loadbalancer/\(name)")
      var balancer = Enrichment(item)
      await balancer.fill("Attributes", site("DescribeLoadBalancerAttributes", id: arn)) {
        let answer = try await client.query(
          .elb, region: region, action: "DescribeLoadBalancerAttributes",
          parameters: ["LoadBalancerName": name])
        return answer["LoadBalancerAttributes"] ?? .object([:])
      }
      await balancer.fill("Policies", site("DescribeLoadBalancerPolicies", id: arn)) {
        let answer = try await client.query(
          .elb, region: region, action: "DescribeLoadBalancerPolicies",
          parameters: ["LoadBalancerName": name],
          forceArrays: ["PolicyDescriptions", "PolicyDescriptions.PolicyAttributeDescriptions"])
        return answer["PolicyDescriptions"] ?? .array([])
      }
      let resource = Resource(
        id: arn, type: "aws.elb.load_balancer", account: context.account, region: region,
        name: name, tags: tags[name] ?? [:], properties: balancer.properties)
      return (resource, balancer.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  /// Tags by load balancer name, 20 names a call. A failed batch is recorded and its load
  /// balancers go untagged.
  private func tags(
    _ names: [String], region: String, _ context: CollectionContext,
    _ output: inout CollectorOutput
  ) async -> [String: [String: String]] {
    var tags: [String: [String: String]] = [:]
    for start in stride(from: 0, to: names.count, by: 20) {
      var parameters: [String: String] = [:]
      for (index, name) in names[start..<min(start + 20, names.count)].enumerated() {
        parameters["LoadBalancerNames.member.\(index + 1)"] = name
      }
      let site = CallSite(
        service: "elasticloadbalancing", region: region, operation: "DescribeTags",
        resourceTypes: resourceTypes, property: "tags")
      let answer = await fetch(site) {
        try await context.client.query(
          .elb, region: region, action: "DescribeTags", parameters: parameters,
          forceArrays: ["TagDescriptions"])
      }
      if case .failed(let failure) = answer { output.failures.append(failure) }
      for description in Shapes.list(answer.value?["TagDescriptions"]) {
        guard let name = description["LoadBalancerName"]?.stringValue else { continue }
        tags[name] = Shapes.tags(description["Tags"])
      }
    }
    return tags
  }
}
