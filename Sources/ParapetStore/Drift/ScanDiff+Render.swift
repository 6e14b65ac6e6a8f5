import Foundation
import ParapetCore

/// Output formats of `parapet diff`.
public enum DiffFormat: String, Sendable, CaseIterable {
  /// Plain text for a terminal.
  case text
  /// One JSON object, keys sorted.
  case json
  /// Markdown for a pull request or a ticket.
  case markdown
}

extension ScanDiff {
  /// The diff in `format`, ending with a newline.
  public func render(_ format: DiffFormat) -> String {
    switch format {
    case .text: return renderText()
    case .json: return JSONWriter(pretty: true).string(jsonValue) + "\n"
    case .markdown: return renderMarkdown()
    }
  }

  /// The diff as a JSON tree (the `json` format).
  public var jsonValue: JSONValue {
    func finding(_ finding: Finding) -> JSONValue {
      [
        "check_id": .string(finding.checkId), "resource_id": .string(finding.resourceId),
        "resource_type": .string(finding.resourceType), "region": .string(finding.region),
        "severity": .string(finding.severity.rawValue), "message": .string(finding.message),
        "fingerprint": .string(finding.fingerprint),
      ]
    }
    func resource(_ resource: ResourceSummary) -> JSONValue {
      [
        "id": .string(resource.id), "type": .string(resource.type),
        "region": .string(resource.region), "name": .string(resource.name),
      ]
    }
    func change(_ change: PropertyChange) -> JSONValue {
      var members: [String: JSONValue] = [
        "kind": .string(change.kind.rawValue), "path": .string(change.path),
      ]
      if let old = change.oldValue { members["old"] = old }
      if let new = change.newValue { members["new"] = new }
      return .object(members)
    }
    return [
      "old_scan": oldScan.map { .number(Double($0)) } ?? .null,
      "new_scan": newScan.map { .number(Double($0)) } ?? .null,
      "findings": [
        "new": .array(newFindings.map(finding)),
        "not_assessed_before": .array(
          notAssessedBefore.map { finding($0.finding).setting("reason", to: .string($0.reason)) }
        ),
        "resolved": .array(
          resolvedFindings.map {
            finding($0.finding).setting(
              "now_status", to: .string($0.nowStatus?.rawValue ?? "absent"))
          }),
        "still_failing": .array(stillFailing.map(finding)),
        "not_reassessed": .array(
          notReassessed.map { finding($0.finding).setting("reason", to: .string($0.reason)) }),
      ],
      "resources": [
        "added": .array(addedResources.map(resource)),
        "newly_seen": .array(
          newlySeenResources.map {
            resource($0.resource).setting("reason", to: .string($0.reason))
          }),
        "removed": .array(removedResources.map(resource)),
        "changed": .array(
          changedResources.map {
            resource($0.resource).setting("changes", to: .array($0.changes.map(change)))
          }),
        "unseen": .array(
          unseenResources.map { resource($0.resource).setting("reason", to: .string($0.reason)) }),
      ],
    ]
  }

  private var title: String {
    let from = oldScan.map { "scan \($0)" } ?? "the older scan"
    let to = newScan.map { "scan \($0)" } ?? "the newer scan"
    return "Drift from \(from) to \(to)"
  }

  // The counts of what the newer scan did not look at appear only when there are some.
  private var findingCounts: String {
    "\(newFindings.count) new, \(resolvedFindings.count) resolved, "
      + "\(stillFailing.count) still failing"
      + (notReassessed.isEmpty ? "" : ", \(notReassessed.count) not re-assessed")
      + (notAssessedBefore.isEmpty
        ? "" : ", \(notAssessedBefore.count) failing and not assessed before")
  }

  private var resourceCounts: String {
    "\(addedResources.count) added, \(removedResources.count) removed, "
      + "\(changedResources.count) changed"
      + (unseenResources.isEmpty ? "" : ", \(unseenResources.count) not seen")
      + (newlySeenResources.isEmpty ? "" : ", \(newlySeenResources.count) newly seen")
  }

