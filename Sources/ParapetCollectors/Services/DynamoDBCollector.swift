import ParapetAWS
import ParapetCore

/// Reads a region's DynamoDB tables: DescribeTable's `Table` fields at the top level, point-
/// in-time recovery status and tags. A failed DescribeTable is a failure on the table with
/// no property.
public struct DynamoDBCollector: Collector {
  /// `dynamodb`.
  public let service = "dynamodb"
  /// Tables.
  public let resourceTypes = ["aws.dynamodb.table"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// A DynamoDB collector.
  public init() {}

  /// Collects tables in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "dynamodb", region: region, operation: operation,
        resourceTypes: resourceTypes, resourceId: id)
    }
    @Sendable func call(_ action: String, _ body: JSONValue) async throws -> JSONValue {
      try await client.json(.dynamodb, region: region, action: action, body: body)
    }

    let listing = await fetch(site("ListTables")) {
      try await client.paginateJSON(
        .dynamodb, region: region, action: "ListTables", tokenKey: "ExclusiveStartTableName",
        outputTokenKey: "LastEvaluatedTableName", resultPath: "TableNames")
    }
    guard let names = output.keep(listing) else { return output }

    let built = await boundedMap(names, limit: context.enrichmentConcurrency) { name in
      let tableName = name.stringValue ?? ""
      let fallback = context.arn("dynamodb", region: region, "table/\(tableName)")
      let described = await fetch(site("DescribeTable", id: fallback)) {
        try await call("DescribeTable", ["TableName": name])["Table"] ?? .object([:])
      }
      guard case .found(let properties) = described else {
        let resource = Resource(
          id: fallback, type: "aws.dynamodb.table", account: context.account,
          region: region, name: tableName, properties: ["TableName": name])
        var failures: [CollectionFailure] = []
        if case .failed(let failure) = described { failures.append(failure) }
        return (resource, failures)
      }

      let arn = properties["TableArn"]?.stringValue ?? fallback
      var table = Enrichment(properties)
      await table.fill("ContinuousBackups", site("DescribeContinuousBackups", id: arn)) {
        try await call("DescribeContinuousBackups", ["TableName": name])[
          "ContinuousBackupsDescription"] ?? .null
      }
      let listed = await fetch(site("ListTagsOfResource", id: arn)) {
        try await call("ListTagsOfResource", ["ResourceArn": .string(arn)])
      }
      let resource = Resource(
        id: arn, type: "aws.dynamodb.table", account: context.account, region: region,
        name: tableName, tags: Shapes.tags(listed.value?["Tags"]), properties: table.properties)
      return (resource, table.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }
}
