import Foundation
import ParapetAWS

/// How hard a webhook delivery tries before giving up.
///
/// Server errors (5xx), 429 and network failures are retried with the full-jitter
/// exponential backoff of `RetryPolicy` (a 429's `Retry-After` is honoured when longer);
/// any other status is final. No attempt or wait starts once `totalTime` would be
/// exceeded, so a dead webhook holds a watch iteration for at most `totalTime` plus one
/// request's own timeout.
public struct DeliveryPolicy: Sendable {
  /// Attempts and the waits between them.
  public var backoff: RetryPolicy
  /// Seconds after the first attempt beyond which no new attempt or wait starts.
  public var totalTime: TimeInterval

  /// A policy.
  public init(backoff: RetryPolicy, totalTime: TimeInterval) {
    self.backoff = backoff
    self.totalTime = totalTime
  }

  /// Six attempts, waits from up to 0.5 s doubling to at most 8 s, within 60 s.
  public static let standard = DeliveryPolicy(
    backoff: RetryPolicy(maxAttempts: 6, baseDelay: 0.5, maxDelay: 8), totalTime: 60)
}

/// How a delivery ended.
public enum DeliveryOutcome: Sendable, Hashable {
  /// The webhook answered 2xx.
  case delivered(status: Int, attempts: Int)
  /// The webhook refused the message for good: a 4xx other than 429, or a redirect (not
  /// followed, since it would post the message elsewhere). Retrying would not help.
  case rejected(status: Int, attempts: Int)
  /// Every attempt failed with a server error, 429 or network failure; `reason` is the
  /// last one. The same message may succeed later.
  case gaveUp(reason: String, attempts: Int)
  /// A stop was requested while waiting to retry.
  case interrupted(attempts: Int)

  /// Attempts made.
  public var attempts: Int {
    switch self {
    case .delivered(_, let attempts), .rejected(_, let attempts), .gaveUp(_, let attempts),
      .interrupted(let attempts):
      return attempts
    }
  }
}
