import ParapetCollectors
import ParapetCore
import ParapetReport
import ParapetRules
import ParapetStore

/// What a rescan did, as the lines it prints: the events read and ignored, what was read
/// again and how, the resources and findings that changed, and the calls it cost.
struct RescanSummary {
  var baseline: ScanSummary
  var events: RescanEvents
  var steps: [RecollectionStep]
  var recollected: RecollectionResult
  var patched: PatchedInventory
  var evaluation: IncrementalEvaluation.Outcome
  var previousFindings: [Finding]
  var calls: [String: ServiceCallStats]
  /// The store id of the recorded rescan; nil when nothing was re-collected.
  var recordedScan: Int64?
  /// The report directory written.
  var reports: String?

  /// Most resources and findings listed one per line; the rest are counted.
  static let listLimit = 40

  func render() -> String {
    var lines = [
      "Rescan of account \(baseline.metadata.account) from scan \(baseline.id) "
        + "(finished \(UTCTimestamp.iso8601(baseline.metadata.finishedAt)))."
    ]
    lines += eventLines()
    guard !steps.isEmpty else {
      lines.append(
        "Nothing to re-collect: no event touched what scan \(baseline.id) covers; "
          + "it stands.")
      lines.append(callLine())
      return lines.joined(separator: "\n") + "\n"
    }
    lines += stepLines()
    lines += resourceLines()
    lines += findingLines()
    lines.append(callLine())
    if let recordedScan {
      lines.append(
        "Recorded as scan \(recordedScan), a rescan of scan \(baseline.id)"
          + (reports.map { "; reports in \($0)" } ?? "") + ".")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func eventLines() -> [String] {
    let touched = events.touched
    var lines = [
      "Events: \(touched.events) read from \(events.inputs) input(s); "
        + "\(touched.events - touched.ignoredCount) touched what Parapet reads, "
        + "\(touched.ignoredCount) ignored"
        + (events.outsideWindow > 0 ? "; \(events.outsideWindow) outside --since/--until" : "")
        + (touched.notEvents > 0 ? "; \(touched.notEvents) record(s) not CloudTrail events" : "")
        + "."
    ]
    for reason in touched.ignored.keys.sorted() {
      let labels = touched.ignored[reason] ?? [:]
      let total = labels.values.reduce(0, +)
      lines.append("  ignored, \(reason.rawValue): \(total) (\(Self.counted(labels)))")
    }
    return lines
  }

  private func stepLines() -> [String] {
    var lines = ["Re-collected:"]
    for step in steps {
      let causes = Set(step.targets.flatMap { events.touched.targets[$0] ?? [] }).sorted()
      let how =
        step.wholeServiceReason.map { "whole service, \($0)" }
        ?? "\(step.targets.count) target(s)"
      lines.append(
        "  \(step.collector.service) \(step.regionLabel): \(how) "
          + "(\(Self.limited(causes, 5)))")
    }
    for target in recollected.unreadable {
      lines.append("  not read again (its earlier state stands): \(target)")
    }
    return lines
  }

  private func resourceLines() -> [String] {
    var lines = [
      "Resources: \(patched.changed.count) changed, \(patched.added.count) added, "
        + "\(patched.removed.count) removed, \(patched.unchanged.count) read again unchanged"
        + (patched.factResources.isEmpty
          ? "" : ", facts of \(patched.factResources.count) account/region resource(s) read again")
        + "."
    ]
    let listed =
      patched.changed.map { ("changed", $0) } + patched.added.map { ("added", $0) }
      + patched.removed.map { ("removed", $0) } + patched.unchanged.map { ("same", $0) }
    for (change, id) in listed.prefix(Self.listLimit) {
      lines.append("  \(change.padding(toLength: 8, withPad: " ", startingAt: 0)) \(id)")
    }
    if listed.count > Self.listLimit {
      lines.append("  ... and \(listed.count - Self.listLimit) more")
    }
    return lines
  }

  private func findingLines() -> [String] {
    let diff = ScanDiff.compute(
      old: ScanContents(findings: previousFindings, resources: []),
      new: ScanContents(findings: evaluation.findings, resources: []))
    var lines = [
      "Checks judged again: \(evaluation.rerunRules.count); findings carried over from scan "
        + "\(baseline.id): \(evaluation.carried).",
      "Findings: \(diff.newFindings.count) newly failing, \(diff.resolvedFindings.count) "
        + "resolved.",
    ]
    let listed =
      diff.newFindings.map { ("FAIL", $0.severity, $0.checkId, $0.resourceId) }
      + diff.resolvedFindings.map {
        (
          ($0.nowStatus?.rawValue ?? "gone").uppercased(), $0.finding.severity,
          $0.finding.checkId, $0.finding.resourceId
        )
      }
    for (status, severity, check, resource) in listed.prefix(Self.listLimit) {
      lines.append(
        "  \(status.padding(toLength: 13, withPad: " ", startingAt: 0)) "
          + "\(severity.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) "
          + "\(check)  \(resource)")
    }
    if listed.count > Self.listLimit {
      lines.append("  ... and \(listed.count - Self.listLimit) more")
    }
    return lines
  }

  private func callLine() -> String {
    let total = calls.values.reduce(0) { $0 + $1.calls }
    let parts = calls.keys.sorted().map { "\($0) \(calls[$0]?.calls ?? 0)" }
    return "API calls: \(total) (\(parts.joined(separator: ", ")))."
  }

  /// `a ×2, b` for label counts, most frequent first, at most five.
  static func counted(_ labels: [String: Int]) -> String {
    let ordered = labels.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    return limited(ordered.map { $0.value > 1 ? "\($0.key) ×\($0.value)" : $0.key }, 5)
  }

  /// The first `count` items, then how many more.
  static func limited(_ items: [String], _ count: Int) -> String {
    let shown = items.prefix(count).joined(separator: ", ")
    return items.count > count ? shown + ", and \(items.count - count) more" : shown
  }
}
