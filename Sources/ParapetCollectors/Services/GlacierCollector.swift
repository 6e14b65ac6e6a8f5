import ParapetAWS
import ParapetCore

/// Reads a region's S3 Glacier vaults with their access policies.
///
/// moto 5.2.5 lists vaults but has no route for GetVaultAccessPolicy: its HTML 404 reads
/// as "not found", so on moto every vault's `Policy` is null. Real AWS answers a vault
/// without a policy with ResourceNotFoundException, which means the same.
public struct GlacierCollector: Collector {
  /// `glacier`.
  public let service = "glacier"
  /// Vaults.
  public let resourceTypes = ["aws.glacier.vault"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A Glacier collector.
  public init() {}

  /// Collects vaults in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "glacier", region: region, operation: operation,
        resourceTypes: resourceTypes, resourceId: id)
    }

    let listing = await fetch(site("ListVaults")) {
      try await Self.vaults(client, region: region)
    }
    guard let items = output.keep(listing) else { return output }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      let name = item["VaultName"]?.stringValue ?? ""
      let arn =
        item["VaultARN"]?.stringValue ?? context.arn("glacier", region: region, "vaults/\(name)")
      var vault = Enrichment(item)
      await vault.fill("Policy", site("GetVaultAccessPolicy", id: arn)) {
        let answer = try await client.restJSON(
          .glacier, region: region, operation: "GetVaultAccessPolicy",
          path: "/-/vaults/\(name)/access-policy", headers: Self.versionHeader)
        return Shapes.policyDocument(answer.value(at: "policy.Policy") ?? answer["Policy"])
          ?? .null
      }
      let resource = Resource(
        id: arn, type: "aws.glacier.vault", account: context.account, region: region,
        name: name, properties: vault.properties)
      return (resource, vault.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }

  /// Glacier requires its API version in a header on every request.
  static let versionHeader = ["x-amz-glacier-version": AWSService.glacier.apiVersion]

  /// ListVaults pages: `marker` in the query, `Marker` in the body.
  static func vaults(_ client: any AWSCalling, region: String) async throws -> [JSONValue] {
    var collected: [JSONValue] = []
    var query: [String: String] = [:]
    var seen: Set<String> = []
    for _ in 0..<10_000 {
      let page = try await client.restJSON(
        .glacier, region: region, operation: "ListVaults", path: "/-/vaults", query: query,
        headers: versionHeader)
      collected += page["VaultList"]?.arrayValue ?? []
      guard let token = page["Marker"]?.stringValue, !token.isEmpty,
        seen.insert(token).inserted
      else { break }
      query["marker"] = token
    }
    return collected
  }
}
