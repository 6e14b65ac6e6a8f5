import Foundation

/// Caches temporary credentials and fetches new ones shortly before they expire.
///
/// Concurrent callers share one fetch. When a refresh fails while the cached credentials
/// have not yet expired, the cached ones are returned, as the SDKs do, so a brief STS or
/// metadata hiccup does not fail a scan.
public actor RefreshingCredentialProvider: CredentialProvider {
  /// Refresh this many seconds before expiry.
  public let refreshMargin: TimeInterval
  private let fetch: @Sendable () async throws -> AWSCredentials
  private let now: @Sendable () -> Date
  private var cached: AWSCredentials?
  private var inFlight: Task<AWSCredentials, any Error>?

  /// A cache over `fetch`, reading time from `now`.
  public init(
    refreshMargin: TimeInterval = 300, now: @escaping @Sendable () -> Date,
    fetch: @escaping @Sendable () async throws -> AWSCredentials
  ) {
    self.refreshMargin = refreshMargin
    self.now = now
    self.fetch = fetch
  }

  /// The cached credentials, or fresh ones when they expire within the margin.
  public func credentials() async throws -> AWSCredentials {
    let current = now()
    if let cached, !cached.expires(within: refreshMargin, of: current) {
      return cached
    }

    let task: Task<AWSCredentials, any Error>
    if let inFlight {
      task = inFlight
    } else {
      let fetch = self.fetch
      task = Task { try await fetch() }
      inFlight = task
    }

    do {
      let fresh = try await task.value
      cached = fresh
      inFlight = nil
      return fresh
    } catch {
      inFlight = nil
      if let cached, !cached.expires(within: 0, of: now()) { return cached }
      throw error
    }
  }
}
