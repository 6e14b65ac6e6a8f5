import Foundation
import ParapetCore

/// A report file that cannot be read back: names the file and the field.
public struct ReportReadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file read.
  public var file: String
  /// Where in the document, such as `findings[3].status`; empty when the whole file is
  /// at fault (it cannot be read, or is not JSON).
  public var field: String
  /// What is wrong there.
  public var reason: String

  /// One line: `file: field: reason`, or `file: reason`.
  public var description: String {
    field.isEmpty ? "\(file): \(reason)" : "\(file): \(field): \(reason)"
  }
}

/// Reads `findings.json` and `inventory.json` back into the model, so that reports can be
/// rendered again (`parapet report`) and finished scans queried without calling the cloud.
/// The inverse of `ReportDocuments`.
public struct ReportDocumentReader: Sendable {
  /// The file's name, used in errors.
  public var file: String

  /// A reader whose errors name `file`.
  public init(file: String) {
    self.file = file
  }

  /// Reads and parses a `findings.json` file.
  public static func findings(atPath path: String) throws -> (ScanMetadata, [Finding]) {
    let reader = ReportDocumentReader(file: path)
    return try reader.findings(try reader.load(path, schema: "parapet.findings"))
  }

  /// Reads and parses an `inventory.json` file.
  public static func inventory(atPath path: String) throws -> (ScanMetadata, Inventory) {
    let reader = ReportDocumentReader(file: path)
    return try reader.inventory(try reader.load(path, schema: "parapet.inventory"))
  }

  /// The metadata and findings of a `findings.json` document.
  public func findings(_ document: JSONValue) throws -> (ScanMetadata, [Finding]) {
    let metadata = try scan(try required(document, "scan", at: ""))
    let items = try required(document, "findings", at: "").arrayValue ?? []
    let findings = try items.enumerated().map { index, item in
      try finding(item, at: "findings[\(index)]")
    }
    return (metadata, findings)
  }

  /// The metadata and inventory of an `inventory.json` document.
  public func inventory(_ document: JSONValue) throws -> (ScanMetadata, Inventory) {
    let metadata = try scan(try required(document, "scan", at: ""))
    var inventory = Inventory(account: metadata.account, regions: metadata.regions)
    for (index, item) in (document["resources"]?.arrayValue ?? []).enumerated() {
      inventory.add(try resource(item, at: "resources[\(index)]"))
    }
    for (index, item) in (document["failures"]?.arrayValue ?? []).enumerated() {
      inventory.record(try failure(item, at: "failures[\(index)]"))
    }
    return (metadata, inventory)
  }

  /// The `scan` object. Time stamps are written to the second and the duration to the
  /// millisecond, so the start is placed within its second where both fit, and the
  /// finish is the start plus the duration: written again, all three read the same.
  public func scan(_ node: JSONValue) throws -> ScanMetadata {
    let writtenStart = try date(node, "started_at", at: "scan")
    let writtenFinish = try date(node, "finished_at", at: "scan")
    let duration =
      node["duration_seconds"]?.doubleValue ?? writtenFinish.timeIntervalSince(writtenStart)
    let startedAt = max(writtenStart, writtenFinish.addingTimeInterval(-duration))
    let finishedAt = startedAt.addingTimeInterval(duration)
    var calls: [String: ServiceCallStats] = [:]
    for (service, stats) in node["api_calls"]?.objectValue ?? [:] {
      calls[service] = ServiceCallStats(
        calls: stats["calls"]?.intValue ?? 0, retries: stats["retries"]?.intValue ?? 0)
    }
    return ScanMetadata(
      scanId: try string(node, "scan_id", at: "scan"),
      account: try string(node, "account", at: "scan"),
      callerArn: node["caller_arn"]?.stringValue ?? "",
      regions: (node["regions"]?.arrayValue ?? []).compactMap(\.stringValue),
      services: (node["services"]?.arrayValue ?? []).compactMap(\.stringValue),
      startedAt: startedAt, finishedAt: finishedAt,
      parapetVersion: node["parapet_version"]?.stringValue ?? "",
      apiCalls: calls, cpuSeconds: node["cpu_seconds"]?.doubleValue ?? 0,
      rescanOf: node["rescan_of"]?.stringValue)
  }

