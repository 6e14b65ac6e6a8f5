import ParapetCore

/// Renders findings as JUnit XML for CI systems: one test suite per check, one test case
/// per resource the check judged. A failure is a `<failure>`; a not-evaluated finding is
/// `<skipped>` with the reason; a muted failure is `<skipped>` saying it was muted; a pass
/// is an empty test case. Suites are ordered by check id, cases in the order of the
/// findings, so the file diffs well between runs.
public enum JUnitReport {
  /// The whole document.
  public static func render(
    findings: [Finding], metadata: ScanMetadata, checks: [String: CheckInfo] = [:]
  ) -> String {
    var byCheck: [String: [Finding]] = [:]
    for finding in findings { byCheck[finding.checkId, default: []].append(finding) }
    let counts = FindingCounts(findings)
    let failures = counts.byStatus[.fail] ?? 0
    let skipped = (counts.byStatus[.muted] ?? 0) + (counts.byStatus[.notEvaluated] ?? 0)
    let timestamp = UTCTimestamp.iso8601(metadata.startedAt)

    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"parapet\" tests=\"\(findings.count)\" failures=\"\(failures)\""
    out += " errors=\"0\" skipped=\"\(skipped)\" time=\"0\">\n"
    for checkId in byCheck.keys.sorted() {
      let suite = byCheck[checkId] ?? []
      suiteXML(checkId, suite, check: checks[checkId], timestamp: timestamp, into: &out)
    }
    out += "</testsuites>\n"
    return out
  }

  private static func suiteXML(
    _ checkId: String, _ findings: [Finding], check: CheckInfo?, timestamp: String,
    into out: inout String
  ) {
    let counts = FindingCounts(findings)
    let failures = counts.byStatus[.fail] ?? 0
    let skipped = (counts.byStatus[.muted] ?? 0) + (counts.byStatus[.notEvaluated] ?? 0)
    let title = check?.title ?? findings.first?.checkTitle ?? checkId

    out += "  <testsuite name=\"\(XMLText.escape(checkId))\" tests=\"\(findings.count)\""
    out += " failures=\"\(failures)\" errors=\"0\" skipped=\"\(skipped)\" time=\"0\""
    out += " timestamp=\"\(timestamp)\">\n"
    out += "    <properties>\n"
    out += "      <property name=\"title\" value=\"\(XMLText.escape(title))\"/>\n"
    if let severity = findings.first?.severity.rawValue {
      out += "      <property name=\"severity\" value=\"\(severity)\"/>\n"
    }
    out += "    </properties>\n"
    for finding in findings {
      caseXML(finding, into: &out)
    }
    out += "  </testsuite>\n"
  }

  private static func caseXML(_ finding: Finding, into out: inout String) {
    let name = XMLText.escape(finding.resourceId)
    let message = XMLText.escape(FormatText.firstNonEmpty(finding.message, finding.checkTitle))
    out += "    <testcase classname=\"\(XMLText.escape(finding.checkId))\" name=\"\(name)\""
    out += " time=\"0\""
    switch finding.status {
    case .pass:
      out += "/>\n"
    case .fail:
      out += ">\n      <failure message=\"\(message)\" type=\"\(finding.severity.rawValue)\">"
      out += XMLText.escape(failureBody(finding))
      out += "</failure>\n    </testcase>\n"
    case .notEvaluated:
      out += ">\n      <skipped message=\"not evaluated: \(message)\"/>\n    </testcase>\n"
    case .muted:
      out += ">\n      <skipped message=\"muted: \(message)\"/>\n    </testcase>\n"
    }
  }

  private static func failureBody(_ finding: Finding) -> String {
    var lines = [
      "Resource: \(finding.resourceId) (\(finding.resourceType)) in \(finding.region)",
      "Severity: \(finding.severity.rawValue)",
    ]
    for item in finding.evidence {
      let value = item.value.map { JSONWriter().string($0) } ?? "(absent)"
      lines.append("Evidence: \(item.path) = \(value)")
    }
    if !finding.remediation.isEmpty { lines.append("Remediation: \(finding.remediation)") }
    if let cli = finding.remediationSnippets.cli { lines.append("AWS CLI: \(cli)") }
    return lines.joined(separator: "\n")
  }
}
