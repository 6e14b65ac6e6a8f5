import ParapetCore

/// Parses IAM's credential report, a CSV whose first line names the columns.
enum CredentialReport {
  /// Each row as an object keyed by column name, indexed by the `arn` column; the root
  /// account's row is indexed by its user name `<root_account>`.
  static func rows(_ csv: String) -> [String: JSONValue] {
    let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
    guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false)
    else { return [:] }

    var rows: [String: JSONValue] = [:]
    for line in lines.dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      var row: [String: JSONValue] = [:]
      for (index, column) in header.enumerated() where index < cells.count {
        row[String(column)] = .string(String(cells[index]))
      }
      let user = row["user"]?.stringValue
      let key = user == "<root_account>" ? "<root_account>" : row["arn"]?.stringValue
      if let key { rows[key] = .object(row) }
    }
    return rows
  }
}
