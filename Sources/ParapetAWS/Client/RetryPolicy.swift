import Foundation

/// When and how long to wait before trying a failed call again.
///
/// Throttling and transient failures (5xx, network errors, timeouts) are retried with
/// "full jitter" exponential backoff: the wait before retry `n` (1-based) is a random
/// duration between zero and `min(maxDelay, baseDelay * 2^(n-1))`. Access denied, not
/// found and other client errors are never retried.
public struct RetryPolicy: Sendable {
  /// Total attempts including the first; 1 disables retries.
  public var maxAttempts: Int
  /// Upper bound of the first wait, in seconds.
  public var baseDelay: Double
  /// Cap on every wait, in seconds.
  public var maxDelay: Double
  /// Picks a duration in `0...bound`; replaceable so tests can be deterministic.
  public var jitter: @Sendable (Double) -> Double

  /// A policy; the defaults suit AWS's published guidance.
  public init(
    maxAttempts: Int = 5, baseDelay: Double = 0.1, maxDelay: Double = 5,
    jitter: @escaping @Sendable (Double) -> Double = { Double.random(in: 0...$0) }
  ) {
    self.maxAttempts = max(1, maxAttempts)
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
    self.jitter = jitter
  }

  /// True when an error of `category` is worth another attempt.
  public func isRetryable(_ category: AWSErrorCategory) -> Bool {
    category == .throttling || category == .transient
  }

  /// The wait before retry number `retry` (1 for the first retry).
  public func delay(beforeRetry retry: Int) -> Double {
    let exponent = Double(max(0, retry - 1))
    let bound = min(maxDelay, baseDelay * pow(2, exponent))
    return jitter(bound)
  }
}

/// Waits; injected so tests of retries and rate limits do not spend real time.
public protocol Sleeper: Sendable {
  /// Suspends for `seconds`.
  func sleep(seconds: Double) async throws
}

/// Sleeps with `Task.sleep`.
public struct TaskSleeper: Sleeper {
  /// A real sleeper.
  public init() {}

  /// Suspends the task for `seconds`.
  public func sleep(seconds: Double) async throws {
    guard seconds > 0 else { return }
    try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
  }
}
