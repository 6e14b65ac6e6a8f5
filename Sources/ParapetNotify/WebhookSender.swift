import Foundation
import ParapetAWS
import ParapetCore

/// Posts notification messages to webhooks, retrying what may succeed later.
///
/// The HTTP transport, the sleeper (so a stop request can cut a wait short, and tests need
/// not wait) and the clock are injected. Logs name the channel by its redacted URL only.
public struct WebhookSender: Sendable {
  let transport: any HTTPTransport
  let policy: DeliveryPolicy
  let sleeper: any Sleeper
  let now: @Sendable () -> Date
  let userAgent: String
  let logger: Logger

  /// A sender posting through `transport` with `userAgent`; retries follow `policy`.
  public init(
    transport: any HTTPTransport, policy: DeliveryPolicy = .standard,
    sleeper: any Sleeper = TaskSleeper(), now: @escaping @Sendable () -> Date = Date.init,
    userAgent: String, logger: Logger
  ) {
    self.transport = transport
    self.policy = policy
    self.sleeper = sleeper
    self.now = now
    self.userAgent = userAgent
    self.logger = logger
  }

  /// Renders `batch` in the channel's format and posts it.
  public func send(_ batch: NotificationBatch, to channel: WebhookChannel) async
    -> DeliveryOutcome
  {
    await post(channel.format.body(batch), to: channel)
  }

  /// Posts `body` (JSON) to the channel until it is accepted, refused for good, the policy
  /// runs out, or the sleeper is interrupted.
  public func post(_ body: Data, to channel: WebhookChannel) async -> DeliveryOutcome {
    let request = HTTPRequest(
      method: "POST", url: channel.url,
      headers: ["Content-Type": "application/json", "User-Agent": userAgent], body: body)
    let log = logger.with([
      "notify.channel": channel.format.rawValue, "notify.url": channel.redactedURL,
    ])
    let started = now()
    var attempt = 0

    while true {
      attempt += 1
      let failure: String
      var retryAfter: Double?
      do {
        let response = try await transport.send(request)
        switch response.statusCode {
        case 200..<300:
          return .delivered(status: response.statusCode, attempts: attempt)
        case 429:
          failure = "HTTP 429"
          retryAfter = response.headers["retry-after"].flatMap(Double.init)
        case 500..<600:
          failure = "HTTP \(response.statusCode)"
        default:
          return .rejected(status: response.statusCode, attempts: attempt)
        }
      } catch let error as HTTPTransportError {
        // Never `error.description`: it names the whole URL.
        failure = error.isTimeout ? "timed out: \(error.reason)" : error.reason
      } catch {
        failure = "the request failed (\(type(of: error)))"
      }

      guard attempt < policy.backoff.maxAttempts else {
        return .gaveUp(reason: failure, attempts: attempt)
      }
      let delay = max(policy.backoff.delay(beforeRetry: attempt), retryAfter ?? 0)
      guard now().timeIntervalSince(started) + delay <= policy.totalTime else {
        return .gaveUp(reason: failure, attempts: attempt)
      }
      log.info(
        "webhook delivery failed; retrying",
        ["error": failure, "notify.attempt": String(attempt), "retry.delay": format(delay)])
      do {
        try await sleeper.sleep(seconds: delay)
      } catch {
        return .interrupted(attempts: attempt)
      }
    }
  }

  private func format(_ seconds: Double) -> String {
    String(format: "%.3f", seconds)
  }
}
