import Foundation
import ParapetCore
import Testing

@testable import ParapetStore

/// The ledgers `parapet watch` keeps per notification channel, on both stores.
@Suite struct NotificationLedgerTests {
  private typealias F = StoreFixtures

  @Test("a channel has no ledger until its first record", arguments: StoreKind.allCases)
  func noLedgerBeforeBaseline(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let scan = try store.record(F.record([F.bucket("logs")]))

    #expect(try store.notificationLedger(account: F.account, channel: "console") == nil)

    try store.recordNotifications(
      [], account: F.account, channel: "console", scan: scan, at: F.start)

    #expect(
      try store.notificationLedger(account: F.account, channel: "console")
        == NotificationLedger(baselineScan: scan, openings: [:]))
    #expect(try store.notificationLedger(account: "999999999999", channel: "console") == nil)
    #expect(try store.notificationLedger(account: F.account, channel: "slack:abc") == nil)
  }

  @Test("a later entry replaces a fingerprint's earlier one", arguments: StoreKind.allCases)
  func entriesReplace(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    try store.recordNotifications(
      [
        NotificationEntry(fingerprint: "f1", opening: 0, outcome: .baseline),
        NotificationEntry(fingerprint: "f2", opening: 0, outcome: .delivered),
      ], account: F.account, channel: "slack:abc", scan: 1, at: F.start)
    try store.recordNotifications(
      [NotificationEntry(fingerprint: "f1", opening: 1, outcome: .delivered)],
      account: F.account, channel: "slack:abc", scan: 2, at: F.start.addingTimeInterval(60))

    let ledger = try store.notificationLedger(account: F.account, channel: "slack:abc")

    // The baseline stays the first scan; the entry for f1 moved to its second opening.
    #expect(ledger == NotificationLedger(baselineScan: 1, openings: ["f1": 1, "f2": 0]))
    let rows = try store.connection.run(
      "SELECT fingerprint, outcome, scan_id FROM notified_findings ORDER BY fingerprint", [])
    #expect(
      rows == [
        [.text("f1"), .text("delivered"), .integer(2)],
        [.text("f2"), .text("delivered"), .integer(1)],
      ])
  }

  @Test("migrates a version 6 store to the ledger tables", arguments: StoreKind.allCases)
  func migrationFromVersion6(kind: StoreKind) async throws {
    let location = try await kind.freshLocation()
    do {
      let old = try SQLScanStore(connection: StoreKind.connection(location), schemaVersion: 6)
      _ = try old.record(
        F.record([F.bucket("logs")], [F.finding("aws.s3.versioning", on: "logs", .fail)]))
      #expect(try Schema.version(of: old.connection) == 6)
      #expect(throws: (any Error).self) {
        try old.connection.run("SELECT COUNT(*) FROM notified_findings", [])
      }
    }

    let store = try StoreKind.open(location)

    #expect(try Schema.version(of: store.connection) == 7)
    #expect(try store.scans().count == 1)
    #expect(try store.notificationLedger(account: F.account, channel: "console") == nil)
    try store.recordNotifications(
      [NotificationEntry(fingerprint: "f1", opening: 0, outcome: .rejected)],
      account: F.account, channel: "console", scan: 1, at: F.start)
    #expect(
      try store.notificationLedger(account: F.account, channel: "console")
        == NotificationLedger(baselineScan: 1, openings: ["f1": 0]))
  }
}
