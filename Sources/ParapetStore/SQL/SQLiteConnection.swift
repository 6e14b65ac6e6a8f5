import CSQLite
import Foundation

/// A SQLite connection in WAL mode with a busy timeout, so that concurrent writers wait
/// for each other instead of failing, and readers never see an uncommitted scan.
final class SQLiteConnection: SQLConnection {
  let dialect = SQLDialect.sqlite
  private let path: String
  private var handle: OpaquePointer?
  // Few distinct statements, mostly the same literal each time: a linear search with
  // `==` (identical storage compares in constant time) beats hashing the SQL text.
  private var statements: [(sql: String, statement: OpaquePointer)] = []

  // SQLite's SQLITE_TRANSIENT macro does not import into Swift.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  /// Opens (creating if needed) the database at `path` and its directory.
  init(path: String, busyTimeoutMilliseconds: Int32 = 30_000) throws {
    self.path = path
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      do {
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw StoreError(
          "cannot create the store directory \(directory): \(error.localizedDescription); "
            + "choose another path with --store")
      }
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      // SQLite's own word for this is "unable to open database file".
      throw StoreError(
        "\(path) is a directory; --store takes a file, such as "
          + (path as NSString).appendingPathComponent("parapet.db"))
    }
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
      let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(handle)
      handle = nil
      throw StoreError("cannot open the SQLite store \(path): \(reason)")
    }
    sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    // A large page cache keeps the random-keyed indexes of a big scan in memory, so a
    // write transaction does not spill and rewrite index pages over and over.
    try script("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;")
    try useWriteAheadLog()
  }

  /// Puts the store in WAL mode, where readers never wait for a writer. While another
  /// connection loads a new store under a rollback journal (`appending(_:)`), the switch is
  /// refused at once; this connection then works in that mode (correctly, its reads
  /// waiting for the load's commit), and the loader switches back when it is done.
  private func useWriteAheadLog() throws {
    let code = sqlite3_exec(handle, "PRAGMA journal_mode=WAL", nil, nil, nil)
    guard code != SQLITE_OK, code != SQLITE_BUSY, code != SQLITE_LOCKED else { return }
    throw failure(code, doing: "PRAGMA journal_mode=WAL")
  }

  /// Runs `body`, a first load into an empty store, under a rollback journal when no other
  /// connection has the store open. In WAL mode every page is written twice, once to the
  /// log and once more when the log is copied into the database; a rollback journal does
  /// not journal pages added past the end of the file, so a load is written once: the
  /// first write of a 500,000-finding scan took a fifth less time. A crash still leaves no
  /// half scan (the journal undoes it) and `synchronous=FULL` keeps that true on power
  /// loss. When another connection is open the switch is refused and the load runs in WAL
  /// mode as any write does.
  func appending<T>(_ body: () throws -> T) throws -> T {
    let mode = try? run("PRAGMA journal_mode=DELETE", []).first?.first?.string
    guard mode == "delete" else { return try body() }
    defer {
      try? script("PRAGMA synchronous=NORMAL")
      try? useWriteAheadLog()
    }
    try script("PRAGMA synchronous=FULL")
    return try body()
  }

  /// SQLite opens a file it may not write read-only without a word, and a directory it
  /// may not write leaves it no room for its journal: either fails the first write.
  func whyReadOnly() -> String? {
    if sqlite3_db_readonly(handle, "main") == 1 { return "the file is read-only" }
    let directory = (path as NSString).deletingLastPathComponent
    if !directory.isEmpty, !FileManager.default.isWritableFile(atPath: directory) {
      return "its directory \(directory) is not writable"
    }
    return nil
  }

  deinit {
    for entry in statements { sqlite3_finalize(entry.statement) }
    sqlite3_close(handle)
  }

  @discardableResult
  func run(_ sql: String, _ parameters: [SQLValue]) throws -> [[SQLValue]] {
    var rows: [[SQLValue]] = []
    try forEachRow(sql, parameters) { rows.append($0) }
    return rows
  }

  func forEachRow(
    _ sql: String, _ parameters: [SQLValue], _ body: ([SQLValue]) throws -> Void
  ) throws {
    let statement = try prepared(sql)
    defer {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
    }

    for (offset, parameter) in parameters.enumerated() {
      let index = Int32(offset + 1)
      switch parameter {
      case .null: sqlite3_bind_null(statement, index)
      case .integer(let value): sqlite3_bind_int64(statement, index, value)
      case .text(let text): sqlite3_bind_text(statement, index, text, -1, Self.transient)
      case .textSlice(let text): bind(text, at: index, statement)
      }
    }

    while true {
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else { throw failure(code, doing: sql) }
      try body(readRow(statement))
    }
  }

  func insert(_ sql: String, _ parameters: [SQLValue]) throws -> Int64 {
    try forEachRow(sql, parameters) { _ in }
    return sqlite3_last_insert_rowid(handle)
  }

  private func bind(_ text: Substring, at index: Int32, _ statement: OpaquePointer) {
    var text = text
    text.withUTF8 { bytes in
      // A nil address would bind NULL; an empty slice has no address of its own.
      guard let base = bytes.baseAddress, !bytes.isEmpty else {
        sqlite3_bind_text(statement, index, "", 0, Self.transient)
        return
      }
      base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { characters in
        sqlite3_bind_text(statement, index, characters, Int32(bytes.count), Self.transient)
      }
    }
  }

  func script(_ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    guard code == SQLITE_OK else {
      let reason = message.map { String(cString: $0) } ?? "code \(code)"
      sqlite3_free(message)
      throw StoreError("SQLite store \(path): \(reason) (while running \(summary(sql)))")
    }
  }

  func beginWrite() throws { try script("BEGIN IMMEDIATE") }

  func commit() throws { try script("COMMIT") }

  func rollback() { try? script("ROLLBACK") }

  private func prepared(_ sql: String) throws -> OpaquePointer {
    if let entry = statements.first(where: { $0.sql == sql }) { return entry.statement }
    var statement: OpaquePointer?
    let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard code == SQLITE_OK, let statement else { throw failure(code, doing: sql) }
    // Statements built for one call (IN lists of a given length) would otherwise pile up
    // in a long-running watch; the newest cached one makes room, so the statements every
    // write uses, prepared first, stay.
    if statements.count >= Self.cachedStatements {
      sqlite3_finalize(statements.removeLast().statement)
    }
    statements.append((sql, statement))
    return statement
  }

  private static let cachedStatements = 64

  private func readRow(_ statement: OpaquePointer) -> [SQLValue] {
    let count = sqlite3_column_count(statement)
    var row: [SQLValue] = []
    row.reserveCapacity(Int(count))
    for column in 0..<count {
      switch sqlite3_column_type(statement, column) {
      case SQLITE_NULL: row.append(.null)
      case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(statement, column)))
      default:
        let length = Int(sqlite3_column_bytes(statement, column))
        let text = sqlite3_column_text(statement, column).map { pointer in
          String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }
        row.append(.text(text ?? ""))
      }
    }
    return row
  }

  private func failure(_ code: Int32, doing sql: String) -> StoreError {
    let reason = String(cString: sqlite3_errmsg(handle))
    let hint = code == SQLITE_BUSY ? "; another parapet holds the store, retry later" : ""
    return StoreError("SQLite store \(path): \(reason) (while running \(summary(sql)))\(hint)")
  }
}

/// The first words of a statement, enough to name it in an error.
func summary(_ sql: String) -> String {
  // Up to a column list: `INSERT INTO scans (account,` named the statement half-cut.
  let words = sql.split(whereSeparator: \.isWhitespace).prefix(4)
    .prefix { !$0.hasPrefix("(") }
  return words.joined(separator: " ")
}
