import Foundation

/// Reads files from the copied `Fixtures` resource directory.
enum Fixture {
  /// The fixtures directory inside the test bundle.
  static var directory: URL {
    Bundle.module.resourceURL?.appendingPathComponent("Fixtures")
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures")
  }

  /// The bytes of `Fixtures/<path>`; fails the test with the path when missing.
  static func data(_ path: String) throws -> Data {
    let url = directory.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw FixtureMissing(path: url.path)
    }
    return data
  }

  /// The full path of `Fixtures/<path>`.
  static func path(_ path: String) -> String {
    directory.appendingPathComponent(path).path
  }
}

struct FixtureMissing: Error, CustomStringConvertible {
  let path: String
  var description: String { "fixture not found: \(path)" }
}
