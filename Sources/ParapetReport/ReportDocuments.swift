import ParapetCore

/// Builds the JSON trees of `inventory.json` and `findings.json`. The schema is described
/// field by field in docs/OUTPUT.md; Parapet's own keys are snake_case, resource
/// properties keep the provider's spelling. Bump `schemaVersion` on any change that could
/// break a reader (a removed or renamed key, a changed type); adding keys does not.
public enum ReportDocuments {
  /// Version of the report schema written into every document as `schema_version`.
  public static let schemaVersion = 1

  /// The `inventory.json` document: scan metadata, every resource, every failed call.
  public static func inventory(metadata: ScanMetadata, inventory: Inventory) -> JSONValue {
    .object(
      inventoryMembers(metadata: metadata, inventory: inventory).merging(
        ["resources": .array(inventory.resources.map(resource))]
      ) { _, new in new })
  }

  /// The `findings.json` document: scan metadata, counts, and every finding in the order
  /// given.
  public static func findings(metadata: ScanMetadata, findings: [Finding]) -> JSONValue {
    .object(
      findingsMembers(metadata: metadata, findings: findings).merging(
        ["findings": .array(findings.map(finding))]
      ) { _, new in new })
  }

  /// The text of `inventory.json`, the same as writing `inventory(metadata:inventory:)`
  /// but made one resource at a time.
  public static func inventoryText(
    metadata: ScanMetadata, inventory: Inventory, pretty: Bool
  ) -> String {
    let resources = inventory.resources
    return JSONWriter(pretty: pretty).string(
      inventoryMembers(metadata: metadata, inventory: inventory), streaming: "resources",
      count: resources.count
    ) { resource(resources[$0]) } + "\n"
  }

  /// The text of `findings.json`, the same as writing `findings(metadata:findings:)` but
  /// made one finding at a time.
  public static func findingsText(
    metadata: ScanMetadata, findings: [Finding], pretty: Bool
  ) -> String {
    JSONWriter(pretty: pretty).string(
      findingsMembers(metadata: metadata, findings: findings), streaming: "findings",
      count: findings.count
    ) { finding(findings[$0]) } + "\n"
  }

  /// Every member of `inventory.json` but its `resources`.
  private static func inventoryMembers(
    metadata: ScanMetadata, inventory: Inventory
  ) -> [String: JSONValue] {
    [
      "schema": "parapet.inventory",
      "schema_version": .number(Double(schemaVersion)),
      "scan": scan(metadata),
      "failures": .array(inventory.failures.map(failure)),
    ]
  }

  /// Every member of `findings.json` but its `findings`.
  private static func findingsMembers(
    metadata: ScanMetadata, findings: [Finding]
  ) -> [String: JSONValue] {
    [
      "schema": "parapet.findings",
      "schema_version": .number(Double(schemaVersion)),
      "scan": scan(metadata),
      "summary": summary(findings),
    ]
  }

  /// The `scan` object shared by both documents.
  public static func scan(_ metadata: ScanMetadata) -> JSONValue {
    var calls: [String: JSONValue] = [:]
    for (service, stats) in metadata.apiCalls {
      calls[service] = [
        "calls": .number(Double(stats.calls)), "retries": .number(Double(stats.retries)),
      ]
    }

    var scan: JSONValue = [
      "scan_id": .string(metadata.scanId),
      "account": .string(metadata.account),
      "caller_arn": .string(metadata.callerArn),
      "regions": .array(metadata.regions.map(JSONValue.string)),
      "services": .array(metadata.services.map(JSONValue.string)),
      "started_at": .string(UTCTimestamp.iso8601(metadata.startedAt)),
      "finished_at": .string(UTCTimestamp.iso8601(metadata.finishedAt)),
      "duration_seconds": .number(milliseconds(metadata.durationSeconds)),
      "cpu_seconds": .number(milliseconds(metadata.cpuSeconds)),
      "parapet_version": .string(metadata.parapetVersion),
      "api_calls": .object(calls),
      "api_calls_total": .number(Double(metadata.totalCalls)),
      "retries_total": .number(Double(metadata.totalRetries)),
    ]
    if let rescanOf = metadata.rescanOf {
      scan = scan.setting("rescan_of", to: .string(rescanOf))
    }
    return scan
  }

  /// One resource; `properties` is copied unchanged.
  public static func resource(_ resource: Resource) -> JSONValue {
    [
      "id": .string(resource.id),
      "type": .string(resource.type),
      "provider": .string(resource.provider),
      "account": .string(resource.account),
      "region": .string(resource.region),
      "name": .string(resource.name),
      "tags": .object(resource.tags.mapValues(JSONValue.string)),
      "properties": resource.properties,
    ]
  }

  /// One failed collection call; absent optional fields are written as null.
  public static func failure(_ failure: CollectionFailure) -> JSONValue {
    [
      "service": .string(failure.service),
      "region": .string(failure.region),
      "operation": .string(failure.operation),
      "resource_types": .array(failure.resourceTypes.map(JSONValue.string)),
      "resource_id": failure.resourceId.map(JSONValue.string) ?? .null,
      "property": failure.property.map(JSONValue.string) ?? .null,
      "kind": .string(failure.kind.rawValue),
      "permission": .string(failure.permission),
      "message": .string(failure.message),
    ]
  }

  /// One finding, in the shape `Finding.jsonValue` gives (docs/OUTPUT.md).
  public static func finding(_ finding: Finding) -> JSONValue {
    finding.jsonValue
  }

  /// Counts by status (every status present, zero included) and failures by severity.
  public static func summary(_ findings: [Finding]) -> JSONValue {
    let counts = FindingCounts(findings)
    var byStatus: [String: JSONValue] = [:]
    for status in Finding.Status.allCases {
      byStatus[status.rawValue] = .number(Double(counts.byStatus[status] ?? 0))
    }
    var bySeverity: [String: JSONValue] = [:]
    for severity in Severity.allCases {
      bySeverity[severity.rawValue] = .number(Double(counts.failsBySeverity[severity] ?? 0))
    }

    return [
      "total": .number(Double(findings.count)),
      "by_status": .object(byStatus),
      "fail_by_severity": .object(bySeverity),
    ]
  }

  private static func milliseconds(_ seconds: Double) -> Double {
    (seconds * 1000).rounded() / 1000
  }
}
