import ParapetCore

/// Terminal text for compliance: a framework's requirements for `--compliance F`, one line
/// per framework for the end-of-scan summary, and the catalog for `parapet compliance
/// list`. Pure functions of their inputs; the CLI decides width and colour.
public enum ComplianceSummary {
  /// One line: `cis-aws-3.0  72.7%  8 pass, 3 fail, 25 manual, 27 not evaluated`.
  public static func line(_ report: ComplianceReport, idWidth: Int = 0) -> String {
    TextLayout.padRight(report.framework.id, idWidth) + "  "
      + TextLayout.padLeft(report.scoreText, 6) + "  " + countsText(report)
  }

  /// `8 pass, 3 fail, 25 manual, 27 not evaluated`.
  static func countsText(_ report: ComplianceReport) -> String {
    let counts = report.counts
    return "\(counts[.pass] ?? 0) pass, \(counts[.fail] ?? 0) fail, "
      + "\(counts[.manual] ?? 0) manual, \(counts[.notEvaluated] ?? 0) not evaluated"
  }

  /// The whole framework: a heading with the score, then a line per requirement (status,
  /// id, title) and under it the mapped checks with what failed or was not evaluated.
  /// Lines end in `\n`; none is wider than `width` (at least 40) columns.
  public static func render(_ report: ComplianceReport, width: Int, color: Bool) -> String {
    let width = max(width, 40)
    let style = TerminalStyle(colorEnabled: color)
    let framework = report.framework
    let idWidth = min(report.results.map(\.requirement.id.count).max() ?? 0, width / 3)
    let statusWidth = "NOT EVALUATED".count

    var lines = [
      style.paint(
        TextLayout.truncate("\(framework.name) \(framework.version) (\(framework.id))", to: width),
        .bold),
      TextLayout.truncate(
        "Score: \(report.scoreText) (\(countsText(report)))", to: width),
    ]
    for result in report.results {
      let label = TextLayout.padRight(statusLabel(result.status), statusWidth)
      let id = TextLayout.padRight(TextLayout.truncate(result.requirement.id, to: idWidth), idWidth)
      let room = width - 2 - statusWidth - 2 - idWidth - 2
      let title = TextLayout.truncate(result.requirement.title, to: max(1, room))
      lines.append("  " + style.paint(label, statusColor(result.status)) + "  " + id + "  " + title)
      let indent = String(repeating: " ", count: 2 + statusWidth + 2)
      if result.status == .manual, !result.requirement.guidance.isEmpty {
        lines += wrapped(result.requirement.guidance, indent: indent, width: width)
      }
      guard !result.checks.isEmpty else { continue }
      lines += TextLayout.wrappedList(indent, result.checks.map(describe), width: width)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` broken at spaces into lines of at most `width` columns, each after `indent`.
  static func wrapped(_ text: String, indent: String, width: Int) -> [String] {
    let room = max(10, width - indent.count)
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      if !current.isEmpty, current.count + 1 + word.count > room {
        lines.append(indent + current)
        current = ""
      }
      current += (current.isEmpty ? "" : " ") + word
    }
    if !current.isEmpty { lines.append(indent + current) }
    return lines
  }

  /// The catalog: id, requirement count, how many have checks, and the name.
  public static func catalog(_ frameworks: [ComplianceFramework], width: Int) -> String {
    let width = max(width, 40)
    let idWidth = max("FRAMEWORK".count, frameworks.map(\.id.count).max() ?? 0)
    var lines = [
      TextLayout.truncate(
        TextLayout.padRight("FRAMEWORK", idWidth) + "  REQUIREMENTS  AUTOMATED  NAME", to: width)
    ]
    for framework in frameworks {
      let automated = framework.requirements.filter { !$0.checks.isEmpty }.count
      let text =
        TextLayout.padRight(framework.id, idWidth) + "  "
        + TextLayout.padLeft(String(framework.requirements.count), 12) + "  "
        + TextLayout.padLeft(String(automated), 9) + "  "
        + framework.name + " " + framework.version
      lines.append(TextLayout.truncate(text, to: width))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `PASS`, `FAIL`, `MANUAL` or `NOT EVALUATED`.
  public static func statusLabel(_ status: ComplianceReport.Status) -> String {
    switch status {
    case .pass: return "PASS"
    case .fail: return "FAIL"
    case .manual: return "MANUAL"
    case .notEvaluated: return "NOT EVALUATED"
    }
  }

  private static func statusColor(_ status: ComplianceReport.Status) -> TerminalStyle.Color {
    switch status {
    case .pass: return .green
    case .fail: return .red
    case .manual: return .yellow
    case .notEvaluated: return .dim
    }
  }

  /// `aws.s3.bucket_versioning_enabled (2 fail, 1 not evaluated)`, or the bare id with
  /// `(no resources)` when the check judged nothing.
  private static func describe(_ tally: ComplianceReport.CheckTally) -> String {
    let parts: [(Finding.Status, String)] = [
      (.fail, "fail"), (.notEvaluated, "not evaluated"), (.pass, "pass"), (.muted, "muted"),
    ]
    let counted = parts.compactMap { status, label in
      tally.byStatus[status].map { "\($0) \(label)" }
    }
    return tally.checkId + " ("
      + (counted.isEmpty ? "no resources" : counted.joined(separator: ", "))
      + ")"
  }
}
