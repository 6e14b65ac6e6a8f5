import Foundation
import ParapetCore

/// Reads the findings of a scan's `findings.json` (docs/OUTPUT.md) back into `Finding`s,
/// so `parapet fix --from FILE` works on any earlier scan.
public enum FindingsFile {
  /// The findings in the file at `path`; throws naming the file and the first bad finding.
  public static func load(path: String) throws -> [Finding] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RemediationError(
        "cannot read \(path); pass the findings.json of a scan with --from")
    }
    let document: JSONValue
    do {
      document = try JSONValue.parse(data)
    } catch {
      throw RemediationError("\(path): \(error)")
    }
    guard document["schema"]?.stringValue == "parapet.findings",
      case .array(let items)? = document["findings"]
    else {
      throw RemediationError(
        "\(path) is not a Parapet findings file (schema 'parapet.findings' with 'findings')")
    }
    return try items.enumerated().map { index, item in
      try finding(item, at: "\(path): findings[\(index)]")
    }
  }

  /// One finding object; `label` names it in errors.
  static func finding(_ item: JSONValue, at label: String) throws -> Finding {
    func text(_ key: String) throws -> String {
      guard let value = item[key]?.stringValue else {
        throw RemediationError("\(label): '\(key)' is missing or not a string")
      }
      return value
    }
    guard let status = Finding.Status(rawValue: try text("status")) else {
      throw RemediationError("\(label): unknown status '\(try text("status"))'")
    }
    guard let severity = Severity(rawValue: try text("severity")) else {
      throw RemediationError("\(label): unknown severity '\(try text("severity"))'")
    }
    return Finding(
      checkId: try text("check_id"), checkTitle: item["check_title"]?.stringValue ?? "",
      resourceId: try text("resource_id"), resourceType: try text("resource_type"),
      resourceName: item["resource_name"]?.stringValue ?? "",
      account: item["account"]?.stringValue ?? "", region: try text("region"),
      status: status, severity: severity, message: item["message"]?.stringValue ?? "",
      remediation: item["remediation"]?.stringValue ?? "",
      remediationSnippets: RemediationSnippets(json: item["remediation_snippets"]))
  }
}
