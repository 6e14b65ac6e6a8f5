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
      atexit { PostgresTestServer.stopAtExit() }
    }
    return url
  }

  /// Runs `scripts/postgres stop` at exit, if this process started the server.
  nonisolated static func stopAtExit() {
    _ = try? script("stop")
  }

  /// Runs `scripts/postgres <command>` and returns its last output line. Spawns and reaps
  /// the script itself: Foundation's `Process` was seen to hang in `waitUntilExit` after
  /// this script started the server daemon, and it cannot run from an exit handler.
  nonisolated static func script(_ command: String) throws -> String {
    let path = MotoServer.packageRoot.appendingPathComponent("scripts/postgres").path
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-postgres-script")).path
    defer { try? FileManager.default.removeItem(atPath: output) }
    let words: [String] = [
      "/bin/bash", "-c", "\"$0\" \"$1\" > \"$2\" 2>&1", path, command, output,
    ]
    let arguments: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) }
    defer { arguments.forEach { free($0) } }

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/bash", nil, nil, arguments + [nil], environ)
    guard spawned == 0 else {
      throw HelperProcessFailed(message: "cannot run scripts/postgres: error \(spawned)")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}

    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    let exitCode = (status >> 8) & 0xff
    guard status & 0x7f == 0, exitCode == 0 else {
      throw HelperProcessFailed(
        message: "scripts/postgres \(command) exited \(exitCode): \(text)")
    }
    return text.split(separator: "\n").last.map(String.init) ?? ""
  }
}
