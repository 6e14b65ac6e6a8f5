import Foundation

/// A helper process started from a Python script that prints `PORT <n>` once listening,
/// and that exits by itself when the test process ends.
final class PortAnnouncingProcess: @unchecked Sendable {
  // Only mutated in init and stop(), which the owning actor serialises.
  private let process: Process
  /// The loopback port the script announced.
  let port: Int

  /// Runs `python3 <script> <arguments>` and waits up to `timeout` seconds for its port.
  init(script: String, arguments: [String] = [], timeout: TimeInterval = 20) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()

    let deadline = Date().addingTimeInterval(timeout)
    var text = ""
    while !text.contains("\n"), Date() < deadline, process.isRunning {
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      text += String(decoding: chunk, as: UTF8.self)
    }
    let line = text.split(separator: "\n").first.map(String.init) ?? ""
    guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
      process.terminate()
      throw HelperProcessFailed(
        message: "\(script) did not announce a port within \(Int(timeout)) s (got '\(text)')")
    }
    self.process = process
    self.port = port
  }

  /// Stops the helper now rather than at the end of the test process.
  func stop() {
    guard process.isRunning else { return }
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

/// A test helper process could not be started; the message says what to do.
struct HelperProcessFailed: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
