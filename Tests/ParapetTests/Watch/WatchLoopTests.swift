import Foundation
import ParapetAWS
import ParapetCore
import ParapetNotify
import ParapetStore
import Testing

@testable import ParapetCLI

/// The watch loop in process, over scans the test scripts, a real SQLite store and a real
/// loopback webhook: what is announced, once, across iterations and restarts.
@Suite struct WatchLoopTests {
  private typealias W = WatchFixtures

  static let base = W.finding("aws.s3.base", on: "old", .fail)
  static let x = W.finding("aws.s3.x", on: "x", .fail)
  static let xPasses = W.finding("aws.s3.x", on: "x", .pass)
  static let y = W.finding("aws.s3.y", on: "y", .fail, .critical)

  @Test(.timeLimit(.minutes(5)))
  func aFindingIsAnnouncedOnceAcrossScansAndRestarts() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])

    await harness.run([
      W.scan(1, [Self.base, Self.xPasses]), W.scan(2, [Self.base, Self.x]),
      W.scan(3, [Self.base, Self.x]),
    ])
    // A new process: a new loop and store connection over the same file.
    await harness.run([
      W.scan(4, [Self.base, Self.x, Self.y]), W.scan(5, [Self.base, Self.x, Self.y]),
    ])

    #expect(try await harness.announced(0) == [["aws.s3.x"], ["aws.s3.y"]])
    #expect(
      harness.console.lines.filter { $0.hasPrefix("  new") }
        == [
          "  new high aws.s3.x arn:aws:s3:::x (eu-west-1)",
          "  new critical aws.s3.y arn:aws:s3:::y (eu-west-1)",
        ])
    #expect(try harness.store().scans().count == 5)
  }

  @Test(.timeLimit(.minutes(5)))
  func aFindingThatResolvesAndReopensIsAnnouncedAgain() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])

    await harness.run([
      W.scan(1, [Self.x]), W.scan(2, [Self.xPasses]), W.scan(3, [Self.x]),
      W.scan(4, [Self.x]), W.scan(5, [Self.xPasses]), W.scan(6, [Self.x]),
    ])

    #expect(try await harness.announced(0) == [["aws.s3.x"], ["aws.s3.x"]])
    #expect(
      harness.console.lines.filter { $0.contains(" scan 3 ") }
        == [
          "2023-11-14T22:16:25Z scan 3 of 123456789012: 1 failing; 1 new and 0 resolved since "
            + "scan 2"
        ])
  }

  @Test(.timeLimit(.minutes(5)))
  func aFailedScanIsLoggedAndTheNextOneRuns() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])

    let tally = await harness.run([
      .success(W.scan(1, [Self.base])), .failure(ScriptedFailure()),
      .success(W.scan(3, [Self.base, Self.x])),
    ])

    #expect(tally == WatchLoop.Tally(attempted: 3, recorded: 2))
    #expect(try await harness.announced(0) == [["aws.s3.x"]])
    #expect(
      harness.log.records.map(\.0) == ["watch scan failed; trying again after the interval"])
    #expect(
      harness.log.records.first?.1
        == ["error": "the emulated network is down", "watch.scan": "2"])
    #expect(try harness.store().scans().count == 2)
  }

  @Test(.timeLimit(.minutes(5)))
  func aFailedLastScanIsTheTallysProblemAndNoRetryIsPromised() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])

    let tally = await harness.run([
      .failure(ScriptedFailure()), .success(W.scan(2, [Self.base])), .failure(ScriptedFailure()),
    ])

    #expect(
      tally
        == WatchLoop.Tally(
          attempted: 3, recorded: 1,
          lastProblem: "the last scan (3 of --max-scans 3) failed: the emulated network is down"))
    #expect(harness.log.records.map { $0.1["watch.scan"] } == ["1"])
  }

  @Test(.timeLimit(.minutes(5)))
  func aLastScanWhoseNewsNoWebhookTookIsTheTallysProblem() async throws {
    let harness = try await WatchHarness(scenarios: ["status-404"])

    let tally = await harness.run([W.scan(1, [Self.base]), W.scan(2, [Self.base, Self.x])])

    let url = try #require(harness.webhooks.first?.redactedURL)
    #expect(
      tally.lastProblem
        == "no webhook took the notifications of the last scan (2 of --max-scans 2): generic "
        + "\(url) (refused with HTTP 404)")
    #expect(try await harness.statuses(0) == [404])
  }

  @Test(.timeLimit(.minutes(5)))
  func aLastScanThatOneWebhookTookHasNoProblem() async throws {
    let harness = try await WatchHarness(scenarios: ["status-404", "ok"])

    let tally = await harness.run([W.scan(1, [Self.base]), W.scan(2, [Self.base, Self.x])])

    #expect(tally == WatchLoop.Tally(attempted: 2, recorded: 2, lastProblem: nil))
    #expect(try await harness.announced(1) == [["aws.s3.x"]])
  }

  @Test(.timeLimit(.minutes(5)))
  func eachWebhookKeepsItsOwnLedger() async throws {
    // The second webhook fails its first request; with one attempt per delivery the
    // finding stays due for it alone, and it gets it after the next scan.
    let harness = try await WatchHarness(scenarios: ["ok", "fail-1"])

    await harness.run([
      W.scan(1, [Self.base]), W.scan(2, [Self.base, Self.x]), W.scan(3, [Self.base, Self.x]),
      W.scan(4, [Self.base, Self.x]),
    ])

    #expect(try await harness.announced(0) == [["aws.s3.x"]])
    #expect(try await harness.announced(1) == [["aws.s3.x"], ["aws.s3.x"]])
    #expect(try await harness.statuses(1) == [500, 200])
    #expect(
      harness.log.records.map(\.0)
        == ["webhook delivery failed; the findings will be offered again after the next scan"])
  }

  @Test(.timeLimit(.minutes(5)))
  func aWebhookThatRefusesIsToldOnceAndNotAgain() async throws {
    let harness = try await WatchHarness(scenarios: ["status-404"])

    await harness.run([
      W.scan(1, [Self.base]), W.scan(2, [Self.base, Self.x]), W.scan(3, [Self.base, Self.x]),
    ])

    #expect(try await harness.statuses(0) == [404])
    #expect(harness.log.records.count == 1)
    #expect(harness.log.records.first?.1["http.status"] == "404")
  }

  @Test(.timeLimit(.minutes(5)))
  func findingsBelowTheThresholdAreNotAnnounced() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])
    let medium = W.finding("aws.s3.medium", on: "m", .fail, .medium)

    await harness.run([W.scan(1, [Self.base]), W.scan(2, [Self.base, medium])])

    #expect(try await harness.announced(0) == [])
    #expect(harness.console.lines.filter { $0.hasPrefix("  ") } == [])
  }

  @Test(.timeLimit(.minutes(5)))
  func aWebhookAddedLaterStartsFromThePreviousScan() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])

    await harness.run([W.scan(1, [Self.base]), W.scan(2, [Self.base, Self.x])], webhooks: false)
    await harness.run([W.scan(3, [Self.base, Self.x, Self.y])])

    // x was failing before the webhook existed; y is new since the previous scan.
    #expect(try await harness.announced(0) == [["aws.s3.y"]])
  }

  @Test(.timeLimit(.minutes(5)))
  func aStopDuringAScanAbandonsItAndWritesNothing() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])
    let stop = StopSignal()
    let started = Flag()
    let loop = harness.loop(
      scan: {
        started.set()
        try await Task.sleep(nanoseconds: 3_600_000_000_000)
        return W.scan(1, [Self.base])
      }, stop: stop, maxScans: nil)

    let running = Task { await loop.run() }
    await started.wait()
    stop.request("SIGTERM")

    #expect(await running.value == WatchLoop.Tally(attempted: 1, recorded: 0))
    #expect(try harness.store().scans().isEmpty)
    #expect(harness.console.lines.isEmpty)
  }

  @Test(.timeLimit(.minutes(5)))
  func aStopDuringThePauseEndsTheLoopAfterTheRecordedScan() async throws {
    let harness = try await WatchHarness(scenarios: ["ok"])
    let stop = StopSignal()
    let scripted = ScriptedScans([.success(W.scan(1, [Self.base]))])
    let loop = harness.loop(scan: { try scripted.next() }, stop: stop, maxScans: nil)

    let running = Task { await loop.run() }
    await harness.console.waitForLines(1)
    stop.request("SIGINT")

    #expect(await running.value == WatchLoop.Tally(attempted: 1, recorded: 1))
    #expect(try harness.store().scans().count == 1)
  }
}

