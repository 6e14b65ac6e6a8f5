import Foundation
import ParapetCore

/// The `ScanStore` over SQL: one implementation, two connections (SQLite and PostgreSQL),
/// so both stores run the same statements and behave the same way.
///
/// A store object owns one connection and serialises its callers with a lock; open one
/// store per process (or per thread that must write independently).
public final class SQLScanStore: ScanStore, @unchecked Sendable {
  // The connection is only touched while `lock` is held.
  let lock = NSLock()
  let connection: SQLConnection
  /// Test hook: called with a stage name (`resources`, `findings`) mid-record, inside the
  /// transaction; throwing from it must leave no trace of the scan.
  var faultInjection: (@Sendable (String) throws -> Void)?

  /// Opens (creating and migrating) the SQLite store at `path`.
  public convenience init(sqlitePath path: String) throws {
    try self.init(connection: SQLiteConnection(path: path))
  }

  /// Connects to the PostgreSQL store at `url` and migrates its schema.
  public convenience init(postgresURL url: String) throws {
    try self.init(connection: PostgresConnection(url: url))
  }

  /// A store over `connection`, migrated to `schemaVersion` (tests open older versions).
  init(connection: SQLConnection, schemaVersion: Int = Schema.latestVersion) throws {
    self.connection = connection
    try Schema.migrate(connection, to: schemaVersion)
  }

  /// See `ScanStore.whyReadOnly()`.
  public func whyReadOnly() -> String? {
    lock.lock()
    defer { lock.unlock() }
    return connection.whyReadOnly()
  }

  /// Runs `body` with the connection while holding the lock.
  func locked<T>(_ body: (SQLConnection) throws -> T) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body(connection)
  }

  /// Runs `body` in a write transaction, rolling back when it throws. `appending` says the
  /// write is a first load into an empty store (see `SQLConnection.appending(_:)`).
  func writing<T>(appending: Bool = false, _ body: (SQLConnection) throws -> T) throws -> T {
    try locked { connection in
      func transaction() throws -> T {
        try connection.beginWrite()
        do {
          let result = try body(connection)
          try connection.commit()
          return result
        } catch {
          connection.rollback()
          throw error
        }
      }
      return appending ? try connection.appending(transaction) : try transaction()
    }
  }

  /// Scans newest first, optionally of one account and at most `limit`.
  public func scans(account: String?, limit: Int?) throws -> [ScanSummary] {
    var sql = """
      SELECT id, account, regions, services, started_at, finished_at, status,
        resource_count, finding_count, failing_count, scan_uuid, caller_arn,
        parapet_version, rescan_of FROM scans
      """
    var parameters: [SQLValue] = []
    if let account {
      sql += " WHERE account = ?"
      parameters.append(.text(account))
    }
    sql += " ORDER BY id DESC"
    if let limit {
      sql += " LIMIT \(max(limit, 0))"
    }
    return try locked { try $0.run(sql, parameters) }.map(Self.summary)
  }

  /// The scan with `id`, or nil.
  public func scan(id: Int64) throws -> ScanSummary? {
    let rows = try locked { connection in
      try connection.run(
        """
        SELECT id, account, regions, services, started_at, finished_at, status,
          resource_count, finding_count, failing_count, scan_uuid, caller_arn,
          parapet_version, rescan_of FROM scans WHERE id = ?
        """, [.integer(id)])
    }
    return rows.first.map(Self.summary)
  }

  /// Row counts of the store's tables.
  public func statistics() throws -> StoreStatistics {
    try locked { connection in
      func count(_ table: String) throws -> Int {
        try connection.run("SELECT COUNT(*) FROM \(table)", []).first?.first?.int ?? 0
      }
      return StoreStatistics(
        scans: try count("scans"), bodies: try count("bodies"),
        resourceVersions: try count("resource_versions"),
        findingVersions: try count("finding_versions"),
        trackedFindings: try count("finding_lifecycle"))
    }
  }

  /// Deletes scans finished before `cutoff`, older fix results, and what only those scans
  /// referenced.
  public func prune(finishedBefore cutoff: Date) throws -> PruneResult {
    let millis = SQLValue.integer(Self.milliseconds(cutoff))
    return try writing { connection in
      let old = "SELECT id FROM scans WHERE finished_at < ?"
      let scans = try connection.run("SELECT COUNT(*) FROM (\(old)) AS old", [millis])
      let bodiesBefore = try connection.run("SELECT COUNT(*) FROM bodies", [])

      try connection.run("DELETE FROM scan_resources WHERE scan_id IN (\(old))", [millis])
      try connection.run("DELETE FROM scan_findings WHERE scan_id IN (\(old))", [millis])
      try connection.run("DELETE FROM scans WHERE finished_at < ?", [millis])
      try connection.run("DELETE FROM remediations WHERE recorded_at < ?", [millis])
      try connection.run(
        "DELETE FROM resource_versions WHERE id NOT IN (SELECT version_id FROM scan_resources)",
        [])
      try connection.run(
        "DELETE FROM finding_versions WHERE id NOT IN (SELECT version_id FROM scan_findings)",
        [])
      try connection.run(
        "DELETE FROM bodies WHERE hash NOT IN (SELECT body_hash FROM resource_versions)", [])

      let bodiesAfter = try connection.run("SELECT COUNT(*) FROM bodies", [])
      return PruneResult(
        scans: scans.first?.first?.int ?? 0,
        bodies: (bodiesBefore.first?.first?.int ?? 0) - (bodiesAfter.first?.first?.int ?? 0))
    }
  }

  static func milliseconds(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 * 1000).rounded())
  }

  static func date(_ value: SQLValue) -> Date {
    Date(timeIntervalSince1970: Double(value.int64 ?? 0) / 1000)
  }

  private static func summary(_ row: [SQLValue]) -> ScanSummary {
    let metadata = ScanMetadata(
      scanId: row[10].string, account: row[1].string, callerArn: row[11].string,
      regions: StoredText.strings(row[2].string), services: StoredText.strings(row[3].string),
      startedAt: date(row[4]), finishedAt: date(row[5]), parapetVersion: row[12].string,
      rescanOf: row[13].string.isEmpty ? nil : row[13].string)
    return ScanSummary(
      id: row[0].int64 ?? 0, metadata: metadata,
      status: ScanStatus(rawValue: row[6].string) ?? .partial, resourceCount: row[7].int,
      findingCount: row[8].int, failingCount: row[9].int)
  }
}
