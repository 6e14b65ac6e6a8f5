import Foundation
import Testing

/// `--store` values that name no store Parapet can open, given to every command that takes
/// the option: each is a usage error before anything is read, created or called.
@Suite struct StoreOptionTests {
  static let trail = MotoServer.packageRoot
    .appendingPathComponent("Tests/ParapetTests/Fixtures/CloudTrail/root-activity.json.gz").path

  /// A report directory no case may create.
  static let output = FileManager.default.temporaryDirectory
    .appendingPathComponent(MotoServer.uniqueName("store-option")).path

  /// Every command taking --store, with what else it needs to get as far as the store.
  static let commands: [[String]] = [
    ["scan", "aws", "--output-dir", output],
    ["rescan", "aws", "--lookup-events", "--output-dir", output],
    ["watch", "--output-dir", output],
    ["detect", "cloudtrail", trail, "--output-dir", output],
    ["fix", "--from", "findings.json"], ["fix", "--scan", "1"],
    ["history"], ["history", "fixes"], ["history", "prune", "--keep", "90d"], ["diff"],
  ]

  struct Case: CustomTestStringConvertible, Sendable {
    var command: [String]
    var store: String
    var message: String
    var testDescription: String {
      command.prefix { $0 != "--output-dir" }.joined(separator: " ") + " --store '\(store)'"
    }
  }

  static let otherScheme =
    "unsupported store scheme 'mysql' in --store; use a SQLite file path or a postgres:// URL"
  static let empty =
    "--store is empty; give a SQLite file path or a postgres:// URL, or leave --store out for "
    + "the default store"

  static let cases: [Case] = commands.flatMap { command in
    [
      // Became a directory 'mysql:' holding a SQLite file 'x'.
      Case(command: command, store: "mysql://x", message: otherScheme),
      // Quietly meant the default store.
      Case(command: command, store: "", message: empty),
    ]
  }

  @Test(arguments: cases)
  func aValueThatNamesNoStoreIsAUsageError(_ testCase: Case) async throws {
    let outcome = try await ParapetProcess.run(testCase.command + ["--store", testCase.store])

    #expect(outcome.status == 2)
    #expect(outcome.stderr == "parapet: \(testCase.message)\n")
    #expect(outcome.stdout == "")
    #expect(!FileManager.default.fileExists(atPath: Self.output))
    #expect(!FileManager.default.fileExists(atPath: "mysql:"))
  }
}
