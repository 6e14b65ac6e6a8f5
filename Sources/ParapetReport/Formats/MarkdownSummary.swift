import ParapetCore

/// Renders a scan as a Markdown summary fit for a pull-request comment: counts by status
/// and severity, the failing checks worst first, and what could not be evaluated.
///
/// Comment boxes have a size limit (GitHub's is 65,536 characters), so the text is kept
/// under `limit` UTF-8 bytes: table rows that do not fit are left out and a closing note
/// says how many, pointing at the full reports.
public enum MarkdownSummary {
  /// Default size bound, in UTF-8 bytes, under GitHub's comment limit with room to spare.
  public static let defaultLimit = 60_000

  /// The summary, at most `limit` bytes of UTF-8.
  public static func render(
    findings: [Finding], metadata: ScanMetadata, checks: [String: CheckInfo] = [:],
    limit: Int = defaultLimit
  ) -> String {
    let counts = FindingCounts(findings)
    var head = [
      "## Parapet scan of account \(cell(metadata.account))",
      "",
      "Parapet \(cell(metadata.parapetVersion)), finished "
        + "\(UTCTimestamp.iso8601(metadata.finishedAt)), regions: "
        + "\(cell(metadata.regions.joined(separator: ", "))).",
      "",
      "| Status | Findings |",
      "|---|---:|",
    ]
    let statuses: [(Finding.Status, String)] = [
      (.fail, "fail"), (.pass, "pass"), (.muted, "muted"), (.notEvaluated, "not evaluated"),
    ]
    for (status, label) in statuses {
      head.append("| \(label) | \(counts.byStatus[status] ?? 0) |")
    }
    head += ["", "| Severity | Failing |", "|---|---:|"]
    for severity in Severity.allCases.reversed() {
      head.append("| \(severity.rawValue) | \(counts.failsBySeverity[severity] ?? 0) |")
    }

    var sections = [Section(lines: head, rows: [])]
    sections.append(failingChecks(findings, checks: checks))
    sections.append(notEvaluated(findings))
    return assemble(sections, limit: limit)
  }

  /// A block of text: fixed lines, then table rows that may be cut to fit.
  struct Section {
    var lines: [String]
    var rows: [String]
  }

  private static func failingChecks(_ findings: [Finding], checks: [String: CheckInfo])
    -> Section
  {
    let ranked = FailingCheck.rank(findings)
    guard !ranked.isEmpty else {
      return Section(lines: ["", "### Failing checks: none"], rows: [])
    }
    let rows = ranked.map { check in
      let title = checks[check.checkId]?.title ?? check.title
      return "| \(check.severity.rawValue) | \(check.count) | `\(cell(check.checkId))` | "
        + "\(cell(title)) |"
    }
    return Section(
      lines: [
        "", "### Failing checks (\(ranked.count))", "",
        "| Severity | Fails | Check | Title |", "|---|---:|---|---|",
      ],
      rows: rows)
  }

  private static func notEvaluated(_ findings: [Finding]) -> Section {
    let skipped = findings.filter { $0.status == .notEvaluated }
    guard !skipped.isEmpty else {
      return Section(lines: ["", "### Not evaluated: none"], rows: [])
    }
    let rows = skipped.map { finding in
      "| `\(cell(finding.checkId))` | \(cell(finding.resourceId)) | \(cell(finding.message)) |"
    }
    return Section(
      lines: [
        "", "### Not evaluated (\(skipped.count))", "",
        "| Check | Resource | Reason |", "|---|---|---|",
      ],
      rows: rows)
  }

  /// Joins the sections, dropping rows from the end of each table once the text would no
  /// longer fit with the truncation note, and adds that note when anything was dropped.
  static func assemble(_ sections: [Section], limit: Int) -> String {
    let noteRoom = 200
    var out = ""
    var used = 0
    var dropped = 0
    for section in sections {
      for line in section.lines {
        let size = line.utf8.count + 1
        guard used + size <= limit - noteRoom else { continue }
        out += line + "\n"
        used += size
      }
      for row in section.rows {
        let size = row.utf8.count + 1
        guard dropped == 0, used + size <= limit - noteRoom else {
          dropped += 1
          continue
        }
        out += row + "\n"
        used += size
      }
    }
    if dropped > 0 {
      out +=
        "\n_Truncated: \(dropped) more rows did not fit in this summary; "
        + "findings.json and findings.csv have every finding._\n"
    }
    return out
  }

  /// `text` safe inside a table cell: pipes escaped, line breaks and HTML brackets
  /// neutralised, so a resource name cannot break the table or inject markup.
  static func cell(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "|": out += "\\|"
      case "\n", "\r", "\r\n": out += " "
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "`": out += "'"
      default: out.append(character)
      }
    }
    return out
  }
}
