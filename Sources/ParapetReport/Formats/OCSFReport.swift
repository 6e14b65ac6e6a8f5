import Foundation
import ParapetCore

/// Renders findings as OCSF Detection Finding events (class 2004, category Findings), one
/// event per finding, as a JSON array: the shape OCSF-consuming tools (Security Lake,
/// SIEM pipelines) take from other cloud scanners.
///
/// Status mapping: `fail` is New, `muted` is Suppressed, `pass` is Resolved (nothing is
/// left to do, as Security Hub treats a passed control), and `not_evaluated` is Other with
/// the status text "Not Evaluated". `status_code` keeps Parapet's own verdict in capitals
/// (`FAIL`). What OCSF has no attribute for (evidence, compliance references, the risk
/// text, the remediation snippets) is kept under `unmapped`.
public enum OCSFReport {
  /// The OCSF schema version the events follow.
  public static let schemaVersion = "1.3.0"

  /// The whole document: a JSON array of events in the order of `findings`.
  public static func render(
    findings: [Finding], metadata: ScanMetadata, checks: [String: CheckInfo] = [:],
    pretty: Bool = true
  ) -> String {
    let events = findings.map { event($0, metadata: metadata, check: checks.info(for: $0)) }
    return JSONWriter(pretty: pretty).string(.array(events)) + "\n"
  }

  /// One Detection Finding event.
  public static func event(
    _ finding: Finding, metadata: ScanMetadata, check: CheckInfo
  ) -> JSONValue {
    let time = JSONValue.number((metadata.finishedAt.timeIntervalSince1970 * 1000).rounded())
    let status = status(finding.status)
    let severity = severity(finding.severity)

    return [
      "activity_id": 1, "activity_name": "Create",
      "category_uid": 2, "category_name": "Findings",
      "class_uid": 2004, "class_name": "Detection Finding",
      "type_uid": 200_401, "type_name": "Detection Finding: Create",
      "severity_id": .number(Double(severity.id)), "severity": .string(severity.name),
      "status_id": .number(Double(status.id)), "status": .string(status.name),
      "status_code": .string(finding.status.rawValue.uppercased()),
      "status_detail": .string(finding.message),
      "message": .string(FormatText.firstNonEmpty(finding.message, check.title)),
      "time": time,
      "time_dt": .string(UTCTimestamp.iso8601(metadata.finishedAt)),
      "metadata": [
        "version": .string(schemaVersion),
        "uid": .string(metadata.scanId + "/" + finding.fingerprint),
        "event_code": .string(finding.checkId),
        "profiles": ["cloud", "datetime"],
        "product": [
          "name": "Parapet", "vendor_name": "Parapet", "uid": "parapet",
          "version": .string(metadata.parapetVersion),
        ],
      ],
      "finding_info": findingInfo(finding, check: check, time: time),
      "resources": [resource(finding)],
      "cloud": [
        "provider": "AWS",
        "region": .string(finding.region),
        "account": ["uid": .string(finding.account), "type_id": 10, "type": "AWS Account"],
      ],
      "remediation": [
        "desc": .string(FormatText.firstNonEmpty(check.remediation.text, finding.remediation)),
        "references": .array(check.references.map(JSONValue.string)),
      ],
      "unmapped": unmapped(finding, check: check, metadata: metadata),
    ]
  }

  /// OCSF `severity_id` and caption for a Parapet severity.
  public static func severity(_ severity: Severity) -> (id: Int, name: String) {
    switch severity {
    case .informational: return (1, "Informational")
    case .low: return (2, "Low")
    case .medium: return (3, "Medium")
    case .high: return (4, "High")
    case .critical: return (5, "Critical")
    }
  }

  /// OCSF `status_id` and caption for a finding status.
  public static func status(_ status: Finding.Status) -> (id: Int, name: String) {
    switch status {
    case .fail: return (1, "New")
    case .muted: return (3, "Suppressed")
    case .pass: return (4, "Resolved")
    case .notEvaluated: return (99, "Not Evaluated")
    }
  }

  private static func findingInfo(
    _ finding: Finding, check: CheckInfo, time: JSONValue
  ) -> JSONValue {
    let types = check.categories.isEmpty ? ["configuration"] : check.categories
    return [
      "uid": .string("parapet-" + finding.fingerprint),
      "title": .string(FormatText.firstNonEmpty(finding.checkTitle, check.title)),
      "desc": .string(FormatText.firstNonEmpty(check.description, finding.message)),
      "types": .array(types.map(JSONValue.string)),
      "created_time": time,
      "analytic": [
        "uid": .string(finding.checkId), "name": .string(finding.checkId),
        "type_id": 1, "type": "Rule",
      ],
    ]
  }

  private static func resource(_ finding: Finding) -> JSONValue {
    [
      "uid": .string(finding.resourceId),
      "name": .string(finding.resourceName),
      "type": .string(finding.resourceType),
      "region": .string(finding.region),
      "cloud_partition": .string(FormatText.partition(ofArn: finding.resourceId)),
    ]
  }

  private static func unmapped(
    _ finding: Finding, check: CheckInfo, metadata: ScanMetadata
  ) -> JSONValue {
    // A failing finding's own snippets have its resource filled in; others show the check's.
    let own = finding.remediationSnippets
    var remediation: [String: JSONValue] = [:]
    if let cli = own.cli ?? check.remediation.cli { remediation["cli"] = .string(cli) }
    if let terraform = own.terraform ?? check.remediation.terraform {
      remediation["terraform"] = .string(terraform)
    }
    if let template = own.cloudformation ?? check.remediation.cloudformation {
      remediation["cloudformation"] = .string(template)
    }
    let evidence: [JSONValue] = finding.evidence.map { item in
      var members: [String: JSONValue] = ["path": .string(item.path)]
      if let value = item.value { members["value"] = value }
      return .object(members)
    }

    return [
      "scan_id": .string(metadata.scanId),
      "fingerprint": .string(finding.fingerprint),
      "risk": .string(check.risk),
      "evidence": .array(evidence),
      "compliance": .array(finding.compliance.map(JSONValue.string)),
      "remediation": .object(remediation),
    ]
  }
}
