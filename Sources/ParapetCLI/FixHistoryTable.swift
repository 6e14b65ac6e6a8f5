import ParapetReport
import ParapetStore

/// The text table of `parapet history fixes`: one line per fix result, oldest first.
enum FixHistoryTable {
  /// The table, or a sentence saying there is nothing to show.
  static func render(_ records: [RemediationRecord]) -> String {
    guard !records.isEmpty else {
      return "No fix results recorded; 'parapet fix --apply' records them.\n"
    }
    var lines = ["TIME (UTC)              RESULT           CHECK / RESOURCE / AUDIT ENTRY"]
    for record in records {
      let detail = record.detail.isEmpty ? "" : " (\(record.detail))"
      lines.append(
        UTCTimestamp.iso8601(record.time).padding(toLength: 22, withPad: " ", startingAt: 0)
          + "  " + record.result.padding(toLength: 15, withPad: " ", startingAt: 0) + "  "
          + record.checkId)
      lines.append(String(repeating: " ", count: 41) + record.resourceId + detail)
      let audit = record.auditEntryId.isEmpty ? "no calls made" : record.auditEntryId
      lines.append(String(repeating: " ", count: 41) + "\(audit) by \(record.who)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
