import Foundation
import ParapetAWS

/// A request to stop `parapet watch`, from SIGINT, SIGTERM or a test.
///
/// Whoever is waiting on it (a scan, the pause between scans, a webhook retry) is woken at
/// once; what must not be cut short (writing reports and the store) simply runs on, and the
/// loop checks for a request between steps.
final class StopSignal: @unchecked Sendable {
  // Every stored property is only touched while `lock` is held.
  private let lock = NSLock()
  private var reason: String?
  private var observers: [UUID: @Sendable () -> Void] = [:]
  private var sources: [any DispatchSourceSignal] = []

  /// A signal nobody has requested yet.
  init() {}

  /// What requested the stop (`SIGTERM`), or nil while none has.
  var requestedBy: String? { lock.withLock { reason } }

  /// Stops on SIGINT and SIGTERM instead of letting them kill the process.
  func installSignalHandlers() {
    for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.request(name) }
      source.resume()
      lock.withLock { sources.append(source) }
    }
  }

  /// Requests the stop; the first reason is kept, and every waiter is woken.
  func request(_ reason: String) {
    let woken: [@Sendable () -> Void] = lock.withLock {
      guard self.reason == nil else { return [] }
      self.reason = reason
      defer { observers = [:] }
      return Array(observers.values)
    }
    for wake in woken { wake() }
  }

  /// Runs `operation` until it finishes or a stop is requested, whichever comes first. On
  /// a stop the operation is cancelled and abandoned, and nil is returned.
  func unlessStopped<T: Sendable>(
    _ operation: @escaping @Sendable () async throws -> T
  ) async throws -> T? {
    let work = Task { try await operation() }
    let gate = ResumeOnce<T?>()
    return try await withCheckedThrowingContinuation { continuation in
      gate.attach(continuation)
      let token = observe {
        gate.resume(with: .success(nil))
        work.cancel()
      }
      Task {
        let result = await work.result
        self.forget(token)
        gate.resume(with: result.map { Optional.some($0) })
      }
    }
  }

  /// Waits `seconds`; false when a stop cut the wait short.
  func pause(seconds: TimeInterval) async -> Bool {
    let slept: Void? = try? await unlessStopped {
      try await Task.sleep(nanoseconds: UInt64(max(0, seconds) * 1_000_000_000))
    }
    return slept != nil
  }

  /// Calls `wake` once when a stop is requested (at once when it already was); the token
  /// forgets the call.
  private func observe(_ wake: @escaping @Sendable () -> Void) -> UUID {
    let token = UUID()
    let requested: Bool = lock.withLock {
      guard reason == nil else { return true }
      observers[token] = wake
      return false
    }
    if requested { wake() }
    return token
  }

  private func forget(_ token: UUID) {
    lock.withLock { _ = observers.removeValue(forKey: token) }
  }
}

/// A `Sleeper` for webhook retries whose waits end with an error when a stop is requested,
/// so that a stopping watch does not sit out a backoff.
struct StopAwareSleeper: Sleeper {
  let stop: StopSignal

  func sleep(seconds: Double) async throws {
    guard await stop.pause(seconds: seconds) else { throw CancellationError() }
  }
}

/// Resumes a continuation with the first result given to it and ignores the rest. The
/// continuation is attached before anything can resume it.
private final class ResumeOnce<T: Sendable>: @unchecked Sendable {
  // `continuation` is only touched while `lock` is held.
  private let lock = NSLock()
  private var continuation: CheckedContinuation<T, any Error>?

  func attach(_ continuation: CheckedContinuation<T, any Error>) {
    lock.withLock { self.continuation = continuation }
  }

  func resume(with result: Result<T, any Error>) {
    let target: CheckedContinuation<T, any Error>? = lock.withLock {
      defer { continuation = nil }
      return continuation
    }
    target?.resume(with: result)
  }
}
