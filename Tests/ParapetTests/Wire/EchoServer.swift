import Foundation

/// The loopback peer of the transport tests (`Fixtures/Servers/echo_server.py`), started
/// once per test process; each test uses its own key as the first path segment.
actor EchoServer {
  /// The one server of this test process.
  static let shared = EchoServer()

  private var process: PortAnnouncingProcess?

  /// `http://127.0.0.1:<port>/<key>/<scenario>`, starting the server on first use.
  func url(key: String, scenario: String) throws -> URL {
    if process == nil {
      process = try PortAnnouncingProcess(script: Fixture.path("Servers/echo_server.py"))
    }
    let port = process?.port ?? 0
    guard let url = URL(string: "http://127.0.0.1:\(port)/\(key)/\(scenario)") else {
      throw HelperProcessFailed(message: "bad loopback URL for port \(port)")
    }
    return url
  }
}

/// What the echo server saw of one request.
struct EchoedRequest: Decodable, Equatable {
  let method: String
  let path: String
  /// Name and value pairs in the order they arrived.
  let headers: [[String]]
  /// Base64 of the body bytes.
  let body: String
  /// The client's source port, which tells connections apart.
  let port: Int

  /// The body bytes.
  var bodyData: Data? { Data(base64Encoded: body) }

  /// The headers as a dictionary keyed by lower-cased name.
  var headerMap: [String: String] {
    Dictionary(
      headers.compactMap { $0.count == 2 ? ($0[0].lowercased(), $0[1]) : nil },
      uniquingKeysWith: { first, _ in first })
  }
}
