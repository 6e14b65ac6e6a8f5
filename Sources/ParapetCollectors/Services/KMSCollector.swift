import ParapetAWS
import ParapetCore

/// Reads a region's KMS keys: metadata, rotation status where rotation applies (enabled
/// customer-managed symmetric keys with KMS key material), key policy and tags.
public struct KMSCollector: Collector {
  /// `kms`.
  public let service = "kms"
  /// KMS keys.
  public let resourceTypes = ["aws.kms.key"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A KMS collector.
  public init() {}

  /// Collects KMS keys in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let listSite = CallSite(
      service: "kms", region: region, operation: "ListKeys", resourceTypes: resourceTypes)
    let listing = await fetch(listSite) {
      try await context.client.paginateJSON(
        .kms, region: region, action: "ListKeys", tokenKey: "Marker",
        outputTokenKey: "NextMarker", resultPath: "Keys")
    }
    guard case .found(let keys) = listing else {
      if case .failed(let failure) = listing { output.failures.append(failure) }
      return output
    }

    let built = await boundedMap(keys, limit: context.enrichmentConcurrency) { item in
      await self.key(item, region: region, context)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  private func key(
    _ item: JSONValue, region: String, _ context: CollectionContext
  ) async -> (Resource, [CollectionFailure]) {
    let client = context.client
    let keyId = item["KeyId"]?.stringValue ?? ""
    let arn = item["KeyArn"]?.stringValue ?? context.arn("kms", region: region, "key/\(keyId)")
    func site(_ operation: String) -> CallSite {
      CallSite(
        service: "kms", region: region, operation: operation, resourceTypes: resourceTypes,
        resourceId: arn)
    }
    func call(_ action: String, _ body: JSONValue) async throws -> JSONValue {
      try await client.json(.kms, region: region, action: action, body: body)
    }
    var key = Enrichment(.object([:]))

    await key.fill("KeyMetadata", site("DescribeKey")) {
      try await call("DescribeKey", ["KeyId": .string(keyId)])["KeyMetadata"] ?? .null
    }
    let metadata = key.properties["KeyMetadata"]
    let customerManaged = metadata?["KeyManager"]?.stringValue == "CUSTOMER"
    let spec = metadata?["KeySpec"]?.stringValue ?? "SYMMETRIC_DEFAULT"
    let origin = metadata?["Origin"]?.stringValue ?? "AWS_KMS"
    let state = metadata?["KeyState"]?.stringValue ?? ""
    let rotatable =
      customerManaged && spec == "SYMMETRIC_DEFAULT" && origin == "AWS_KMS"
      && state != "PendingDeletion"
    if rotatable {
      await key.fill("KeyRotationEnabled", site("GetKeyRotationStatus")) {
        try await call("GetKeyRotationStatus", ["KeyId": .string(keyId)])["KeyRotationEnabled"]
          ?? .null
      }
    } else if metadata != nil {
      key.properties = key.properties.setting("KeyRotationEnabled", to: .null)
    }
    await key.fill("Policy", site("GetKeyPolicy")) {
      let answer = try await call(
        "GetKeyPolicy", ["KeyId": .string(keyId), "PolicyName": "default"])
      return Shapes.policyDocument(answer["Policy"]) ?? .null
    }
    var tags: [String: String] = [:]
    if customerManaged {
      let listed = await fetch(site("ListResourceTags")) {
        try await call("ListResourceTags", ["KeyId": .string(keyId)])
      }
      tags = Shapes.tags(listed.value?["Tags"])
    }

    let resource = Resource(
      id: arn, type: "aws.kms.key", account: context.account, region: region,
      name: keyId, tags: tags,
      properties: key.properties)
    return (resource, key.failures)
  }
}
