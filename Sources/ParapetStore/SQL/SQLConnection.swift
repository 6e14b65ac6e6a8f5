/// A value bound to or read from a SQL statement.
enum SQLValue: Sendable, Hashable {
  case null
  case integer(Int64)
  case text(String)
  /// Text bound from part of a larger string without copying it out first; never read
  /// back from a row.
  case textSlice(Substring)

  var int64: Int64? {
    switch self {
    case .integer(let value): return value
    case .text(let text): return Int64(text)
    case .textSlice(let text): return Int64(text)
    case .null: return nil
    }
  }

  var int: Int { int64.map { Int($0) } ?? 0 }

  var string: String {
    switch self {
    case .text(let text): return text
    case .textSlice(let text): return String(text)
    case .integer(let value): return String(value)
    case .null: return ""
    }
  }
}

/// The SQL spellings that differ between SQLite and PostgreSQL.
enum SQLDialect: Sendable {
  case sqlite, postgres

  /// An auto-assigned 64-bit primary key column.
  var idColumn: String {
    self == .sqlite ? "id INTEGER PRIMARY KEY" : "id BIGSERIAL PRIMARY KEY"
  }

  /// Table option for pure link tables (no rowid in SQLite).
  var linkTableSuffix: String { self == .sqlite ? " WITHOUT ROWID" : "" }
}

/// One open database connection. Statements use `?` placeholders in both dialects.
/// Not thread-safe: `SQLScanStore` serialises access.
protocol SQLConnection: AnyObject {
  /// Which SQL spellings to use.
  var dialect: SQLDialect { get }

  /// Runs one statement and returns its rows (empty for statements without results).
  @discardableResult
  func run(_ sql: String, _ parameters: [SQLValue]) throws -> [[SQLValue]]

  /// Runs one query and hands each row to `body` as it is read, so a large result is
  /// never held whole. `body` must not use the connection.
  func forEachRow(
    _ sql: String, _ parameters: [SQLValue], _ body: ([SQLValue]) throws -> Void) throws

  /// Runs one INSERT into a table with an `id` key and returns the new row's id.
  func insert(_ sql: String, _ parameters: [SQLValue]) throws -> Int64

  /// Runs several statements without parameters (schema changes).
  func script(_ sql: String) throws

  /// Starts a write transaction, waiting for other writers to finish theirs.
  func beginWrite() throws

  /// Commits the open transaction.
  func commit() throws

  /// Rolls the open transaction back; never throws, since it runs on error paths.
  func rollback()

  /// Runs `body`, a write that mostly adds new rows to a store holding no scan yet, the
  /// way this database writes such a load fastest; see `SQLiteConnection`.
  func appending<T>(_ body: () throws -> T) throws -> T

  /// Why this connection cannot write, or nil when it can (as far as can be known without
  /// writing).
  func whyReadOnly() -> String?
}

extension SQLConnection {
  /// Runs `body` as any other write: for databases with nothing faster for a first load.
  func appending<T>(_ body: () throws -> T) throws -> T { try body() }

  /// Nil: a server's permissions show at the first write.
  func whyReadOnly() -> String? { nil }

  /// Reads the whole result first: for connections whose client library does.
  func forEachRow(
    _ sql: String, _ parameters: [SQLValue], _ body: ([SQLValue]) throws -> Void
  ) throws {
    for row in try run(sql, parameters) { try body(row) }
  }
}

/// `count` comma-separated `?` placeholders, for an `IN (...)` list.
func placeholders(_ count: Int) -> String {
  Array(repeating: "?", count: count).joined(separator: ", ")
}

extension Array {
  /// The array in consecutive slices of at most `size` elements.
  func chunked(by size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
