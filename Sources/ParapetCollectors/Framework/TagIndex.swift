import ParapetAWS
import ParapetCore

/// Tags of many resources of one kind from the Resource Groups Tagging API: one paginated
/// GetResources per region instead of a tagging call per resource. A resource the answer
/// leaves out has no tags.
enum TagIndex {
  /// Tags by ARN of the resources matching `typeFilter` (`s3`, `kms:key`) in `region`, or nil
  /// when the call failed: the caller then asks each resource on its own rather than take
  /// "no tags" for an answer, so the failure is not recorded here.
  static func fetch(
    _ typeFilter: String, region: String, resourceTypes: [String], context: CollectionContext
  ) async -> [String: [String: String]]? {
    let site = CallSite(
      service: "tagging", region: region, operation: "GetResources",
      resourceTypes: resourceTypes)
    let mappings = await ParapetCollectors.fetch(site) {
      try await context.client.paginateJSON(
        .tagging, region: region, action: "GetResources",
        body: ["ResourceTypeFilters": [.string(typeFilter)], "ResourcesPerPage": 100],
        tokenKey: "PaginationToken", resultPath: "ResourceTagMappingList")
    }
    guard case .found(let items) = mappings else { return nil }

    var tags: [String: [String: String]] = [:]
    for item in items {
      if let arn = item["ResourceARN"]?.stringValue { tags[arn] = Shapes.tags(item["Tags"]) }
    }
    return tags
  }
}
