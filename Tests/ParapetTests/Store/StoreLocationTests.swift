import Foundation
import ParapetStore
import Testing

@Suite("Store location") struct StoreLocationTests {
  @Test func defaultsToTheUserDataDirectory() throws {
    #expect(
      try StoreLocation.parse(nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/me"])
        == .sqlite(path: "/data/parapet/parapet.db"))
    #expect(
      try StoreLocation.parse(nil, environment: ["HOME": "/home/me"])
        == .sqlite(path: "/home/me/.local/share/parapet/parapet.db"))
  }

  @Test(arguments: [
    ("/tmp/x.db", StoreLocation.sqlite(path: "/tmp/x.db")),
    ("scans:2024.db", .sqlite(path: "scans:2024.db")),
    ("./a://b.db", .sqlite(path: "./a://b.db")),
    ("postgres://u@h/db", .postgres(url: "postgres://u@h/db")),
    ("postgresql://u@h/db", .postgres(url: "postgresql://u@h/db")),
  ])
  func picksPostgresForURLsAndSQLiteForPaths(_ text: String, _ location: StoreLocation) throws {
    #expect(try StoreLocation.parse(text) == location)
  }

  /// `mysql://x` became a directory `mysql:` holding a SQLite file `x`, and an empty value
  /// quietly meant the default store.
  @Test(arguments: [
    ("mysql://x", StoreLocation.Problem.unsupportedScheme("mysql")),
    ("sqlite:///tmp/x.db", .unsupportedScheme("sqlite")),
    ("file:///tmp/x.db", .unsupportedScheme("file")),
    ("POSTGRES://u@h/db", .unsupportedScheme("POSTGRES")),
    ("", .empty),
  ])
  func refusesWhatNamesNoStore(_ text: String, _ problem: StoreLocation.Problem) {
    #expect(throws: problem) { try StoreLocation.parse(text, environment: [:]) }
  }

  @Test func hidesThePassword() throws {
    let location = try StoreLocation.parse("postgres://team:s3cret@db.internal:5432/parapet")
    #expect(location.description == "postgres://team:***@db.internal:5432/parapet")
    #expect(
      StoreLocation.postgres(url: "postgres://team@db/parapet").description
        == "postgres://team@db/parapet")
  }

  @Test func failsToConnectWithoutLeakingThePassword() {
    #expect {
      _ = try openScanStore(.postgres(url: "postgres://team:s3cret@127.0.0.1:1/parapet"))
    } throws: { error in
      let message = "\(error)"
      return message.hasPrefix(
        "cannot connect to PostgreSQL store postgres://team:***@127.0.0.1:1/parapet: ")
        && !message.contains("s3cret")
    }
  }
}
