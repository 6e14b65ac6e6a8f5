import Foundation

extension SQLScanStore {
  /// The ledger of `channel` for `account`; see `ScanStore.notificationLedger`.
  public func notificationLedger(account: String, channel: String) throws -> NotificationLedger? {
    try locked { connection in
      let key: [SQLValue] = [.text(account), .text(channel)]
      let channels = try connection.run(
        "SELECT baseline_scan FROM notification_channels WHERE account = ? AND channel = ?",
        key)
      guard let baseline = channels.first?.first?.int64 else { return nil }

      var openings: [String: Int] = [:]
      for row in try connection.run(
        "SELECT fingerprint, opening FROM notified_findings WHERE account = ? AND channel = ?",
        key)
      {
        openings[row[0].string] = row[1].int
      }
      return NotificationLedger(baselineScan: baseline, openings: openings)
    }
  }

  /// Writes `entries` to the ledger; see `ScanStore.recordNotifications`.
  public func recordNotifications(
    _ entries: [NotificationEntry], account: String, channel: String, scan: Int64, at: Date
  ) throws {
    let time = SQLValue.integer(Self.milliseconds(at))
    try writing { connection in
      try connection.run(
        """
        INSERT INTO notification_channels (account, channel, baseline_scan, created_at)
          VALUES (?, ?, ?, ?) ON CONFLICT (account, channel) DO NOTHING
        """, [.text(account), .text(channel), .integer(scan), time])
      for entry in entries {
        try connection.run(
          """
          INSERT INTO notified_findings (account, channel, fingerprint, opening, outcome,
            scan_id, notified_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (account, channel, fingerprint) DO UPDATE SET
            opening = excluded.opening, outcome = excluded.outcome,
            scan_id = excluded.scan_id, notified_at = excluded.notified_at
          """,
          [
            .text(account), .text(channel), .text(entry.fingerprint),
            .integer(Int64(entry.opening)), .text(entry.outcome.rawValue), .integer(scan), time,
          ])
      }
    }
  }
}
