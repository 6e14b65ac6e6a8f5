/// The store's tables, built by forward migrations. `schema_version` holds the version
/// applied last; opening a store applies every later migration in one transaction.
///
/// Deduplication: a resource body (its property tree, as canonical JSON) is stored once in
/// `bodies` under its SHA-256. A resource version (id, type, region, name, tags and body
/// hash) and a finding version (its full content) are stored once each under a hash of
/// their content, and a scan links to them with two-integer rows, so a rescan where little
/// changed adds little more than those links.
enum Schema {
  /// A forward step from `version - 1` to `version`.
  struct Migration: Sendable {
    let version: Int
    let statements: @Sendable (SQLDialect) -> [String]
  }

  /// The version this code reads and writes.
  static var latestVersion: Int { migrations.last?.version ?? 0 }

  static let migrations: [Migration] = [
    Migration(version: 1, statements: version1),
    Migration(version: 2, statements: version2),
    Migration(version: 3, statements: version3),
    Migration(version: 4, statements: version4),
    Migration(version: 5, statements: version5),
    Migration(version: 6, statements: version6),
    Migration(version: 7, statements: version7),
  ]

  private static func version1(_ dialect: SQLDialect) -> [String] {
    let link = dialect.linkTableSuffix
    return [
      """
      CREATE TABLE scans (\(dialect.idColumn), account TEXT NOT NULL, regions TEXT NOT NULL,
        services TEXT NOT NULL, started_at BIGINT NOT NULL, finished_at BIGINT NOT NULL,
        status TEXT NOT NULL, resource_count BIGINT NOT NULL, finding_count BIGINT NOT NULL,
        failing_count BIGINT NOT NULL)
      """,
      "CREATE TABLE bodies (hash TEXT PRIMARY KEY, body TEXT NOT NULL)",
      """
      CREATE TABLE resource_versions (\(dialect.idColumn), key TEXT NOT NULL,
        resource_id TEXT NOT NULL, type TEXT NOT NULL, provider TEXT NOT NULL,
        account TEXT NOT NULL, region TEXT NOT NULL, name TEXT NOT NULL, tags TEXT NOT NULL,
        body_hash TEXT NOT NULL)
      """,
      """
      CREATE TABLE scan_resources (scan_id BIGINT NOT NULL, position BIGINT NOT NULL,
        version_id BIGINT NOT NULL, PRIMARY KEY (scan_id, position))\(link)
      """,
      """
      CREATE TABLE finding_versions (\(dialect.idColumn), key TEXT NOT NULL,
        fingerprint TEXT NOT NULL, check_id TEXT NOT NULL, check_title TEXT NOT NULL,
        resource_id TEXT NOT NULL, resource_type TEXT NOT NULL, resource_name TEXT NOT NULL,
        account TEXT NOT NULL, region TEXT NOT NULL, status TEXT NOT NULL,
        severity TEXT NOT NULL, message TEXT NOT NULL, evidence TEXT NOT NULL,
        remediation TEXT NOT NULL, compliance TEXT NOT NULL)
      """,
      """
      CREATE TABLE scan_findings (scan_id BIGINT NOT NULL, position BIGINT NOT NULL,
        version_id BIGINT NOT NULL, failing BIGINT NOT NULL,
        PRIMARY KEY (scan_id, position))\(link)
      """,
      """
      CREATE TABLE finding_lifecycle (account TEXT NOT NULL, fingerprint TEXT NOT NULL,
        check_id TEXT NOT NULL, resource_id TEXT NOT NULL, region TEXT NOT NULL,
        service TEXT NOT NULL, first_seen_scan BIGINT NOT NULL,
        last_seen_scan BIGINT NOT NULL, resolved_scan BIGINT, state TEXT NOT NULL,
        PRIMARY KEY (account, fingerprint))\(link)
      """,
    ]
  }

  // Version 2 counts reopenings and indexes scans by account for `diff` and `history`.
  private static func version2(_ dialect: SQLDialect) -> [String] {
    [
      "ALTER TABLE finding_lifecycle ADD COLUMN reopened_count BIGINT NOT NULL DEFAULT 0",
      "CREATE INDEX scans_by_account ON scans (account, id)",
      "CREATE INDEX scans_by_finish ON scans (finished_at)",
    ]
  }

  // Version 3 keeps who ran a scan and with what: the scan's own id (the one in its report
  // files), the caller's ARN and Parapet's version.
  private static func version3(_ dialect: SQLDialect) -> [String] {
    [
      "ALTER TABLE scans ADD COLUMN scan_uuid TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE scans ADD COLUMN caller_arn TEXT NOT NULL DEFAULT ''",
      "ALTER TABLE scans ADD COLUMN parapet_version TEXT NOT NULL DEFAULT ''",
    ]
  }

