import Foundation

@testable import ParapetStore

/// The PostgreSQL server the store tests use: `$PARAPET_TEST_POSTGRES_URL` when set, else
/// one started with `scripts/postgres start` (and stopped when the test process exits, if
/// this process started it). Each test gets a fresh database on it. When no server can be
/// had the tests fail, saying what to run.
actor PostgresTestServer {
  /// The one server of this test process.
  static let shared = PostgresTestServer()

  private var starting: Task<String, any Error>?

  /// A URL to a new, empty database on the server.
  func freshDatabaseURL() async throws -> String {
    if starting == nil {
      starting = Task { try Self.start() }
    }
    guard let starting else { throw HelperProcessFailed(message: "postgres start was lost") }
    let base = try await starting.value

    let name = MotoServer.uniqueName("parapet_test").replacingOccurrences(of: "-", with: "_")
    let admin = try PostgresConnection(url: base)
    try admin.script("CREATE DATABASE \(name)")
    guard let slash = base.lastIndex(of: "/") else {
      throw HelperProcessFailed(message: "PostgreSQL URL has no database part: \(base)")
    }
    return String(base[...slash]) + name
  }

  private static func start() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let url = environment["PARAPET_TEST_POSTGRES_URL"], !url.isEmpty {
      return url
    }
    let wasRunning = (try? script("url")) != nil
    let url: String
    do {
      url = try script("start")
    } catch {
      throw HelperProcessFailed(
        message: "could not start PostgreSQL with scripts/postgres start (\(error)); install "
          + "Debian's postgresql package or set PARAPET_TEST_POSTGRES_URL")
    }
    if !wasRunning {
      atexit { _ = try? PostgresTestServer.script("stop") }
    }
    return url
  }

  /// Runs `scripts/postgres <command>` and returns its last output line.
  nonisolated static func script(_ command: String) throws -> String {
    let process = Process()
    process.executableURL = MotoServer.packageRoot.appendingPathComponent("scripts/postgres")
    process.arguments = [command]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw HelperProcessFailed(
        message: "scripts/postgres \(command) exited \(process.terminationStatus): "
          + String(decoding: message, as: UTF8.self))
    }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    return lines.last.map(String.init) ?? ""
  }
}
