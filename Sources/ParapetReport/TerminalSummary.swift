import ParapetCore

/// The text printed after a scan: what was scanned, what was found, what could not be
/// evaluated and why, and where the reports are. A pure function of its inputs so tests
/// can pin the exact text; the CLI decides width and colour.
public enum TerminalSummary {
  /// How many failing checks the summary lists.
  public static let topChecks = 10

  /// The summary, lines ending in `\n`, no line wider than `width` (at least 40) columns.
  ///
  /// - Parameters:
  ///   - reports: where the files went; nil leaves out the last section (e.g. when
  ///     writing them failed and the CLI reports that separately).
  ///   - color: add ANSI colours; pass `TerminalStyle.colorEnabled(...)`.
  public static func render(
    metadata: ScanMetadata, inventory: Inventory, findings: [Finding],
    reports: ScanReportPaths?, width: Int, color: Bool
  ) -> String {
    let width = max(width, 40)
    let style = TerminalStyle(colorEnabled: color)

    var sections = [
      header(metadata, width: width, style: style),
      resources(inventory, width: width, style: style),
      counts(findings, width: width, style: style),
      worstChecks(findings, width: width, style: style),
      notEvaluated(inventory.failures, width: width, style: style),
    ]
    if let reports { sections.append(written(reports, width: width, style: style)) }
    return sections.map { $0.joined(separator: "\n") + "\n" }.joined(separator: "\n")
  }

  static func header(_ metadata: ScanMetadata, width: Int, style: TerminalStyle) -> [String] {
    let title = "Parapet \(metadata.parapetVersion) scan of account \(metadata.account)"
    let cost =
      "\(TextLayout.seconds(metadata.durationSeconds)) s wall, "
      + "\(TextLayout.seconds(metadata.cpuSeconds)) s CPU, "
      + "\(metadata.totalCalls) API calls, \(metadata.totalRetries) retries"
    var lines = [style.paint(TextLayout.truncate(title, to: width), .bold)]
    lines.append(TextLayout.truncate("Caller:   " + metadata.callerArn, to: width))
    lines += TextLayout.wrappedList("Regions:  ", metadata.regions, width: width)
    lines.append(TextLayout.truncate("Duration: " + cost, to: width))
    return lines
  }

  static func resources(_ inventory: Inventory, width: Int, style: TerminalStyle) -> [String] {
    var lines = [style.paint("Resources: \(inventory.resources.count)", .bold)]
    let types = inventory.types
    let typeWidth = min(types.map(\.count).max() ?? 0, width / 2)
    let counts = types.map { String(inventory.resources(ofType: $0).count) }
    let countWidth = counts.map(\.count).max() ?? 0
    for (type, count) in zip(types, counts) {
      let name = TextLayout.padRight(TextLayout.truncate(type, to: typeWidth), typeWidth)
      lines.append("  " + name + "  " + TextLayout.padLeft(count, countWidth))
    }
    return lines
  }

  static func counts(_ findings: [Finding], width: Int, style: TerminalStyle) -> [String] {
    let counts = FindingCounts(findings)
    let statuses: [(Finding.Status, String, TerminalStyle.Color)] = [
      (.fail, "fail", .red), (.pass, "pass", .green), (.muted, "muted", .yellow),
      (.notEvaluated, "not evaluated", .dim),
    ]
    let byStatus = statuses.map { status, label, color in
      style.paint("\(label) \(counts.byStatus[status] ?? 0)", color)
    }
    let severities = Severity.allCases.reversed().map { severity in
      (text: "\(severity.rawValue) \(counts.failsBySeverity[severity] ?? 0)", severity)
    }
    let bySeverity = severities.map { entry in
      style.paint(entry.text, TerminalStyle.color(for: entry.1.rawValue))
    }
    let label = "  Fails by severity: "
    let plainWidth = label.count + severities.map { $0.text.count + 2 }.reduce(0, +) - 2

    // Painted text cannot be cut safely, so a line too wide for the terminal is split.
    var lines = [
      style.paint("Findings: \(findings.count)", .bold),
      "  By status: " + byStatus.joined(separator: ", "),
    ]
    if plainWidth <= width {
      lines.append(label + bySeverity.joined(separator: ", "))
    } else {
      lines.append(label + bySeverity[0...2].joined(separator: ", ") + ",")
      let indent = String(repeating: " ", count: label.count)
      lines.append(indent + bySeverity[3...].joined(separator: ", "))
    }
    return lines
  }

  static func worstChecks(_ findings: [Finding], width: Int, style: TerminalStyle) -> [String] {
    let ranked = FailingCheck.rank(findings).prefix(topChecks)
    guard !ranked.isEmpty else {
      return [style.paint("Failing checks: none", .bold)]
    }

    let countWidth = max(5, ranked.map { String($0.count).count }.max() ?? 0)
    let idWidth = min(max(5, ranked.map(\.checkId.count).max() ?? 0), width / 2)
    let prefix = 2 + 13 + 2 + countWidth + 2
    let head =
      "  " + TextLayout.padRight("SEVERITY", 13) + "  " + TextLayout.padLeft("FAILS", countWidth)
      + "  " + TextLayout.padRight("CHECK", idWidth) + "  TITLE"
    var lines = [
      style.paint("Worst failing checks (\(ranked.count) shown)", .bold),
      TextLayout.truncate(head, to: width),
    ]
    for check in ranked {
      let severity = TextLayout.padRight(check.severity.rawValue, 13)
      let id = TextLayout.padRight(TextLayout.truncate(check.checkId, to: idWidth), idWidth)
      let rest = TextLayout.padLeft(String(check.count), countWidth) + "  " + id + "  "
      let title = TextLayout.truncate(check.title, to: max(0, width - prefix - idWidth - 2))
      let painted = style.paint(severity, TerminalStyle.color(for: check.severity.rawValue))
      lines.append("  " + painted + "  " + rest + title)
    }
    return lines
  }

  static func notEvaluated(
    _ failures: [CollectionFailure], width: Int, style: TerminalStyle
  ) -> [String] {
    guard !failures.isEmpty else {
      return [style.paint("Not evaluated: none (every collection call succeeded)", .bold)]
    }

    let groups = FailedCall.group(failures)
    let title = "Not evaluated: \(failures.count) collection calls failed"
    var rows = [["SERVICE", "REGION", "OPERATION", "REASON"]]
    rows += groups.map { [$0.service, $0.region, $0.operation, $0.reason] }
    let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
    var lines = [style.paint(TextLayout.truncate(title, to: width), .bold)]
    for row in rows {
      let cells = (0..<3).map { TextLayout.padRight(row[$0], widths[$0]) } + [row[3]]
      lines.append(TextLayout.truncate("  " + cells.joined(separator: "  "), to: width))
    }
    return lines
  }

  static func written(_ reports: ScanReportPaths, width: Int, style: TerminalStyle) -> [String] {
    [
      style.paint("Reports written to", .bold),
      TextLayout.truncate("  " + reports.directory, to: width),
      "  inventory.json  findings.json  findings.csv",
    ]
  }
}
