import Foundation

/// A token bucket per key (`service/region`), so that a scan's fan-out does not exceed
/// what one service endpoint tolerates.
///
/// Each key holds up to one second's worth of tokens (a burst of `rate` calls) and refills
/// at `rate` per second. `reserve` takes a token now and says how long the caller must
/// wait for it, so no call is served out of turn and the caller sleeps outside the actor.
public actor RequestRateLimiter {
  private struct Bucket {
    var tokens: Double
    var updated: Double
  }

  private let defaultRate: Double
  private let rates: [String: Double]
  private let now: @Sendable () -> Double
  private var buckets: [String: Bucket] = [:]

  /// A limiter allowing `defaultRate` calls per second per key, or `rates[service]` for
  /// services listed there (keyed by endpoint prefix). `now` is a monotonic clock in
  /// seconds.
  public init(
    defaultRate: Double = 50, rates: [String: Double] = [:],
    now: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime }
  ) {
    self.defaultRate = defaultRate
    self.rates = rates
    self.now = now
  }

  /// Takes a token for `service` in `region`; returns the seconds to wait before calling.
  public func reserve(service: String, region: String) -> Double {
    let rate = max(rates[service] ?? defaultRate, 0.001)
    let key = "\(service)/\(region)"
    let time = now()
    var bucket = buckets[key] ?? Bucket(tokens: rate, updated: time)
    bucket.tokens = min(rate, bucket.tokens + (time - bucket.updated) * rate)
    bucket.updated = time
    bucket.tokens -= 1
    buckets[key] = bucket
    return bucket.tokens >= 0 ? 0 : -bucket.tokens / rate
  }
}
