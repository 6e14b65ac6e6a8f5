/// Link rows (a scan's integers pointing at versions) written many per INSERT: a large
/// scan links hundreds of thousands of rows, and one statement per row spends more time
/// starting statements than storing rows.
struct LinkRowBatch {
  private let prefix: String
  private let width: Int
  private let fullStatement: String
  private var pending: [SQLValue] = []

  /// Rows per statement: 200 rows of a few columns stay far below SQLite's and
  /// PostgreSQL's limits on bound parameters.
  static let rowsPerStatement = 200

  /// A batch for `table` with `columns`, in the order `append` receives their values.
  init(table: String, columns: [String]) {
    prefix = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
    width = columns.count
    fullStatement = Self.statement(prefix, width: width, rows: Self.rowsPerStatement)
    pending.reserveCapacity(width * Self.rowsPerStatement)
  }

  /// Adds one row of three or four values (`width` of them; the fourth is nil for three
  /// columns); writes the batch when it is full. A tuple, not a variadic list: a list
  /// allocated an array per row.
  mutating func append(_ row: (Int64, Int64, Int64, Int64?), to connection: SQLConnection)
    throws
  {
    pending.append(.integer(row.0))
    pending.append(.integer(row.1))
    pending.append(.integer(row.2))
    if let fourth = row.3 { pending.append(.integer(fourth)) }
    if pending.count == width * Self.rowsPerStatement { try flush(connection) }
  }

  /// Writes what is pending; call once after the last row.
  mutating func flush(_ connection: SQLConnection) throws {
    guard !pending.isEmpty else { return }
    let rows = pending.count / width
    let sql =
      rows == Self.rowsPerStatement
      ? fullStatement : Self.statement(prefix, width: width, rows: rows)
    try connection.run(sql, pending)
    pending.removeAll(keepingCapacity: true)
  }

  private static func statement(_ prefix: String, width: Int, rows: Int) -> String {
    let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
    return prefix + Array(repeating: row, count: rows).joined(separator: ", ")
  }
}