/// One webhook per scenario on the recording server, a SQLite store in a fresh directory,
/// and the console and log the loop writes.
struct WatchHarness {
  let storePath: String
  let keys: [String]
  let webhooks: [WebhookChannel]
  let console = ConsoleLines()
  let log = RecordingLogSink()

  init(scenarios: [String]) async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-watch"))
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    storePath = directory.appendingPathComponent("parapet.db").path
    keys = scenarios.map { _ in MotoServer.uniqueName("watch") }
    var channels: [WebhookChannel] = []
    for (key, scenario) in zip(keys, scenarios) {
      let url = try await WebhookRecorder.shared.url(key: key, scenario: scenario)
      channels.append(try WebhookChannel(format: .generic, url: url.absoluteString))
    }
    webhooks = channels
  }

  func store() throws -> any ScanStore {
    try openScanStore(.sqlite(path: storePath))
  }

  /// A loop over `scan` with one attempt per delivery and no pause between scans.
  func loop(
    scan: @escaping @Sendable () async throws -> ScannedAccount, stop: StopSignal,
    maxScans: Int?, webhooks: Bool = true
  ) -> WatchLoop {
    let logger = Logger(level: .warning, sink: log)
    let sender = WebhookSender(
      transport: CurlTransport(timeout: 30, workers: 1),
      policy: DeliveryPolicy(backoff: RetryPolicy(maxAttempts: 1), totalTime: 5),
      sleeper: StopAwareSleeper(stop: stop), userAgent: "parapet/test", logger: logger)
    let lines = console
    let path = storePath
    return WatchLoop(
      scan: scan, writeReports: nil, openStore: { try openScanStore(.sqlite(path: path)) },
      announcer: WatchAnnouncer(
        webhooks: webhooks ? self.webhooks : [], sender: sender, console: { lines.append($0) },
        threshold: .high, stop: stop, logger: logger),
      stop: stop, interval: 0, maxScans: maxScans, logger: logger)
  }

  /// Runs a watch (as one process would) over `scans`, one per iteration.
  @discardableResult
  func run(_ scans: [ScannedAccount], webhooks: Bool = true) async -> WatchLoop.Tally {
    await run(scans.map { .success($0) }, webhooks: webhooks)
  }

  @discardableResult
  func run(
    _ results: [Result<ScannedAccount, any Error>], webhooks: Bool = true
  ) async -> WatchLoop.Tally {
    let scripted = ScriptedScans(results)
    return await loop(
      scan: { try scripted.next() }, stop: StopSignal(), maxScans: results.count,
      webhooks: webhooks
    ).run()
  }

  /// The check ids each message to webhook `index` named, message by message (accepted
  /// or not).
  func announced(_ index: Int) async throws -> [[String]] {
    try await WebhookRecorder.shared.received(key: keys[index]).map { request in
      let payload = try JSONValue.parse(request.body)
      return (payload["findings"]?.arrayValue ?? []).compactMap { $0["check_id"]?.stringValue }
    }
  }

  /// The status webhook `index` answered each message with.
  func statuses(_ index: Int) async throws -> [Int?] {
    try await WebhookRecorder.shared.received(key: keys[index]).map(\.status)
  }
}

