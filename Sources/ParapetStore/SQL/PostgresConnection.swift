import CPostgres
import Foundation

/// A PostgreSQL connection through libpq. Parameters travel as text; `?` placeholders are
/// rewritten to `$1`, `$2`... once per distinct statement.
final class PostgresConnection: SQLConnection {
  let dialect = SQLDialect.postgres
  private let location: String
  private let connection: OpaquePointer
  private var rewritten: [String: String] = [:]

  /// Connects to `url`; errors name the URL with its password hidden.
  init(url: String) throws {
    location = StoreLocation.redactingPassword(url)
    guard let connection = PQconnectdb(url) else {
      throw StoreError("cannot connect to PostgreSQL store \(location): out of memory")
    }
    guard PQstatus(connection) == CONNECTION_OK else {
      let reason = Self.message(connection)
      PQfinish(connection)
      throw StoreError(
        "cannot connect to PostgreSQL store \(location): \(reason); check that the server "
          + "is running and the URL's user, password and database are right")
    }
    self.connection = connection
    try script("SET client_min_messages TO warning")
  }

  deinit { PQfinish(connection) }

  @discardableResult
  func run(_ sql: String, _ parameters: [SQLValue]) throws -> [[SQLValue]] {
    let text = numbered(sql)
    let values: [UnsafeMutablePointer<CChar>?] = parameters.map { parameter in
      switch parameter {
      case .null: return nil
      case .integer(let value): return strdup(String(value))
      case .text(let string): return strdup(string)
      case .textSlice(let string): return strdup(String(string))
      }
    }
    defer { values.forEach { free($0) } }

    let pointers = values.map { $0.map { UnsafePointer($0) } }
    let result = PQexecParams(
      connection, text, Int32(pointers.count), nil, pointers, nil, nil, 0)
    defer { PQclear(result) }
    return try rows(of: result, doing: sql)
  }

  func insert(_ sql: String, _ parameters: [SQLValue]) throws -> Int64 {
    guard let id = try run(sql + " RETURNING id", parameters).first?.first?.int64 else {
      throw StoreError("PostgreSQL store: \(summary(sql)) returned no id; check the schema")
    }
    return id
  }

  func script(_ sql: String) throws {
    let result = PQexec(connection, sql)
    defer { PQclear(result) }
    _ = try rows(of: result, doing: sql)
  }

  // One writer at a time, as in SQLite (the lock is on the table every store has, even
  // before its first migration): lifecycle updates read then write an account's
  // rows, so concurrent writers would otherwise race.
  func beginWrite() throws {
    try script("BEGIN; LOCK TABLE schema_version IN SHARE ROW EXCLUSIVE MODE")
  }

  func commit() throws { try script("COMMIT") }

  func rollback() { try? script("ROLLBACK") }

  private func rows(of result: OpaquePointer?, doing sql: String) throws -> [[SQLValue]] {
    let status = PQresultStatus(result)
    guard status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK else {
      let reason = result.map { String(cString: PQresultErrorMessage($0)) } ?? ""
      let trimmed = reason.isEmpty ? Self.message(connection) : reason
      throw StoreError(
        "PostgreSQL store \(location): \(trimmed.trimmingCharacters(in: .whitespacesAndNewlines))"
          + " (while running \(summary(sql)))")
    }
    guard status == PGRES_TUPLES_OK else { return [] }

    let rowCount = PQntuples(result)
    let columnCount = PQnfields(result)
    let integerColumns = (0..<columnCount).map { [20, 21, 23].contains(PQftype(result, $0)) }
    var rows: [[SQLValue]] = []
    rows.reserveCapacity(Int(rowCount))
    for row in 0..<rowCount {
      var values: [SQLValue] = []
      for column in 0..<columnCount {
        if PQgetisnull(result, row, column) == 1 {
          values.append(.null)
          continue
        }
        let text = String(cString: PQgetvalue(result, row, column))
        if integerColumns[Int(column)], let value = Int64(text) {
          values.append(.integer(value))
        } else {
          values.append(.text(text))
        }
      }
      rows.append(values)
    }
    return rows
  }

  private func numbered(_ sql: String) -> String {
    if let done = rewritten[sql] { return done }
    var out = ""
    var count = 0
    for character in sql {
      if character == "?" {
        count += 1
        out += "$\(count)"
      } else {
        out.append(character)
      }
    }
    rewritten[sql] = out
    return out
  }

  /// libpq's message on one line: it puts a hint on a second, tab-indented line.
  private static func message(_ connection: OpaquePointer) -> String {
    String(cString: PQerrorMessage(connection))
      .split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
      .joined(separator: " ")
  }
}
