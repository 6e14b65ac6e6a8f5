import Foundation
import ParapetAWS
import ParapetCore
import ParapetNotify
import Testing

/// Delivery against a real loopback HTTP server: what is retried, what is final, and that
/// the URL's secret part never reaches the log.
@Suite struct WebhookDeliveryTests {
  /// Waits of exactly the backoff bound, so attempt counts and clocks are predictable. The
  /// time budget is far beyond reach unless a test sets it (and a clock it controls), so a
  /// loaded machine changes no count.
  static func policy(attempts: Int, totalTime: TimeInterval = 3_600) -> DeliveryPolicy {
    DeliveryPolicy(
      backoff: RetryPolicy(maxAttempts: attempts, baseDelay: 0.01, maxDelay: 0.05, jitter: { $0 }),
      totalTime: totalTime)
  }

  static func sender(
    _ policy: DeliveryPolicy, sleeper: any Sleeper = TaskSleeper(),
    now: @escaping @Sendable () -> Date = Date.init, logger: Logger = .disabled
  ) -> WebhookSender {
    WebhookSender(
      transport: CurlTransport(timeout: 30, workers: 1), policy: policy, sleeper: sleeper, now: now,
      userAgent: "parapet/test", logger: logger)
  }

  /// Posts the fixture batch to `scenario` under a fresh key; returns the outcome and what
  /// the server saw.
  static func deliver(
    _ scenario: String, _ sender: WebhookSender, suffix: String = ""
  ) async throws -> (DeliveryOutcome, [RecordedRequest]) {
    let key = MotoServer.uniqueName("deliver")
    let url = try await WebhookRecorder.shared.url(key: key, scenario: scenario, suffix: suffix)
    let channel = try WebhookChannel(format: .generic, url: url.absoluteString)
    let outcome = await sender.send(NotifyFixtures.batch, to: channel)
    return (outcome, try await WebhookRecorder.shared.received(key: key))
  }

  @Test func serverErrorsAreRetriedUntilAccepted() async throws {
    let (outcome, received) = try await Self.deliver(
      "fail-2", Self.sender(Self.policy(attempts: 5)))

    #expect(outcome == .delivered(status: 200, attempts: 3))
    #expect(received.map(\.status) == [500, 500, 200])
    #expect(Set(received.map(\.body)).count == 1)
  }

  @Test func throttlingIsRetried() async throws {
    let (outcome, received) = try await Self.deliver(
      "throttle-1", Self.sender(Self.policy(attempts: 5)))

    #expect(outcome == .delivered(status: 200, attempts: 2))
    #expect(received.map(\.status) == [429, 200])
  }

  @Test(arguments: [400, 403, 404, 410])
  func clientErrorsAreFinalAtOnce(status: Int) async throws {
    let (outcome, received) = try await Self.deliver(
      "status-\(status)", Self.sender(Self.policy(attempts: 5)))

    #expect(outcome == .rejected(status: status, attempts: 1))
    #expect(received.count == 1)
  }

  @Test func persistentServerErrorsGiveUpAfterTheLastAttempt() async throws {
    let (outcome, received) = try await Self.deliver(
      "status-503", Self.sender(Self.policy(attempts: 3)))

    #expect(outcome == .gaveUp(reason: "HTTP 503", attempts: 3))
    #expect(received.map(\.status) == [503, 503, 503])
  }

  @Test func noWaitStartsBeyondTheTotalTime() async throws {
    // Waits of 1 s then 2 s on a clock the sleeper moves: the second would end at 3 s,
    // past the 2.5 s budget, so the second attempt is the last.
    let clock = ManualClock(start: 1_000)
    let policy = DeliveryPolicy(
      backoff: RetryPolicy(maxAttempts: 10, baseDelay: 1, maxDelay: 60, jitter: { $0 }),
      totalTime: 2.5)
    let sender = Self.sender(
      policy, sleeper: ClockSleeper(clock: clock),
      now: { Date(timeIntervalSince1970: clock.now) })

    let (outcome, received) = try await Self.deliver("status-500", sender)

    #expect(outcome == .gaveUp(reason: "HTTP 500", attempts: 2))
    #expect(received.count == 2)
    #expect(clock.now == 1_001)
  }

  @Test func aStopDuringAWaitEndsTheDelivery() async throws {
    let (outcome, received) = try await Self.deliver(
      "status-500", Self.sender(Self.policy(attempts: 5), sleeper: InterruptedSleeper()))

    #expect(outcome == .interrupted(attempts: 1))
    #expect(received.count == 1)
  }

  @Test func logsAndOutcomesNeverShowTheURLsSecretPart() async throws {
    let sink = RecordingLogSink()
    let logger = Logger(level: .trace, sink: sink)
    let base = try await WebhookRecorder.shared.baseURL()

    let (outcome, received) = try await Self.deliver(
      "status-502", Self.sender(Self.policy(attempts: 2), logger: logger),
      suffix: "/T0SECRET/B0SECRET?token=HUSH")

    #expect(outcome == .gaveUp(reason: "HTTP 502", attempts: 2))
    #expect(received.first?.path.hasSuffix("/T0SECRET/B0SECRET?token=HUSH") == true)
    #expect(sink.records.count == 1)
    for (message, metadata) in sink.records {
      #expect(metadata["notify.url"] == base.absoluteString + "/***")
      let text = message + metadata.values.joined()
      #expect(!text.contains("SECRET") && !text.contains("HUSH"), "\(text)")
    }
  }

  @Test func anUnreachableWebhookGivesUpWithoutNamingThePath() async throws {
    // Port 9 (discard) is closed on loopback: every attempt is refused.
    let channel = try WebhookChannel(format: .slack, url: "http://127.0.0.1:9/services/SECRET")
    let outcome = await Self.sender(Self.policy(attempts: 2)).send(
      NotifyFixtures.batch, to: channel)

    guard case .gaveUp(let reason, let attempts) = outcome else {
      Issue.record("expected to give up, got \(outcome)")
      return
    }
    #expect(attempts == 2)
    #expect(!reason.contains("SECRET") && !reason.isEmpty, "\(reason)")
  }
}

/// A sleeper that moves a manual clock instead of waiting.
struct ClockSleeper: Sleeper {
  let clock: ManualClock

  func sleep(seconds: Double) async throws {
    clock.advance(seconds)
  }
}

/// A sleeper whose every wait is cut short, as a stop request does.
struct InterruptedSleeper: Sleeper {
  func sleep(seconds: Double) async throws {
    throw CancellationError()
  }
}