  // Version 4 keeps what `parapet fix` did about each finding (fixed, still failing, failed
  // to apply, undone), with the audit log entry that holds the details.
  private static func version4(_ dialect: SQLDialect) -> [String] {
    [
      """
      CREATE TABLE remediations (\(dialect.idColumn), account TEXT NOT NULL,
        fingerprint TEXT NOT NULL, check_id TEXT NOT NULL, resource_id TEXT NOT NULL,
        scan_id BIGINT, audit_entry TEXT NOT NULL, result TEXT NOT NULL, detail TEXT NOT NULL,
        who TEXT NOT NULL, recorded_at BIGINT NOT NULL)
      """,
      "CREATE INDEX remediations_by_finding ON remediations (account, fingerprint)",
    ]
  }

  // Version 5 keeps a failing finding's remediation snippets (CLI, Terraform,
  // CloudFormation, console) with its resource filled in, as a JSON object; '' for none.
  private static func version5(_ dialect: SQLDialect) -> [String] {
    ["ALTER TABLE finding_versions ADD COLUMN snippets TEXT NOT NULL DEFAULT ''"]
  }

  // Version 6 marks rescans: the scan id (as in its report files) of the scan a rescan
  // started from, empty for a full scan.
  private static func version6(_ dialect: SQLDialect) -> [String] {
    ["ALTER TABLE scans ADD COLUMN rescan_of TEXT NOT NULL DEFAULT ''"]
  }

  // Version 7 remembers what `parapet watch` told each notification channel, so that a
  // restarted watch does not repeat itself: a channel's baseline per account, and per
  // finding the opening (its lifecycle's reopened count) the channel last heard about.
  private static func version7(_ dialect: SQLDialect) -> [String] {
    let link = dialect.linkTableSuffix
    return [
      """
      CREATE TABLE notification_channels (account TEXT NOT NULL, channel TEXT NOT NULL,
        baseline_scan BIGINT NOT NULL, created_at BIGINT NOT NULL,
        PRIMARY KEY (account, channel))\(link)
      """,
      """
      CREATE TABLE notified_findings (account TEXT NOT NULL, channel TEXT NOT NULL,
        fingerprint TEXT NOT NULL, opening BIGINT NOT NULL, outcome TEXT NOT NULL,
        scan_id BIGINT NOT NULL, notified_at BIGINT NOT NULL,
        PRIMARY KEY (account, channel, fingerprint))\(link)
      """,
    ]
  }

  /// Brings the schema to `target` (default: latest), creating it in an empty database.
  /// Runs in a write transaction so two processes opening a new store do not both migrate.
  static func migrate(_ connection: SQLConnection, to target: Int = latestVersion) throws {
    try refuseForeignDatabase(connection)
    // A store already at the target is only read: opening one (for `history` beside a
    // running `watch`) then never waits for a writer.
    if let current = try? version(of: connection), current >= target, current <= latestVersion {
      return
    }
    try connection.script(
      "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
    try connection.beginWrite()
    do {
      let current = try version(of: connection)
      guard current <= latestVersion else {
        throw StoreError(
          "the store has schema version \(current), newer than this parapet understands "
            + "(\(latestVersion)); upgrade parapet to read it")
      }
      for migration in migrations where migration.version > current {
        guard migration.version <= target else { break }
        for statement in migration.statements(connection.dialect) {
          try connection.run(statement, [])
        }
      }
      if target > current {
        try connection.run("DELETE FROM schema_version", [])
        try connection.run(
          "INSERT INTO schema_version (version) VALUES (?)", [.integer(Int64(target))])
      }
      try connection.commit()
    } catch {
      connection.rollback()
      throw error
    }
  }

  /// Throws when a SQLite file holds tables but not Parapet's: `--store` pointed at some
  /// other application's database, which Parapet must neither migrate nor write into.
  static func refuseForeignDatabase(_ connection: SQLConnection) throws {
    guard connection.dialect == .sqlite else { return }
    let tables = try connection.run(
      "SELECT name FROM sqlite_master WHERE type = 'table'", []
    ).map { $0[0].string }
    guard !tables.isEmpty, !tables.contains("schema_version") else { return }
    throw StoreError(
      "it is a SQLite database of something else (tables "
        + tables.sorted().prefix(3).joined(separator: ", ")
        + ", no schema_version); give --store a new file or a Parapet store")
  }

  /// The applied version; 0 for an empty database.
  static func version(of connection: SQLConnection) throws -> Int {
    try connection.run("SELECT MAX(version) FROM schema_version", []).first?.first?.int ?? 0
  }
}
