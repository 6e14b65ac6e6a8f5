import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `HTTPTransport` over Foundation's URLSession.
///
/// `timeout` bounds both the wait for a connection and each wait for data, so an
/// unreachable endpoint fails in seconds instead of the system default of a minute.
public final class URLSessionTransport: HTTPTransport, @unchecked Sendable {
  // URLSession is thread-safe; it is only `@unchecked` because corelibs does not mark it.
  private let session: URLSession
  private let timeout: TimeInterval

  /// A transport whose requests give up after `timeout` seconds of silence.
  public init(timeout: TimeInterval = 10) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = max(timeout * 6, 60)
    configuration.httpMaximumConnectionsPerHost = 16
    configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    self.session = URLSession(configuration: configuration)
    self.timeout = timeout
  }

  deinit {
    session.finishTasksAndInvalidate()
  }

  /// Sends the request; network failures become `HTTPTransportError` naming the URL.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    var urlRequest = URLRequest(url: request.url, timeoutInterval: timeout)
    urlRequest.httpMethod = request.method
    for (name, value) in request.headers {
      urlRequest.setValue(value, forHTTPHeaderField: name)
    }
    urlRequest.httpBody = request.body

    let data: Data
    let response: URLResponse
    do {
      (data, response) = try await session.data(for: urlRequest)
    } catch let error as URLError {
      throw HTTPTransportError(
        url: request.url.absoluteString, isTimeout: error.code == .timedOut,
        reason: error.localizedDescription)
    } catch {
      throw HTTPTransportError(
        url: request.url.absoluteString, isTimeout: false, reason: "\(error)")
    }

    guard let http = response as? HTTPURLResponse else {
      throw HTTPTransportError(
        url: request.url.absoluteString, isTimeout: false, reason: "not an HTTP response")
    }
    var headers: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      headers[String(describing: name).lowercased()] = String(describing: value)
    }
    return HTTPResponse(statusCode: http.statusCode, headers: headers, body: data)
  }
}
