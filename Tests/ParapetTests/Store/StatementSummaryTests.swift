import Testing

@testable import ParapetStore

/// Store errors name the statement that failed by its first words, never cut inside a
/// column list.
@Suite struct StatementSummaryTests {
  @Test(arguments: [
    ("INSERT INTO scans (account, regions) VALUES (?, ?)", "INSERT INTO scans"),
    ("SELECT MAX(version) FROM schema_version", "SELECT MAX(version) FROM schema_version"),
    ("  PRAGMA journal_mode=WAL", "PRAGMA journal_mode=WAL"),
    ("UPDATE finding_lifecycle SET state = 'resolved'", "UPDATE finding_lifecycle SET state"),
  ])
  func summaryNamesTheStatement(sql: String, expected: String) {
    #expect(summary(sql) == expected)
  }
}
