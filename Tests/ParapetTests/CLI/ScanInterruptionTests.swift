import Foundation
import ParapetStore
import Testing

/// Ctrl-C (or a SIGTERM from a CI runner) during `parapet scan` stops it at once and leaves
/// nothing behind: no report directory it created, no scan in the history.
@Suite struct ScanInterruptionTests {
  @Test(.timeLimit(.minutes(2)), arguments: [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")])
  func aSignalDuringCollectionStopsTheScanWritingNothing(
    signal: Int32, name: String
  ) async throws {
    // An endpoint that never answers holds the scan at its first call.
    let silent = try await WebhookRecorder.silent.baseURL()
    let store = try WatchCommandTests.storePath()
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("interrupted-reports")).path
    let scan = try BackgroundParapet(
      [
        "scan", "aws", "--endpoint-url", silent.absoluteString, "--region", "us-east-1",
        "--store", store, "--output-dir", output,
      ], environment: WatchCommandTests.credentials)
    // The report directory is made after the signals are handled: once it exists, a signal
    // reaches the handler.
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: output) && Date() < deadline {
      try await Task.sleep(nanoseconds: 20_000_000)
    }

    scan.send(signal)
    let outcome = try await scan.finish(timeout: 30)

    #expect(outcome.status == 128 + signal)
    #expect(outcome.stderr == "parapet: stopped by \(name); no report or history was written\n")
    #expect(!FileManager.default.fileExists(atPath: output))
    #expect(try openScanStore(.sqlite(path: store)).scans().isEmpty)
  }

  /// Stopping while collection threads were mid-call crashed about one run in fifteen, after
  /// the message, as exit handlers tore down libraries under them.
  @Test(.timeLimit(.minutes(3)))
  func stoppingMidCollectionNeverCrashes() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    for attempt in 0..<12 {
      let output = FileManager.default.temporaryDirectory
        .appendingPathComponent(MotoServer.uniqueName("mid-collection")).path
      let scan = try BackgroundParapet(
        [
          "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region", "us-east-1",
          "--region", "eu-west-1", "--no-store", "--output-dir", output,
        ], environment: WatchCommandTests.credentials)
      try await Task.sleep(nanoseconds: UInt64(150 + 40 * attempt) * 1_000_000)

      scan.send(SIGINT)
      let outcome = try await scan.finish(timeout: 60)

      // A scan that finished first has nothing to show here.
      guard ![0, 3].contains(outcome.status) else { continue }
      #expect(outcome.status == 130, "\(outcome.stderr)")
      #expect(outcome.stderr == "parapet: stopped by SIGINT; no report or history was written\n")
    }
  }
}
