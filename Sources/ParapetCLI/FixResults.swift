import Foundation
import ParapetCore
import ParapetRemediation
import ParapetStore

/// Records what `parapet fix` did against the findings in the history store, when one is in
/// use, so a finding's history says who fixed (or undid) it, when, and whether it worked.
struct FixResults {
  /// The store to record in; nothing is recorded without one.
  let store: (any ScanStore)?
  /// Account the fixes were made in.
  let account: String
  /// Caller identity ARN that made the calls.
  let who: String

  /// One record per finding of an applied run; `scanId` is the stored scan the findings
  /// came from, if they came from one.
  func record(_ reports: [FixReport], scanId: Int64?) throws {
    let now = Date()
    try save(
      reports.map { report in
        RemediationRecord(
          account: account, fingerprint: report.finding.fingerprint,
          checkId: report.finding.checkId, resourceId: report.finding.resourceId,
          scanId: scanId, auditEntryId: report.auditEntryId ?? "",
          result: report.verdict.label, detail: report.verdict.detail, who: who, time: now)
      })
  }

  /// One record per check the undone entry had fixed.
  func record(undo entry: AuditEntry) throws {
    let result = entry.result == "undone" ? "undone" : "undo_failed"
    try save(
      entry.checkIds.map { checkId in
        let fingerprint = Finding.fingerprint(checkId: checkId, resourceId: entry.resourceId)
        return RemediationRecord(
          account: account, fingerprint: fingerprint, checkId: checkId,
          resourceId: entry.resourceId, scanId: nil, auditEntryId: entry.id, result: result,
          detail: entry.error ?? "", who: who, time: entry.time)
      })
  }

  private func save(_ records: [RemediationRecord]) throws {
    guard let store, !records.isEmpty else { return }
    do {
      try store.recordRemediations(records)
    } catch {
      throw CommandError(
        "the changes were made and are in the audit log, but recording the results in the "
          + "history store failed: \(error)")
    }
    Console.err("recorded \(records.count) fix result(s) in the history store")
  }
}
