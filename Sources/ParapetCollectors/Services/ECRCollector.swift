import ParapetAWS
import ParapetCore

/// Reads a region's ECR repositories with their repository policy, lifecycle policy and
/// tags. The describe item already carries tag mutability, scan-on-push and encryption.
public struct ECRCollector: Collector {
  /// `ecr`.
  public let service = "ecr"
  /// Repositories.
  public let resourceTypes = ["aws.ecr.repository"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An ECR collector.
  public init() {}

  /// Collects repositories in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "ecr", region: region, operation: operation, resourceTypes: resourceTypes,
        resourceId: id)
    }
    @Sendable func call(_ action: String, _ body: JSONValue) async throws -> JSONValue {
      try await client.json(.ecr, region: region, action: action, body: body)
    }

    let listing = await fetch(site("DescribeRepositories")) {
      try await client.paginateJSON(
        .ecr, region: region, action: "DescribeRepositories", tokenKey: "nextToken",
        resultPath: "repositories")
    }
    guard let items = output.keep(listing) else { return output }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let name = item["repositoryName"]?.stringValue ?? ""
      let arn =
        item["repositoryArn"]?.stringValue
        ?? context.arn("ecr", region: region, "repository/\(name)")
      let target: JSONValue = ["repositoryName": .string(name)]
      var repository = Enrichment(item)
      // RepositoryPolicyNotFoundException and LifecyclePolicyNotFoundException are "not
      // found" codes: the key is null when the repository has no such policy.
      await repository.fill("Policy", site("GetRepositoryPolicy", id: arn)) {
        let answer = try await call("GetRepositoryPolicy", target)
        return Shapes.policyDocument(answer["policyText"]) ?? .null
      }
      await repository.fill("LifecyclePolicy", site("GetLifecyclePolicy", id: arn)) {
        let answer = try await call("GetLifecyclePolicy", target)
        return Shapes.policyDocument(answer["lifecyclePolicyText"]) ?? .null
      }
      let listed = await fetch(site("ListTagsForResource", id: arn)) {
        try await call("ListTagsForResource", ["resourceArn": .string(arn)])
      }
      let resource = Resource(
        id: arn, type: "aws.ecr.repository", account: context.account, region: region,
        name: name, tags: Shapes.tags(listed.value?["tags"]),
        properties: repository.properties)
      return (resource, repository.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }
}
