import Foundation
import ParapetCore
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The loopback IMDS and container endpoint from Fixtures/metadata_server.py, one per test.
final class MetadataServer {
  let process = Process()
  let input = Pipe()
  let port: Int

  init() throws {
    let script = try #require(
      Bundle.module.url(
        forResource: "metadata_server", withExtension: "py", subdirectory: "Fixtures"))
    let output = Pipe()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path]
    process.standardOutput = output
    process.standardInput = input
    try process.run()

    var line = Data()
    while !line.contains(UInt8(ascii: "\n")) {
      let chunk = output.fileHandleForReading.availableData
      guard !chunk.isEmpty else { break }
      line.append(chunk)
    }
    let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    port = try #require(Int(text), "metadata_server.py printed '\(text)' instead of a port")
  }

  var baseURL: String { "http://127.0.0.1:\(port)" }

  /// Every request the server saw, as `{method, path, headers}` objects.
  func requests() async throws -> [JSONValue] {
    let url = try #require(URL(string: "\(baseURL)/__requests"))
    let (data, _) = try await URLSession.shared.data(from: url)
    return try JSONValue.parse(data).arrayValue ?? []
  }

  /// The value of header `name` (any case) in a recorded request.
  static func header(_ name: String, in request: JSONValue) -> String? {
    request["headers"]?.objectValue?.first { $0.key.lowercased() == name.lowercased() }?
      .value.stringValue
  }

  /// Closes the server's stdin and sends SIGTERM, either of which ends it, and waits for
  /// it; SIGKILL after five seconds. Waiting on stdin alone hung the suite once: the child
  /// can inherit the pipe's write end, so its stdin never reaches end of file.
  func stop() {
    try? input.fileHandleForWriting.close()
    process.terminate()
    let deadline = Date().addingTimeInterval(5)
    while process.isRunning, Date() < deadline {
      usleep(20_000)
    }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
  }
}
