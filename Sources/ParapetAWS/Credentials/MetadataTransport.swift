import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// One request to a credential endpoint (instance metadata or container credentials).
public struct MetadataRequest: Sendable, Hashable {
  /// `GET` or `PUT`.
  public var method: String
  /// Full URL.
  public var url: URL
  /// Request headers.
  public var headers: [String: String]
  /// Seconds before the request is abandoned; short, so a host without the endpoint is not
  /// slowed down.
  public var timeout: TimeInterval

  /// A request.
  public init(method: String, url: URL, headers: [String: String] = [:], timeout: TimeInterval) {
    self.method = method
    self.url = url
    self.headers = headers
    self.timeout = timeout
  }
}

/// The answer of a credential endpoint.
public struct MetadataResponse: Sendable, Hashable {
  /// HTTP status.
  public var statusCode: Int
  /// Raw body.
  public var body: Data

  /// A response.
  public init(statusCode: Int, body: Data) {
    self.statusCode = statusCode
    self.body = body
  }
}

/// The HTTP seam for the instance metadata and container credential endpoints, so tests can
/// point them at a loopback server. Kept apart from the signed AWS transport on purpose:
/// these endpoints are unsigned, local and need short timeouts.
public protocol MetadataTransport: Sendable {
  /// Sends `request`; throws only when no HTTP answer came back.
  func send(_ request: MetadataRequest) async throws -> MetadataResponse
}

/// `MetadataTransport` over URLSession, with no caching or cookies.
public struct URLSessionMetadataTransport: MetadataTransport {
  /// Made on the first request, not when the credential chain is built: creating any
  /// URLSession makes Foundation create cache and data directories in the user's home,
  /// which a run that never reaches the metadata endpoints should not leave behind.
  private static let session: URLSession = {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.urlCache = nil
    configuration.httpCookieStorage = nil
    return URLSession(configuration: configuration)
  }()

  /// A transport over one ephemeral session shared by the process.
  public init() {}

  /// Sends `request` and returns status and body.
  public func send(_ request: MetadataRequest) async throws -> MetadataResponse {
    var urlRequest = URLRequest(url: request.url, timeoutInterval: request.timeout)
    urlRequest.httpMethod = request.method
    for (name, value) in request.headers {
      urlRequest.setValue(value, forHTTPHeaderField: name)
    }

    let (data, response) = try await Self.session.data(for: urlRequest)
    let status = (response as? HTTPURLResponse)?.statusCode ?? 0
    return MetadataResponse(statusCode: status, body: data)
  }
}
