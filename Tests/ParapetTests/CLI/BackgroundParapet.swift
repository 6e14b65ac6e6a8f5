import Foundation

/// The built `parapet` binary running in the background, for commands that run until they
/// are stopped (`watch`): output is collected as it arrives, the test can wait for a line
/// and send signals, and `finish` waits for the exit.
final class BackgroundParapet: @unchecked Sendable {
  private let process = Process()
  private let lock = NSLock()
  // `out` and `err` are only touched while `lock` is held.
  private var out = Data()
  private var err = Data()
  private var freezeTrigger: String?
  private let drained = DispatchGroup()
  private let started = Date()

  /// Starts `parapet arguments...`.
  init(
    _ arguments: [String],
    environment: [String: String] = ParapetProcess.isolatedEnvironment()
  ) throws {
    guard FileManager.default.isExecutableFile(atPath: ParapetProcess.binary.path) else {
      throw HelperProcessFailed(
        message:
          "\(ParapetProcess.binary.path) is missing; build it with `swift build --build-tests`")
    }
    process.executableURL = ParapetProcess.binary
    process.arguments = arguments
    process.environment = environment
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    try process.run()
    drain(outPipe.fileHandleForReading) { self.received(stdout: $0) }
    drain(errPipe.fileHandleForReading) { self.err.append($0) }
  }

  /// Stops the process with SIGSTOP the moment its standard output holds `text`, from the
  /// thread that reads it, so that the test can change the world between two steps of the
  /// process without racing it; `send(SIGCONT)` lets it go on.
  func freeze(whenStdoutHolds text: String) {
    lock.withLock { freezeTrigger = text }
  }

  // Called with the lock held.
  private func received(stdout chunk: Data) {
    out.append(chunk)
    guard let trigger = freezeTrigger,
      String(decoding: out, as: UTF8.self).contains(trigger)
    else { return }
    freezeTrigger = nil
    kill(process.processIdentifier, SIGSTOP)
  }

  /// Standard output so far.
  var stdout: String { lock.withLock { String(decoding: out, as: UTF8.self) } }

  /// Standard error so far.
  var stderr: String { lock.withLock { String(decoding: err, as: UTF8.self) } }

  /// Waits until standard output (or error) holds `text`; throws, with what arrived, after
  /// `timeout` seconds or when the process exits first.
  func waitFor(
    _ text: String, onStderr: Bool = false, timeout: TimeInterval = 120
  ) async throws {
    let deadline = Date().addingTimeInterval(timeout)
    while !(onStderr ? stderr : stdout).contains(text) {
      guard Date() < deadline, process.isRunning else {
        throw HelperProcessFailed(
          message: "parapet never wrote '\(text)'; stdout: \(stdout) stderr: \(stderr)")
      }
      try await Task.sleep(nanoseconds: 20_000_000)
    }
  }

  /// Sends `signal` (SIGINT, SIGTERM) to the process.
  func send(_ signal: Int32) {
    kill(process.processIdentifier, signal)
  }

  /// Waits for the exit; kills the process and throws after `timeout` seconds.
  func finish(timeout: TimeInterval = 120) async throws -> ParapetProcess.Outcome {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning {
      guard Date() < deadline else {
        kill(process.processIdentifier, SIGKILL)
        throw HelperProcessFailed(
          message: "parapet did not exit within \(Int(timeout)) s; stderr: \(stderr)")
      }
      try await Task.sleep(nanoseconds: 20_000_000)
    }
    process.waitUntilExit()
    drained.wait()
    return ParapetProcess.Outcome(
      status: process.terminationStatus, stdout: stdout, stderr: stderr,
      seconds: Date().timeIntervalSince(started))
  }

  /// Reads `handle` on a dispatch thread until end of file, appending under the lock.
  private func drain(_ handle: FileHandle, into append: @escaping @Sendable (Data) -> Void) {
    drained.enter()
    DispatchQueue.global().async {
      while true {
        let chunk = handle.availableData
        if chunk.isEmpty { break }
        self.lock.withLock { append(chunk) }
      }
      self.drained.leave()
    }
  }
}
