import Foundation
import ParapetStore
import Testing

@Suite("Store location") struct StoreLocationTests {
  @Test func defaultsToTheUserDataDirectory() {
    #expect(
      StoreLocation.parse(nil, environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/me"])
        == .sqlite(path: "/data/parapet/parapet.db"))
    #expect(
      StoreLocation.parse("", environment: ["HOME": "/home/me"])
        == .sqlite(path: "/home/me/.local/share/parapet/parapet.db"))
  }

  @Test func picksPostgresForURLsAndSQLiteForPaths() {
    #expect(StoreLocation.parse("/tmp/x.db") == .sqlite(path: "/tmp/x.db"))
    #expect(
      StoreLocation.parse("postgresql://u@h/db") == .postgres(url: "postgresql://u@h/db"))
  }

  @Test func hidesThePassword() {
    let location = StoreLocation.parse("postgres://team:s3cret@db.internal:5432/parapet")
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
