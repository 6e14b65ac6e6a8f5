import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The loopback HTTP peer of the retry tests (`Fixtures/Servers/flaky_server.py`),
/// started once per test process and shared; each test uses its own key in the path.
actor FlakyServer {
  /// The one server of this test process.
  static let shared = FlakyServer()

  private var process: PortAnnouncingProcess?

  /// The server's base URL, starting it on first use. No await happens between the check
  /// and the start, so concurrent callers cannot start two servers.
  func baseURL() throws -> URL {
    if process == nil {
      process = try PortAnnouncingProcess(script: Fixture.path("Servers/flaky_server.py"))
    }
    let port = process?.port ?? 0
    guard let url = URL(string: "http://127.0.0.1:\(port)") else {
      throw HelperProcessFailed(message: "bad loopback URL for port \(port)")
    }
    return url
  }

  /// How many requests arrived for `key`, as the server counted them.
  func requestCount(key: String) async throws -> Int {
    let url = try baseURL().appendingPathComponent("count").appendingPathComponent(key)
    let (data, _) = try await URLSession.shared.data(from: url)
    return Int(String(decoding: data, as: UTF8.self)) ?? -1
  }
}
