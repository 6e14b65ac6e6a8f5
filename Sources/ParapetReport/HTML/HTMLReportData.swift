import ParapetCore

/// Builds the JSON the HTML report's script reads, in a compact shape that keeps a report
/// of 100,000 findings in the tens of megabytes:
///
/// - `s`: a table of repeated strings (messages, evidence paths, types, accounts, regions,
///   remediations, compliance tags), referred to by index;
/// - `checks`: one object per check with its long texts, stored once;
/// - `resources`: `[id, type, name, account, region]`, one row per distinct resource;
/// - `findings`: `[check, status, severity, resource, message, evidence, remediation?,
///   compliance?, snippets?]`, where status is 0 fail, 1 pass, 2 muted, 3 not evaluated,
///   severity is `Severity.rank`, evidence is a list of `[path]` (path absent) or
///   `[path, value]`, remediation and compliance appear only when they differ from the
///   check's usual ones (`fr` and `fc` on the check, taken from its first finding) or when
///   snippets follow, and snippets `[cli, terraform, cloudformation]` (string indexes, -1
///   for none) only on findings whose own filled-in snippets differ from the check's.
///
/// Numbers in rows are indexes into those tables. The layout is internal to the report:
/// the script and this builder change together.
struct HTMLReportData {
  private var strings: [String] = []
  private var stringIndex: [String: Int] = [:]
  private var checkOrder: [String] = []
  private var checkIndex: [String: Int] = [:]
  private var checkDefaults: [Finding] = []
  private var resourceRows: [String] = []
  private var resourceIndex: [ResourceKey: Int] = [:]
  private var findingRows = ""

  private struct ResourceKey: Hashable {
    var id, type, name, account, region: String
  }

  /// The JSON text for one report; not yet escaped for embedding in HTML.
  static func json(
    metadata: ScanMetadata, inventory: Inventory, findings: [Finding],
    checks: [String: CheckInfo]
  ) -> String {
    var data = HTMLReportData()
    var rows = ""
    rows.reserveCapacity(findings.count * 48)
    for (index, finding) in findings.enumerated() {
      if index > 0 { rows += "," }
      data.appendRow(finding, checks: checks, to: &rows)
    }
    data.findingRows = rows

    let writer = JSONWriter()
    var out = "{\"v\":1,\"scan\":"
    out += writer.string(ReportDocuments.scan(metadata))
    out += ",\"inventory\":" + writer.string(inventorySummary(inventory))
    out += ",\"checks\":[" + data.checksJSON(checks) + "]"
    out += ",\"resources\":[" + data.resourceRows.joined(separator: ",") + "]"
    out += ",\"s\":["
    for (index, text) in data.strings.enumerated() {
      if index > 0 { out += "," }
      JSONWriter.appendQuoted(text, to: &out)
    }
    out += "],\"findings\":[" + data.findingRows + "]}"
    return out
  }

  /// Resource counts by type and the failed collection calls; properties stay out of the
  /// report, since inventory.json already holds them.
  private static func inventorySummary(_ inventory: Inventory) -> JSONValue {
    var byType: [String: JSONValue] = [:]
    for type in inventory.types {
      byType[type] = .number(Double(inventory.resources(ofType: type).count))
    }
    return [
      "resources": .number(Double(inventory.resources.count)),
      "by_type": .object(byType),
      "failures": .array(inventory.failures.map(ReportDocuments.failure)),
    ]
  }

  private mutating func intern(_ text: String) -> Int {
    if let index = stringIndex[text] { return index }
    stringIndex[text] = strings.count
    strings.append(text)
    return strings.count - 1
  }

  private mutating func check(for finding: Finding) -> Int {
    if let index = checkIndex[finding.checkId] { return index }
    checkIndex[finding.checkId] = checkOrder.count
    checkOrder.append(finding.checkId)
    checkDefaults.append(finding)
    _ = intern(finding.remediation)
    for tag in finding.compliance { _ = intern(tag) }
    return checkOrder.count - 1
  }

