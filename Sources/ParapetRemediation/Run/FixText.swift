import ParapetCore

/// Plain-text rendering of plans and results for the terminal.
public enum FixText {
  /// The plan: a count line, then per resource the findings, summary, exact calls,
  /// permissions and undo.
  public static func plan(_ planned: [PlannedFix]) -> String {
    let plans = planned.compactMap(\.plan)
    let changing = plans.filter { !$0.calls.isEmpty }
    let calls = changing.reduce(0) { $0 + $1.calls.count }
    var lines = [
      "Plan: \(changing.count) fix(es) making \(calls) call(s); "
        + "\(plans.filter(\.isAlreadyFixed).count) already fixed, "
        + "\(plans.filter { $0.blocked != nil }.count) blocked, "
        + "\(planned.filter { $0.plan == nil }.count) not plannable."
    ]
    for item in planned {
      lines.append("")
      let checks = item.findings.map(\.checkId).joined(separator: ", ")
      let first = item.findings.first
      lines.append("* \(checks) on \(first?.resourceId ?? "?") (\(first?.region ?? "?"))")
      lines += byHand(item.findings)
      guard let plan = item.plan else {
        lines.append("  not plannable: \(item.problem ?? "unknown")")
        continue
      }
      if let blocked = plan.blocked {
        lines.append("  blocked: \(blocked)")
        continue
      }
      if plan.isAlreadyFixed {
        lines.append("  already fixed: \(plan.summary)")
        continue
      }
      lines.append("  \(plan.summary)")
      lines.append("  fixer: \(plan.fixer)")
      lines.append("  calls:")
      for (index, call) in plan.calls.enumerated() {
        lines.append("    \(index + 1). \(call.summary)")
      }
      lines.append("  permissions: \(plan.permissions.joined(separator: ", "))")
      if plan.undoCalls.isEmpty {
        lines.append("  undo: not possible: \(plan.undoUnavailable ?? "no undo calls")")
      } else {
        lines.append("  undo: \(plan.undoCalls.count) call(s) restore the previous values")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The checks' own AWS CLI fixes with the resource filled in, each distinct one once, for
  /// whoever prefers to run it themselves (or where no fixer exists).
  private static func byHand(_ findings: [Finding]) -> [String] {
    var seen: Set<String> = []
    var lines: [String] = []
    for cli in findings.compactMap(\.remediationSnippets.cli) where seen.insert(cli).inserted {
      let commands = cli.split(separator: "\n", omittingEmptySubsequences: true)
      lines.append("  by hand: " + (commands.first.map(String.init) ?? ""))
      lines += commands.dropFirst().map { "           " + $0 }
    }
    return lines
  }

  /// One line per finding: verdict, check, resource, detail, audit entry.
  public static func results(_ reports: [FixReport]) -> String {
    var lines: [String] = []
    for report in reports {
      var line =
        "\(report.verdict.label): \(report.finding.checkId) on \(report.finding.resourceId)"
      if !report.verdict.detail.isEmpty { line += ": \(report.verdict.detail)" }
      if let id = report.auditEntryId { line += " [audit \(id)]" }
      lines.append(line)
    }
    let counts = Dictionary(grouping: reports, by: \.verdict.label).mapValues(\.count)
    let summary = counts.keys.sorted().map { "\(counts[$0] ?? 0) \($0)" }
    lines.append("Result: " + (summary.isEmpty ? "nothing to do" : summary.joined(separator: ", ")))
    return lines.joined(separator: "\n")
  }
}
