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

  /// The summary of `parapet detect`: alerts judged from audit events, so no caller,
  /// regions, resources or collection failures, which a detection run does not have.
  public static func renderDetection(
    metadata: ScanMetadata, findings: [Finding], reports: ScanReportPaths?, width: Int,
    color: Bool
  ) -> String {
    let width = max(width, 40)
    let style = TerminalStyle(colorEnabled: color)
    let title =
      "Parapet \(metadata.parapetVersion) detection over the audit events of account "
      + metadata.account
    let cost =
      "\(TextLayout.seconds(metadata.durationSeconds)) s wall, "
      + "\(TextLayout.seconds(metadata.cpuSeconds)) s CPU"
    var sections = [
      [
        style.paint(TextLayout.truncate(title, to: width), .bold),
        TextLayout.truncate("Duration: " + cost, to: width),
      ],
      counts(findings, width: width, style: style),
      worstChecks(findings, width: width, style: style),
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
    let statusItems = statuses.map { entry in "\(entry.1) \(counts.byStatus[entry.0] ?? 0)" }
    let severities = Array(Severity.allCases.reversed())
    let severityItems = severities.map { "\($0.rawValue) \(counts.failsBySeverity[$0] ?? 0)" }

    var lines = [style.paint("Findings: \(findings.count)", .bold)]
    lines += TextLayout.wrappedList("  By status: ", statusItems, width: width) { index, item in
      style.paint(item, statuses[index].2)
    }
    lines += TextLayout.wrappedList("  Fails by severity: ", severityItems, width: width) {
      index, item in
      style.paint(item, TerminalStyle.color(for: severities[index].rawValue))
    }
    return lines
  }

  static func worstChecks(_ findings: [Finding], width: Int, style: TerminalStyle) -> [String] {
    let all = FailingCheck.rank(findings)
    let ranked = all.prefix(topChecks)
    guard !ranked.isEmpty else {
      return [style.paint("Failing checks: none", .bold)]
    }

    let countWidth = max(5, ranked.map { String($0.count).count }.max() ?? 0)
    let severityWidth = max(8, ranked.map(\.severity.rawValue.count).max() ?? 0)
    let prefix = 2 + severityWidth + 2 + countWidth + 2
    // Ids are what users grep for, so they keep their width while titles get 20 columns.
    let idRoom = max(5, width - prefix - 2 - 20)
    let idWidth = min(max(5, ranked.map(\.checkId.count).max() ?? 0), idRoom)
    let head =
      "  " + TextLayout.padRight("SEVERITY", severityWidth) + "  "
      + TextLayout.padLeft("FAILS", countWidth) + "  " + TextLayout.padRight("CHECK", idWidth)
      + "  TITLE"
    let title =
      all.count > ranked.count
      ? "Worst failing checks (\(ranked.count) of \(all.count))"
      : "Failing checks (\(all.count))"
    var lines = [
      style.paint(title, .bold),
      TextLayout.truncate(head, to: width),
    ]
    for check in ranked {
      let severity = TextLayout.padRight(check.severity.rawValue, severityWidth)
      let id = TextLayout.padRight(TextLayout.truncate(check.checkId, to: idWidth), idWidth)
      let rest = TextLayout.padLeft(String(check.count), countWidth) + "  " + id
      let title = "  " + TextLayout.truncate(check.title, to: width - prefix - idWidth - 2)
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
    // The reason says what to do (the missing permission, the error), so it is wrapped in
    // its column, never cut; where the terminal leaves that column too narrow, it goes on
    // lines of its own under the row.
    let reasonColumn = 2 + widths.reduce(0, +) + 3 * 2
    let besideRow = width - reasonColumn >= 20
    let reasonIndent = besideRow ? reasonColumn : 4
    let continuation = String(repeating: " ", count: reasonIndent)
    var lines = [style.paint(TextLayout.truncate(title, to: width), .bold)]
    for row in rows {
      let cells = (0..<3).map { TextLayout.padRight(row[$0], widths[$0]) }
      let lead = "  " + cells.joined(separator: "  ") + "  "
      var reason = TextLayout.wrap(row[3], width: width - reasonIndent)
      if besideRow {
        lines.append(lead + reason.removeFirst())
      } else {
        let cellsOnly = lead.reversed().drop { $0 == " " }.reversed()
        lines.append(TextLayout.truncate(String(cellsOnly), to: width))
      }
      lines += reason.map { continuation + $0 }
    }
    return lines
  }

  static func written(_ reports: ScanReportPaths, width: Int, style: TerminalStyle) -> [String] {
    [
      style.paint("Reports written to", .bold),
      TextLayout.truncate("  " + reports.directory, to: width),
    ]
      + TextLayout.wrappedList(
        "  ", reports.files, width: width)
  }
}