/// Scans handed out one per call, in order.
final class ScriptedScans: @unchecked Sendable {
  private let lock = NSLock()
  private var results: [Result<ScannedAccount, any Error>]

  init(_ results: [Result<ScannedAccount, any Error>]) {
    self.results = results
  }

  func next() throws -> ScannedAccount {
    let result: Result<ScannedAccount, any Error>? = lock.withLock {
      results.isEmpty ? nil : results.removeFirst()
    }
    guard let result else { throw ScriptedFailure() }
    return try result.get()
  }
}

struct ScriptedFailure: Error, CustomStringConvertible {
  var description: String { "the emulated network is down" }
}

/// The console lines a loop printed, and a way to wait for them.
final class ConsoleLines: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [String] = []

  func append(_ line: String) { lock.withLock { stored.append(line) } }

  var lines: [String] { lock.withLock { stored } }

  func waitForLines(_ count: Int) async {
    while lines.count < count {
      try? await Task.sleep(nanoseconds: 10_000_000)
    }
  }
}

/// A flag one task sets and another waits for.
final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var isSet = false

  func set() { lock.withLock { isSet = true } }

  func wait() async {
    while !lock.withLock({ isSet }) {
      try? await Task.sleep(nanoseconds: 10_000_000)
    }
  }
}
