import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// moto's AWS emulator, started once per test process on a free 127.0.0.1 port and
/// shared by every suite that needs AWS.
///
/// The binary is `$MOTO_SERVER_BIN`, else the venv's `moto_server` run through
/// `scripts/moto-server` (the project's faster launcher); when neither exists the test
/// fails and says to run `make setup`. State is reset once when
/// the server starts. Suites run in parallel, so they must not reset it again: each suite
/// isolates itself by naming what it creates with `uniqueName(_:)`. The server stops when
/// the test process exits (its launcher watches the parent process).
actor MotoServer {
  /// The server shared by suites that isolate themselves by naming.
  static let shared = MotoServer()
  /// A server of its own for the seeded demo account, whose account-wide settings
  /// (password policy, public access block) other suites must not disturb.
  static let seededAccount = MotoServer()
  /// A server that enforces IAM from its sixth request on: the five before it set up a
  /// restricted user (see `AccessDeniedScanTests`), whose keys then meet real denials.
  static let enforcingIAM = MotoServer(environment: ["INITIAL_NO_AUTH_ACTION_COUNT": "5"])
  /// A server of its own for the rescan tests, whose full scans of S3 must see only their
  /// own buckets so that findings and call counts are exact.
  static let rescans = MotoServer()

  /// A server of its own for `parapet watch`, which must see no change between its scans
  /// but the one its test makes.
  static let watchedAccount = MotoServer()

  /// moto settings for this server beyond the defaults every server gets.
  let environment: [String: String]

  init(environment: [String: String] = [:]) {
    self.environment = environment
  }

  // One start shared by every caller: the actor is re-entrant across the awaits of a
  // start, so a stored task (not a stored URL) keeps concurrent suites on one server.
  private var starting: Task<Started, any Error>?

  private struct Started: Sendable {
    let process: PortAnnouncingProcess
    let url: URL
  }

  /// The endpoint URL, starting and resetting moto on first use.
  func endpoint() async throws -> URL {
    if starting == nil {
      let settings = environment
      starting = Task { try await Self.start(settings) }
    }
    guard let starting else { throw HelperProcessFailed(message: "moto start was lost") }
    return try await starting.value.url
  }

  private static func start(_ settings: [String: String]) async throws -> Started {
    let binary = try locateBinary()
    let process = try PortAnnouncingProcess(
      script: Fixture.path("Servers/run_moto.py"),
      arguments: [binary] + settings.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
    guard let url = URL(string: "http://127.0.0.1:\(process.port)") else {
      throw HelperProcessFailed(message: "bad moto URL for port \(process.port)")
    }
    try await waitUntilAnswering(url)
    try await reset(url)
    return Started(process: process, url: url)
  }

  /// A name no other suite or run uses: `prefix-` and eight random hex digits.
  nonisolated static func uniqueName(_ prefix: String) -> String {
    let suffix = UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(8)
    return "\(prefix)-\(suffix.lowercased())"
  }

  /// The first executable of `$MOTO_SERVER_BIN` and `<root>/.venv/bin/moto_server`, the
  /// latter as `<root>/scripts/moto-server`, which runs it; throws a message naming
  /// `make setup` when there is none.
  static func locateBinary(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    packageRoot: URL = packageRoot
  ) throws -> String {
    var candidates: [String] = []
    if let fromEnvironment = environment["MOTO_SERVER_BIN"], !fromEnvironment.isEmpty {
      candidates.append(fromEnvironment)
    }
    let venvServer = packageRoot.appendingPathComponent(".venv/bin/moto_server").path
    candidates.append(venvServer)
    guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:))
    else {
      throw HelperProcessFailed(
        message: "moto_server not found (looked in \(candidates.joined(separator: ", "))); "
          + "run `make setup` to install it, or set MOTO_SERVER_BIN")
    }
    guard found == venvServer else { return found }
    return packageRoot.appendingPathComponent("scripts/moto-server").path
  }

  /// The package's root directory, found from this file's place in `Tests/`.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private static func waitUntilAnswering(_ url: URL) async throws {
    let probe = url.appendingPathComponent("moto-api").appendingPathComponent("data.json")
    for _ in 0..<150 {
      if let (_, response) = try? await URLSession.shared.data(from: probe),
        (response as? HTTPURLResponse)?.statusCode == 200
      {
        return
      }
      try await Task.sleep(nanoseconds: 100_000_000)
    }
    throw HelperProcessFailed(message: "moto_server at \(url) did not answer within 15 s")
  }

  private static func reset(_ url: URL) async throws {
    var request = URLRequest(
      url: url.appendingPathComponent("moto-api").appendingPathComponent("reset"))
    request.httpMethod = "POST"
    let (_, response) = try await URLSession.shared.data(for: request)
    guard (response as? HTTPURLResponse)?.statusCode == 200 else {
      throw HelperProcessFailed(message: "POST /moto-api/reset on \(url) failed")
    }
  }
}
