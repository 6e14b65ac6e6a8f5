import Foundation
import ParapetCore
import Testing

@testable import ParapetStore

/// A first scan into a new SQLite store is written under a rollback journal (each page once,
/// not once to the WAL and again at the checkpoint); every other write, and every open,
/// keeps the store in WAL mode.
@Suite struct FirstLoadJournalTests {
  typealias F = StoreFixtures

  private func journalMode(_ path: String) throws -> String {
    try SQLiteConnection(path: path).run("PRAGMA journal_mode", []).first?.first?.string ?? ""
  }

  private func sqlitePath() async throws -> String {
    guard case .sqlite(let path) = try await StoreKind.sqlite.freshLocation() else {
      throw StoreError("expected a SQLite location")
    }
    return path
  }

  @Test("the first load uses a rollback journal and leaves the store in WAL mode")
  func firstLoadJournals() async throws {
    let path = try await sqlitePath()
    let store = try SQLScanStore(sqlitePath: path)
    let seen = ErrorBox()
    store.faultInjection = { stage in
      guard stage == "findings" else { return }
      let journal = FileManager.default.fileExists(atPath: path + "-journal")
      seen.append("\(stage): journal \(journal)")
    }

    let first = try store.record(F.record([F.bucket("a")], [F.finding("c", on: "a", .fail)]))
    let second = try store.record(F.record([F.bucket("a")], [], at: 60))

    // Only the first write ran under the journal; the second is a WAL write as usual.
    #expect(seen.all == ["findings: journal true", "findings: journal false"])
    #expect(try store.scans().map(\.id) == [second, first])
    #expect(try journalMode(path) == "wal")
  }

  @Test("a reader opening during the first load sees none of it, then all of it")
  func readerDuringFirstLoad() async throws {
    let path = try await sqlitePath()
    let store = try SQLScanStore(sqlitePath: path)
    let seen = ErrorBox()
    nonisolated(unsafe) var reader: SQLScanStore?
    store.faultInjection = { stage in
      guard stage == "resources" else { return }
      // Opening must not fail though the store cannot switch to WAL mid-load.
      do {
        reader = try SQLScanStore(sqlitePath: path)
        seen.append("scans during the load: \(try reader?.scans().count ?? -1)")
      } catch {
        seen.append("\(error)")
      }
    }

    let id = try store.record(F.record([F.bucket("a")], [F.finding("c", on: "a", .fail)]))

    #expect(seen.all == ["scans during the load: 0"])
    #expect(try reader?.scans().map(\.id) == [id])
    #expect(try reader?.findings(scan: id).count == 1)
    reader = nil
    // The reader was open when the load ended, so the store stayed in rollback mode;
    // the next open puts it back in WAL mode.
    #expect(try journalMode(path) == "wal")
  }

  @Test("a first load with another connection open is an ordinary WAL write")
  func firstLoadBesideAnotherConnection() async throws {
    let path = try await sqlitePath()
    let store = try SQLScanStore(sqlitePath: path)
    let other = try SQLScanStore(sqlitePath: path)
    let seen = ErrorBox()
    store.faultInjection = { stage in
      guard stage == "findings" else { return }
      seen.append("journal \(FileManager.default.fileExists(atPath: path + "-journal"))")
    }

    let id = try store.record(F.record([F.bucket("a")]))

    #expect(seen.all == ["journal false"])
    #expect(try other.scans().map(\.id) == [id])
    #expect(try journalMode(path) == "wal")
  }
}