  private func renderText() -> String {
    var lines = [title]
    lines.append("Findings: " + findingCounts)
    for finding in newFindings { lines.append("  NEW       " + Self.describe(finding)) }
    for resolved in resolvedFindings {
      let now = resolved.nowStatus?.rawValue ?? "absent"
      lines.append("  RESOLVED  " + Self.describe(resolved.finding) + " (now \(now))")
    }
    for unassessed in notReassessed {
      lines.append("  UNKNOWN   " + Self.describe(unassessed.finding) + " (\(unassessed.reason))")
    }
    for failing in notAssessedBefore {
      lines.append("  FAILING   " + Self.describe(failing.finding) + " (\(failing.reason))")
    }
    lines.append("Resources: " + resourceCounts)
    for resource in addedResources { lines.append("  + " + Self.describe(resource)) }
    for resource in removedResources { lines.append("  - " + Self.describe(resource)) }
    for changed in changedResources {
      lines.append("  ~ " + Self.describe(changed.resource))
      for change in changed.changes { lines.append("      " + Self.describe(change)) }
    }
    for unseen in unseenResources {
      lines.append("  ? " + Self.describe(unseen.resource) + " (\(unseen.reason))")
    }
    for seen in newlySeenResources {
      lines.append("  * " + Self.describe(seen.resource) + " (\(seen.reason))")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func renderMarkdown() -> String {
    var lines = ["# \(title)", ""]
    lines.append("**Findings:** " + findingCounts)
    if !newFindings.isEmpty || !resolvedFindings.isEmpty || !notReassessed.isEmpty
      || !notAssessedBefore.isEmpty
    {
      lines += ["", "| Change | Severity | Check | Resource |", "|---|---|---|---|"]
      for finding in newFindings { lines.append(Self.row("new", finding)) }
      for resolved in resolvedFindings { lines.append(Self.row("resolved", resolved.finding)) }
      for unassessed in notReassessed {
        lines.append(Self.row("not re-assessed: \(unassessed.reason)", unassessed.finding))
      }
      for failing in notAssessedBefore {
        lines.append(Self.row("failing, not assessed before: \(failing.reason)", failing.finding))
      }
    }
    lines += ["", "**Resources:** " + resourceCounts]
    for resource in addedResources { lines.append("- added " + Self.code(resource)) }
    for resource in removedResources { lines.append("- removed " + Self.code(resource)) }
    for unseen in unseenResources {
      lines.append("- not seen \(Self.code(unseen.resource)): \(unseen.reason)")
    }
    for seen in newlySeenResources {
      lines.append("- newly seen \(Self.code(seen.resource)): \(seen.reason)")
    }
    for changed in changedResources {
      lines.append("- changed " + Self.code(changed.resource))
      for change in changed.changes { lines.append("  - " + Self.code(Self.describe(change))) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ change: String, _ finding: Finding) -> String {
    let cells = [code(finding.checkId), code(finding.resourceId)].map {
      $0.replacingOccurrences(of: "|", with: "\\|")
    }
    return "| \(change) | \(finding.severity.rawValue) | \(cells[0]) | \(cells[1]) |"
  }

  private static func code(_ resource: ResourceSummary) -> String {
    code(resource.type) + " " + code(resource.id)
  }

  /// `text` as a Markdown code span, fenced with more backticks than it holds in a row, so
  /// a backtick in a value (a rule description) cannot end the span early.
  private static func code(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    guard longest > 0 else { return "`" + text + "`" }
    let fence = String(repeating: "`", count: longest + 1)
    return fence + " " + text + " " + fence
  }

  private static func describe(_ finding: Finding) -> String {
    "\(finding.severity.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))"
      + "\(finding.checkId)  \(finding.resourceId)"
  }

  private static func describe(_ resource: ResourceSummary) -> String {
    "\(resource.type) \(resource.id) (\(resource.name), \(resource.region))"
  }

  private static func describe(_ change: PropertyChange) -> String {
    let writer = JSONWriter()
    let old = change.oldValue.map(writer.string) ?? ""
    let new = change.newValue.map(writer.string) ?? ""
    switch change.kind {
    case .added: return "+ \(change.path): \(new)"
    case .removed: return "- \(change.path): \(old)"
    case .changed: return "~ \(change.path): \(old) -> \(new)"
    }
  }
}