  private mutating func resource(for finding: Finding) -> Int {
    let key = ResourceKey(
      id: finding.resourceId, type: finding.resourceType, name: finding.resourceName,
      account: finding.account, region: finding.region)
    if let index = resourceIndex[key] { return index }

    var row = "["
    JSONWriter.appendQuoted(key.id, to: &row)
    row += ",\(intern(key.type)),"
    JSONWriter.appendQuoted(key.name, to: &row)
    row += ",\(intern(key.account)),\(intern(key.region))]"
    resourceIndex[key] = resourceRows.count
    resourceRows.append(row)
    return resourceRows.count - 1
  }

  private mutating func appendRow(
    _ finding: Finding, checks: [String: CheckInfo], to out: inout String
  ) {
    let check = check(for: finding)
    let defaults = checkDefaults[check]
    let status = Self.statusCode(finding.status)
    out += "[\(check),\(status),\(finding.severity.rank),\(resource(for: finding)),"
    out += "\(intern(finding.message)),["
    for (index, item) in finding.evidence.enumerated() {
      if index > 0 { out += "," }
      out += "[\(intern(item.path))"
      if let value = item.value {
        out += ","
        JSONWriter().write(value, into: &out)
      }
      out += "]"
    }
    out += "]"

    let sameCompliance = finding.compliance == defaults.compliance
    let snippets = finding.remediationSnippets
    let ownSnippets = !snippets.isEmpty && !Self.sameSnippets(snippets, checks[finding.checkId])
    if finding.remediation != defaults.remediation || !sameCompliance || ownSnippets {
      out += ",\(intern(finding.remediation))"
    }
    if !sameCompliance || ownSnippets {
      out += ",[" + finding.compliance.map { String(intern($0)) }.joined(separator: ",") + "]"
    }
    if ownSnippets {
      let indexes = [snippets.cli, snippets.terraform, snippets.cloudformation].map {
        $0.map { String(intern($0)) } ?? "-1"
      }
      out += ",[" + indexes.joined(separator: ",") + "]"
    }
    out += "]"
  }

  /// Whether a finding's snippets read exactly as its check's (no placeholder filled).
  private static func sameSnippets(_ snippets: RemediationSnippets, _ info: CheckInfo?) -> Bool {
    guard let info else { return false }
    return snippets.cli == info.remediation.cli
      && snippets.terraform == info.remediation.terraform
      && snippets.cloudformation == info.remediation.cloudformation
  }

  /// One object per check; a check without `CheckInfo` takes its title and severity from
  /// its first finding.
  private func checksJSON(_ checks: [String: CheckInfo]) -> String {
    let writer = JSONWriter()
    return checkOrder.enumerated().map { index, id in
      let defaults = checkDefaults[index]
      let info =
        checks[id]
        ?? CheckInfo(id: id, title: defaults.checkTitle, severity: defaults.severity)
      let object: JSONValue = [
        "id": .string(id),
        "title": .string(info.title),
        "sev": .number(Double(info.severity.rank)),
        "desc": .string(info.description),
        "risk": .string(info.risk),
        "rem": .string(info.remediation.text),
        "cli": .string(info.remediation.cli ?? ""),
        "tf": .string(info.remediation.terraform ?? ""),
        "cfn": .string(info.remediation.cloudformation ?? ""),
        "refs": .array(info.references.map(JSONValue.string)),
        "comp": .array(info.complianceTags.map(JSONValue.string)),
        "fr": .number(Double(stringIndex[defaults.remediation] ?? -1)),
        "fc": .array(defaults.compliance.map { .number(Double(stringIndex[$0] ?? -1)) }),
      ]
      return writer.string(object)
    }.joined(separator: ",")
  }

  private static func statusCode(_ status: Finding.Status) -> Int {
    switch status {
    case .fail: return 0
    case .pass: return 1
    case .muted: return 2
    case .notEvaluated: return 3
    }
  }
}
