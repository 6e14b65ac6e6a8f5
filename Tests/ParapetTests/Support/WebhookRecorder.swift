import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The loopback webhook peer of the notification tests
/// (`Fixtures/Servers/webhook_recorder.py`), started once per test process; each test uses
/// its own key as the first path segment and reads back what that key received.
actor WebhookRecorder {
  /// The one recording server of this test process.
  static let shared = WebhookRecorder()
  /// A server that reads every request and never answers, for a cloud endpoint that hangs.
  static let silent = WebhookRecorder(arguments: ["--silent"])

  private let arguments: [String]
  private var process: PortAnnouncingProcess?

  init(arguments: [String] = []) {
    self.arguments = arguments
  }

  /// `http://127.0.0.1:<port>`, starting the server on first use.
  func baseURL() throws -> URL {
    if process == nil {
      process = try PortAnnouncingProcess(
        script: Fixture.path("Servers/webhook_recorder.py"), arguments: arguments)
    }
    let port = process?.port ?? 0
    guard let url = URL(string: "http://127.0.0.1:\(port)") else {
      throw HelperProcessFailed(message: "bad loopback URL for port \(port)")
    }
    return url
  }

  /// The webhook URL for `key` and `scenario` (see the script), with `suffix` after them.
  func url(key: String, scenario: String, suffix: String = "") throws -> URL {
    let text = try baseURL().absoluteString + "/\(key)/\(scenario)" + suffix
    guard let url = URL(string: text) else {
      throw HelperProcessFailed(message: "bad webhook URL \(text)")
    }
    return url
  }

  /// What `key` received, oldest first.
  func received(key: String) async throws -> [RecordedRequest] {
    let url = try baseURL().appendingPathComponent("received").appendingPathComponent(key)
    let (data, _) = try await URLSession.shared.data(from: url)
    return try JSONDecoder().decode([RecordedRequest].self, from: data)
  }
}

/// One request the recorder answered (or chose not to).
struct RecordedRequest: Decodable, Equatable, Sendable {
  let method: String
  let path: String
  /// Headers by lower-cased name.
  let headers: [String: String]
  /// The body as text.
  let body: String
  /// The status it answered; nil when it never did.
  let status: Int?
}
