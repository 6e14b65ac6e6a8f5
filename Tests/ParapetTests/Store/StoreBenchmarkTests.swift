import Foundation
import ParapetStore
import Testing

/// The issue-6 store benchmark; runs only with `PARAPET_BENCH=1`, and is meant for release
/// builds: `PARAPET_BENCH=1 swift test -c release --filter StoreBenchmark`.
@Suite("StoreBenchmark") struct StoreBenchmarkTests {
  static let enabled = ProcessInfo.processInfo.environment["PARAPET_BENCH"] == "1"

  @Test(.enabled(if: enabled), .timeLimit(.minutes(10)))
  func sqliteMeetsTheTargets() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("parapet-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("bench.db").path

    let result = try StoreBenchmark.run(
      resources: 100_000, findings: 500_000, store: .sqlite(path: path))

    print(result)
    #expect(result.firstWriteSeconds < 10)
    #expect(result.diffSeconds < 3)
    #expect(Double(result.growthBytes) < 0.1 * Double(result.fullCopyBytes))
  }

  @Test("a small run finds the changes it made")
  func smallRun() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("parapet-bench-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: directory) }

    let result = try StoreBenchmark.run(
      resources: 1_000, findings: 5_000,
      store: .sqlite(path: directory.appendingPathComponent("bench.db").path))

    #expect(result.diffCounts == "5 changed resources, 5 new and 5 resolved findings")
  }
}
