import ParapetAWS
import ParapetCore

/// Reads a region's KMS keys: metadata, rotation status where rotation applies (enabled
/// customer-managed symmetric keys with KMS key material), key policy and tags (one tagging
/// call for the region, else ListResourceTags per key). A key is named after its first
/// alias, as the console shows it.
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
    guard let keys = output.keep(listing) else { return output }

    let aliasSite = CallSite(
      service: "kms", region: region, operation: "ListAliases", resourceTypes: resourceTypes)
    let aliases = await fetch(aliasSite) {
      try await context.client.paginateJSON(
        .kms, region: region, action: "ListAliases", tokenKey: "Marker",
        outputTokenKey: "NextMarker", resultPath: "Aliases")
    }
    // Aliases only name keys; without them keys are named by id and nothing is unknown.
    var aliasByKey: [String: String] = [:]
    for alias in (aliases.value ?? []).reversed() {
      guard let key = alias["TargetKeyId"]?.stringValue,
        let name = alias["AliasName"]?.stringValue
      else { continue }
      aliasByKey[key] = String(name.dropFirst("alias/".count))
    }

    let names = aliasByKey
    let tagIndex = await TagIndex.fetch(
      "kms:key", region: region, resourceTypes: resourceTypes, context: context)
    let built = await boundedMap(keys, limit: context.enrichmentConcurrency) { item in
      await self.key(
        item, region: region, alias: names[item["KeyId"]?.stringValue ?? ""],
        tagIndex: tagIndex, context)
    }
    for case (let resource, let failures)? in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  /// One key from its ListKeys item (`KeyId`, `KeyArn`); nil when DescribeKey says the key
  /// no longer exists. Its tags come from `tagIndex` (the region's tagging answer) when
  /// there is one, else from ListResourceTags.
  func key(
    _ item: JSONValue, region: String, alias: String?,
    tagIndex: [String: [String: String]]? = nil, _ context: CollectionContext
  ) async -> (Resource, [CollectionFailure])? {
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
    // The key's properties are its KeyMetadata, the API's description of a key; a failed
    // DescribeKey leaves them all unknown (a failure on the resource with no property).
    var describeSite = site("DescribeKey")
    describeSite.property = nil
    let described = await fetch(describeSite) {
      try await call("DescribeKey", ["KeyId": .string(keyId)])["KeyMetadata"] ?? [:]
    }
    if case .absent = described { return nil }
    var key = Enrichment(described.value ?? [:])
    if case .failed(let failure) = described { key.failures.append(failure) }
    let metadata = described.value
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
    if let tagIndex {
      tags = tagIndex[arn] ?? [:]
    } else if customerManaged {
      let listed = await fetch(site("ListResourceTags")) {
        try await call("ListResourceTags", ["KeyId": .string(keyId)])
      }
      tags = Shapes.tags(listed.value?["Tags"])
    }

    let resource = Resource(
      id: arn, type: "aws.kms.key", account: context.account, region: region,
      name: alias ?? keyId, tags: tags,
      properties: key.properties)
    return (resource, key.failures)
  }
}
