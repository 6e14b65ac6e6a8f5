import CCurl
import Foundation

/// `HTTPTransport` over libcurl's easy API, run on a small pool of dedicated threads.
///
/// Why not URLSession: on Linux, FoundationNetworking drives libcurl's multi interface
/// through one Dispatch source per socket event, and the churn of re-arming those sources
/// (eventfd writes, epoll_ctl) cost a scan about twice its wall time in CPU. Here each
/// worker thread owns one easy handle and simply blocks in `curl_easy_perform`, which
/// waits in a single poll per transfer. That is the simplest design that keeps
/// connections alive (each handle keeps its own connection cache across
/// `curl_easy_reset`), and a blocked thread costs no CPU. A single thread driving
/// `curl_multi` would save the threads but needs its own wake-up and job hand-off
/// machinery; with a few workers the difference does not show.
///
/// Behaviour matches `URLSessionTransport`: `timeout` bounds the connect and each silence
/// of the server, the whole exchange gets `max(6 * timeout, 60)` seconds, and failures are
/// `HTTPTransportError` naming the URL (never the headers, which hold signatures). TLS
/// peers and host names are verified against the system CA bundle. curl adds only `Host`,
/// `Content-Length` and `User-Agent` to the given headers, none of which SigV4 signs here
/// except `host`, which the signer computes from the same URL.
///
/// Known limits: cancelling the calling task does not abort a request already handed to a
/// worker (it ends at the latest with its timeout); requests beyond the worker count wait
/// in a queue, so at most `workers` connections per transport are open at once.
public final class CurlTransport: HTTPTransport, @unchecked Sendable {
  // The pool is thread-safe; the class is only `@unchecked` for its deinit.
  private let pool: CurlWorkerPool

  /// A transport with up to `workers` concurrent requests (and kept-alive connections)
  /// whose requests give up after `timeout` seconds of silence.
  public init(timeout: TimeInterval = 10, workers: Int = 8) {
    self.pool = CurlWorkerPool(limit: workers, timeout: timeout)
  }

  deinit {
    pool.close()
  }

  /// Sends the request on a worker thread; failures become `HTTPTransportError` naming the
  /// URL and carrying libcurl's explanation.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    if let failure = curlGlobalInitFailure {
      throw HTTPTransportError(
        url: request.url.absoluteString, isTimeout: false, reason: failure)
    }

    let result = await withCheckedContinuation { continuation in
      pool.submit(CurlJob(request: request) { continuation.resume(returning: $0) })
    }
    return try result.get()
  }
}

/// Runs `curl_global_init` once per process (Swift initialises globals lazily and
/// thread-safely); nil on success, else why libcurl could not start.
private let curlGlobalInitFailure: String? = {
  let code = curl_global_init(Int(CURL_GLOBAL_DEFAULT))
  guard code != CURLE_OK else { return nil }
  return "libcurl could not initialise: \(String(cString: curl_easy_strerror(code)))"
}()
