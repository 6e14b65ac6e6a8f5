import ParapetAWS
import ParapetCore

/// Reads a region's application, network and gateway load balancers with their attributes
/// and listeners, and the target groups behind them. Tags of both come from DescribeTags
/// in batches of 20 ARNs, the most one call takes.
public struct ELBv2Collector: Collector {
  /// `elbv2`.
  public let service = "elbv2"
  /// Load balancers and target groups.
  public let resourceTypes = ["aws.elbv2.load_balancer", "aws.elbv2.target_group"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An ELB v2 collector.
  public init() {}

  /// Collects load balancers and target groups in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(
      _ operation: String, type: String, id: String? = nil, property: String? = nil
    ) -> CallSite {
      CallSite(
        service: "elasticloadbalancing", region: region, operation: operation,
        resourceTypes: [type], resourceId: id, property: property)
    }
    @Sendable func list(_ action: String, key: String, parameters: [String: String] = [:])
      async throws -> [JSONValue]
    {
      try await client.paginateQuery(
        .elbv2, region: region, action: action, parameters: parameters, tokenKey: "Marker",
        outputTokenKey: "NextMarker", resultPath: key)
    }

    let balancerType = "aws.elbv2.load_balancer"
    let groupType = "aws.elbv2.target_group"
    let balancers = await fetch(site("DescribeLoadBalancers", type: balancerType)) {
      try await list("DescribeLoadBalancers", key: "LoadBalancers").map {
        $0.forcingArrays(at: ["AvailabilityZones", "SecurityGroups"])
      }
    }
    if case .failed(let failure) = balancers { output.failures.append(failure) }
    let groups = await fetch(site("DescribeTargetGroups", type: groupType)) {
      try await list("DescribeTargetGroups", key: "TargetGroups").map {
        $0.forcingArrays(at: ["LoadBalancerArns"])
      }
    }
    if case .failed(let failure) = groups { output.failures.append(failure) }

    let balancerItems = balancers.value ?? []
    let groupItems = groups.value ?? []
    let arns =
      balancerItems.compactMap { $0["LoadBalancerArn"]?.stringValue }
      + groupItems.compactMap { $0["TargetGroupArn"]?.stringValue }
    let tags = await self.tags(arns, region: region, context, &output)

    let built = await boundedMap(balancerItems, limit: context.enrichmentConcurrency) { item in
      let arn = item["LoadBalancerArn"]?.stringValue ?? ""
      var balancer = Enrichment(item)
      let attributesSite = site(
        "DescribeLoadBalancerAttributes", type: balancerType, id: arn)
      await balancer.fill("Attributes", attributesSite) {
        let answer = try await client.query(
          .elbv2, region: region, action: "DescribeLoadBalancerAttributes",
          parameters: ["LoadBalancerArn": arn], forceArrays: ["Attributes"])
        return Self.keyValues(answer["Attributes"])
      }
      await balancer.fill("Listeners", site("DescribeListeners", type: balancerType, id: arn)) {
        .array(
          try await list(
            "DescribeListeners", key: "Listeners", parameters: ["LoadBalancerArn": arn]
          ).map { $0.forcingArrays(at: ["Certificates", "DefaultActions", "AlpnPolicy"]) })
      }
      let resource = Resource(
        id: arn, type: balancerType, account: context.account, region: region,
        name: item["LoadBalancerName"]?.stringValue ?? "", tags: tags[arn] ?? [:],
        properties: balancer.properties)
      return (resource, balancer.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }

    output.resources += groupItems.map { item in
      let arn = item["TargetGroupArn"]?.stringValue ?? ""
      return Resource(
        id: arn, type: groupType, account: context.account, region: region,
        name: item["TargetGroupName"]?.stringValue ?? "", tags: tags[arn] ?? [:],
        properties: item)
    }
    return output
  }

  /// Tags by ARN. A failed batch is recorded and its resources go untagged.
  private func tags(
    _ arns: [String], region: String, _ context: CollectionContext,
    _ output: inout CollectorOutput
  ) async -> [String: [String: String]] {
    var tags: [String: [String: String]] = [:]
    for start in stride(from: 0, to: arns.count, by: 20) {
      let batch = Array(arns[start..<min(start + 20, arns.count)])
      var parameters: [String: String] = [:]
      for (index, arn) in batch.enumerated() {
        parameters["ResourceArns.member.\(index + 1)"] = arn
      }
      let site = CallSite(
        service: "elasticloadbalancing", region: region, operation: "DescribeTags",
        resourceTypes: resourceTypes, property: "tags")
      let answer = await fetch(site) {
        try await context.client.query(
          .elbv2, region: region, action: "DescribeTags", parameters: parameters,
          forceArrays: ["TagDescriptions"])
      }
      if case .failed(let failure) = answer { output.failures.append(failure) }
      for description in Shapes.list(answer.value?["TagDescriptions"]) {
        guard let arn = description["ResourceArn"]?.stringValue else { continue }
        tags[arn] = Shapes.tags(description["Tags"])
      }
    }
    return tags
  }

  /// `[{Key, Value}]` attribute lists as one object, `{"deletion_protection.enabled":
  /// "true"}`, so rules address an attribute by its key.
  static func keyValues(_ node: JSONValue?) -> JSONValue {
    .object(Shapes.tags(.array(Shapes.list(node))).mapValues { .string($0) })
  }
}
