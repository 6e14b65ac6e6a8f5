import CCurl
import Foundation

/// One request waiting for a worker, and where its outcome goes.
struct CurlJob: Sendable {
  let request: HTTPRequest
  let complete: @Sendable (Result<HTTPResponse, HTTPTransportError>) -> Void
}

/// Up to `limit` threads, each owning one `CurlEasyHandle`, taking jobs from a FIFO queue.
///
/// Threads start on demand (a configuration that never sends starts none) and stay until
/// `close()`, so their handles keep connections alive between requests. They are plain
/// threads because `curl_easy_perform` blocks; on Swift's cooperative pool it would starve
/// other tasks.
final class CurlWorkerPool: @unchecked Sendable {
  // Every stored var below is guarded by `condition`.
  private let condition = NSCondition()
  private var pending: [CurlJob] = []
  private var idle = 0
  private var started = 0
  private var closed = false
  private let limit: Int
  private let timeout: TimeInterval

  /// A pool of at most `limit` workers whose requests follow `timeout`.
  init(limit: Int, timeout: TimeInterval) {
    self.limit = max(1, limit)
    self.timeout = timeout
  }

  /// Queues `job`, starting a worker when idle ones cannot take it all and the limit allows.
  func submit(_ job: CurlJob) {
    condition.lock()
    guard !closed else {
      condition.unlock()
      job.complete(
        .failure(
          HTTPTransportError(
            url: job.request.url.absoluteString, isTimeout: false,
            reason: "the transport was shut down before the request was sent")))
      return
    }
    pending.append(job)
    let startWorker = pending.count > idle && started < limit
    if startWorker { started += 1 }
    condition.signal()
    condition.unlock()

    if startWorker { startThread(number: started) }
  }

  /// Lets the workers finish what is queued, then end and release their handles.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  private func startThread(number: Int) {
    let thread = Thread { [self] in run() }
    thread.name = "parapet-curl-\(number)"
    thread.start()
  }

  private func run() {
    let handle = CurlEasyHandle(timeout: timeout)
    while let job = next() {
      guard let handle else {
        job.complete(
          .failure(
            HTTPTransportError(
              url: job.request.url.absoluteString, isTimeout: false,
              reason: "libcurl could not create a handle (out of memory?)")))
        continue
      }
      job.complete(handle.perform(job.request))
    }
  }

  // The next job, or nil once the pool is closed and drained.
  private func next() -> CurlJob? {
    condition.lock()
    defer { condition.unlock() }
    while pending.isEmpty {
      if closed { return nil }
      idle += 1
      condition.wait()
      idle -= 1
    }
    return pending.removeFirst()
  }
}
