import Foundation
import ParapetCore

extension SQLScanStore {
  /// Appends fix results in one transaction.
  public func recordRemediations(_ records: [RemediationRecord]) throws {
    guard !records.isEmpty else { return }
    try writing { connection in
      for record in records {
        try connection.run(
          """
          INSERT INTO remediations (account, fingerprint, check_id, resource_id, scan_id,
            audit_entry, result, detail, who, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
          [
            .text(record.account), .text(record.fingerprint), .text(record.checkId),
            .text(record.resourceId), record.scanId.map { .integer($0) } ?? .null,
            .text(record.auditEntryId), .text(record.result), .text(record.detail),
            .text(record.who), .integer(Self.milliseconds(record.time)),
          ])
      }
    }
  }

  /// Fix results of `account` (all accounts when nil), optionally of one finding, oldest
  /// first.
  public func remediations(account: String?, fingerprint: String?) throws
    -> [RemediationRecord]
  {
    var conditions: [String] = []
    var parameters: [SQLValue] = []
    if let account {
      conditions.append("account = ?")
      parameters.append(.text(account))
    }
    if let fingerprint {
      conditions.append("fingerprint = ?")
      parameters.append(.text(fingerprint))
    }
    let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    let rows = try locked { connection in
      try connection.run(
        """
        SELECT account, fingerprint, check_id, resource_id, scan_id, audit_entry, result,
          detail, who, recorded_at FROM remediations\(filter) ORDER BY id
        """, parameters)
    }
    return rows.map { row in
      RemediationRecord(
        account: row[0].string, fingerprint: row[1].string, checkId: row[2].string,
        resourceId: row[3].string, scanId: row[4].int64, auditEntryId: row[5].string,
        result: row[6].string, detail: row[7].string, who: row[8].string,
        time: Self.date(row[9]))
    }
  }
}
