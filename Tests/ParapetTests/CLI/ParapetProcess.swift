import Foundation

/// Runs the built `parapet` binary as a user would, capturing its exit code and output.
struct ParapetProcess {
  struct Outcome: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
  }

  /// The debug binary that `swift build --build-tests` (and so `make test`) produces.
  static let binary = MotoServer.packageRoot.appendingPathComponent(".build/debug/parapet")

  /// A home directory of this test process's own: the history store lives under HOME, and
  /// a store another checkout's parapet left in the shared temporary directory (perhaps of
  /// a newer schema) must not decide this one's exit codes.
  static let home: String = {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-home"))
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.path
  }()

  /// An environment with no real credentials, profiles or instance metadata.
  static func isolatedEnvironment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "PATH": "/usr/bin:/bin", "HOME": home,
      "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
      "AWS_EC2_METADATA_DISABLED": "true", "NO_COLOR": "1",
    ]
    environment.merge(extra) { _, new in new }
    return environment
  }

  /// Runs `parapet arguments...` and waits for it on a dispatch thread, so the blocking
  /// reads never hold one of Swift concurrency's few cooperative threads.
  static func run(
    _ arguments: [String], environment: [String: String] = isolatedEnvironment()
  ) async throws -> Outcome {
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw HelperProcessFailed(
        message: "\(binary.path) is missing; build it with `swift build --build-tests`")
    }
    return try await withCheckedThrowingContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(with: Result { try runBlocking(arguments, environment) })
      }
    }
  }

  private static func runBlocking(
    _ arguments: [String], _ environment: [String: String]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err

    let started = Date()
    try process.run()
    // Drain stdout on another thread while reading stderr here, so that neither pipe can
    // fill up and block the child.
    let stdout = DataBox()
    let reading = DispatchGroup()
    reading.enter()
    DispatchQueue.global().async {
      stdout.data = out.fileHandleForReading.readDataToEndOfFile()
      reading.leave()
    }
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    reading.wait()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: stdout.data, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self),
      seconds: Date().timeIntervalSince(started))
  }

  private final class DataBox: @unchecked Sendable {
    var data = Data()
  }
}
