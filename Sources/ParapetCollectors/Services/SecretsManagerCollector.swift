import ParapetAWS
import ParapetCore

/// Reads a region's Secrets Manager secrets: the ListSecrets metadata (rotation, KMS key,
/// last rotation and access dates) and each secret's resource policy. Secret values are
/// never read: Parapet does not call GetSecretValue and needs no permission to.
public struct SecretsManagerCollector: Collector {
  /// `secretsmanager`.
  public let service = "secretsmanager"
  /// Secrets.
  public let resourceTypes = ["aws.secretsmanager.secret"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A Secrets Manager collector.
  public init() {}

  /// Collects secrets in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "secretsmanager", region: region, operation: operation,
        resourceTypes: resourceTypes, resourceId: id)
    }

    let listing = await fetch(site("ListSecrets")) {
      try await client.paginateJSON(
        .secretsmanager, region: region, action: "ListSecrets", tokenKey: "NextToken",
        resultPath: "SecretList")
    }
    guard let items = output.keep(listing) else { return output }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let arn = item["ARN"]?.stringValue ?? ""
      // ListSecrets leaves RotationEnabled out for a secret that never rotated.
      var secret = Enrichment(
        item["RotationEnabled"] == nil ? item.setting("RotationEnabled", to: false) : item)
      await secret.fill("ResourcePolicy", site("GetResourcePolicy", id: arn)) {
        let answer = try await client.json(
          .secretsmanager, region: region, action: "GetResourcePolicy",
          body: ["SecretId": .string(arn)])
        return Shapes.policyDocument(answer["ResourcePolicy"]) ?? .null
      }
      let resource = Resource(
        id: arn, type: "aws.secretsmanager.secret", account: context.account,
        region: region, name: item["Name"]?.stringValue ?? "",
        tags: Shapes.tags(item["Tags"]), properties: secret.properties)
      return (resource, secret.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }
}
