import Foundation

/// An HTTP request ready to send: signed, with its body.
public struct HTTPRequest: Sendable {
  /// HTTP method.
  public var method: String
  /// Full URL including the encoded path and query.
  public var url: URL
  /// Headers to send (the transport adds `Host` from the URL).
  public var headers: [String: String]
  /// Body, if any.
  public var body: Data?

  /// A request.
  public init(method: String, url: URL, headers: [String: String], body: Data? = nil) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
  }
}

/// What came back from the server.
public struct HTTPResponse: Sendable {
  /// HTTP status.
  public var statusCode: Int
  /// Headers with lower-cased names.
  public var headers: [String: String]
  /// Body bytes.
  public var body: Data

  /// A response.
  public init(statusCode: Int, headers: [String: String], body: Data) {
    self.statusCode = statusCode
    self.headers = headers
    self.body = body
  }
}

/// A failure before any HTTP response arrived.
public struct HTTPTransportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The URL that could not be reached.
  public var url: String
  /// True when the failure was a timeout.
  public var isTimeout: Bool
  /// What the network layer said.
  public var reason: String

  /// A transport failure.
  public init(url: String, isTimeout: Bool, reason: String) {
    self.url = url
    self.isTimeout = isTimeout
    self.reason = reason
  }

  /// Names the URL so users can check the endpoint or their network.
  public var description: String {
    let what = isTimeout ? "timed out" : "failed"
    return "request to \(url) \(what): \(reason)"
  }
}

/// The seam between the AWS client and the network: tests can put a loopback server or a
/// recording transport behind it.
public protocol HTTPTransport: Sendable {
  /// Sends `request` and returns the response, whatever its status; throws
  /// `HTTPTransportError` when no response came back.
  func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