  func finding(_ node: JSONValue, at path: String) throws -> Finding {
    let statusText = try string(node, "status", at: path)
    guard let status = Finding.Status(rawValue: statusText) else {
      throw ReportReadError(
        file: file, field: path + ".status",
        reason: "'\(statusText)' is not one of "
          + Finding.Status.allCases.map(\.rawValue).joined(separator: ", "))
    }
    let severityText = try string(node, "severity", at: path)
    guard let severity = Severity(rawValue: severityText) else {
      throw ReportReadError(
        file: file, field: path + ".severity",
        reason: "'\(severityText)' is not one of "
          + Severity.allCases.map(\.rawValue).joined(separator: ", "))
    }
    let evidence = (node["evidence"]?.arrayValue ?? []).map { item in
      Evidence(path: item["path"]?.stringValue ?? "", value: item["value"])
    }
    return Finding(
      checkId: try string(node, "check_id", at: path),
      checkTitle: node["check_title"]?.stringValue ?? "",
      resourceId: try string(node, "resource_id", at: path),
      resourceType: node["resource_type"]?.stringValue ?? "",
      resourceName: node["resource_name"]?.stringValue ?? "",
      account: node["account"]?.stringValue ?? "", region: node["region"]?.stringValue ?? "",
      status: status, severity: severity, message: node["message"]?.stringValue ?? "",
      evidence: evidence, remediation: node["remediation"]?.stringValue ?? "",
      remediationSnippets: RemediationSnippets(json: node["remediation_snippets"]),
      compliance: (node["compliance"]?.arrayValue ?? []).compactMap(\.stringValue))
  }

  func resource(_ node: JSONValue, at path: String) throws -> Resource {
    Resource(
      id: try string(node, "id", at: path), type: try string(node, "type", at: path),
      provider: node["provider"]?.stringValue ?? "aws",
      account: node["account"]?.stringValue ?? "", region: node["region"]?.stringValue ?? "",
      name: node["name"]?.stringValue ?? "",
      tags: (node["tags"]?.objectValue ?? [:]).compactMapValues(\.stringValue),
      properties: node["properties"] ?? .object([:]))
  }

  func failure(_ node: JSONValue, at path: String) throws -> CollectionFailure {
    let kindText = try string(node, "kind", at: path)
    guard let kind = CollectionFailure.Kind(rawValue: kindText) else {
      throw ReportReadError(
        file: file, field: path + ".kind", reason: "'\(kindText)' is not a failure kind")
    }
    return CollectionFailure(
      service: node["service"]?.stringValue ?? "", region: node["region"]?.stringValue ?? "",
      operation: try string(node, "operation", at: path),
      resourceTypes: (node["resource_types"]?.arrayValue ?? []).compactMap(\.stringValue),
      resourceId: node["resource_id"]?.stringValue, property: node["property"]?.stringValue,
      kind: kind, permission: node["permission"]?.stringValue ?? "",
      message: node["message"]?.stringValue ?? "")
  }

  private func load(_ path: String, schema: String) throws -> JSONValue {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ReportReadError(
        file: path, field: "",
        reason: "cannot be read: " + FileProblem.reason(reading: path, asText: false))
    }
    let document: JSONValue
    do {
      document = try JSONValue.parse(data)
    } catch {
      throw ReportReadError(file: path, field: "", reason: "\(error)")
    }
    guard document["schema"]?.stringValue == schema else {
      throw ReportReadError(
        file: path, field: "schema",
        reason: "expected '\(schema)'; is this a Parapet \(schema.dropFirst(8)).json file?")
    }
    guard let version = document["schema_version"]?.intValue,
      version <= ReportDocuments.schemaVersion
    else {
      throw ReportReadError(
        file: path, field: "schema_version",
        reason: "newer than this Parapet reads (\(ReportDocuments.schemaVersion)); upgrade")
    }
    return document
  }

  private func required(_ node: JSONValue, _ key: String, at path: String) throws -> JSONValue {
    guard let value = node[key], !value.isNull else {
      throw ReportReadError(
        file: file, field: path.isEmpty ? key : "\(path).\(key)", reason: "missing")
    }
    return value
  }

  private func string(_ node: JSONValue, _ key: String, at path: String) throws -> String {
    guard let text = try required(node, key, at: path).stringValue else {
      throw ReportReadError(file: file, field: "\(path).\(key)", reason: "expected a string")
    }
    return text
  }

  private func date(_ node: JSONValue, _ key: String, at path: String) throws -> Date {
    let text = try string(node, key, at: path)
    guard let date = ISO8601DateFormatter().date(from: text) else {
      throw ReportReadError(
        file: file, field: "\(path).\(key)", reason: "'\(text)' is not an ISO 8601 time")
    }
    return date
  }
}
