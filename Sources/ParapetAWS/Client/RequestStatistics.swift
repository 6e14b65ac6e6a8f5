/// Counts of one service's calls.
public struct ServiceStatistics: Sendable, Hashable {
  /// Attempts sent, retries included.
  public var calls: Int
  /// Attempts that were retries.
  public var retries: Int
  /// Calls that failed for good (after their last attempt).
  public var failures: Int

  /// Counts.
  public init(calls: Int = 0, retries: Int = 0, failures: Int = 0) {
    self.calls = calls
    self.retries = retries
    self.failures = failures
  }
}

/// Live call counters per service, readable at any moment (the progress display polls
/// them while a scan runs).
public actor RequestStatistics {
  private var byService: [String: ServiceStatistics] = [:]

  /// Empty counters.
  public init() {}

  /// Counts one attempt sent to `service`.
  public func recordCall(service: String) {
    byService[service, default: ServiceStatistics()].calls += 1
  }

  /// Counts one retry of a call to `service`.
  public func recordRetry(service: String) {
    byService[service, default: ServiceStatistics()].retries += 1
  }

  /// Counts one call to `service` that failed for good.
  public func recordFailure(service: String) {
    byService[service, default: ServiceStatistics()].failures += 1
  }

  /// Counters per service (endpoint prefix).
  public func snapshot() -> [String: ServiceStatistics] {
    byService
  }

  /// Counters summed over all services.
  public func totals() -> ServiceStatistics {
    byService.values.reduce(into: ServiceStatistics()) { sum, next in
      sum.calls += next.calls
      sum.retries += next.retries
      sum.failures += next.failures
    }
  }
}
