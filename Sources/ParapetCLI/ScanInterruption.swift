import Foundation

/// Ends `parapet scan` cleanly on SIGINT or SIGTERM.
///
/// Before the reports and history are written, stopping loses nothing: the report
/// directory the run created is removed and the process exits at once with 130 (SIGINT) or
/// 143 (SIGTERM), saying nothing was written. Once writing has begun it runs to its end,
/// since each report and the store are written whole or not at all, and the run then
/// exits with the same code.
final class ScanInterruption: @unchecked Sendable {
  // `writing`, `received` and `createdDirectory` are only touched while `lock` is held.
  private let lock = NSLock()
  private var writing = false
  private var received: Int32?
  private var createdDirectory: String?
  private var sources: [any DispatchSourceSignal] = []

  /// Handles SIGINT and SIGTERM from now on.
  init() {
    for (number, name) in [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [weak self] in self?.receive(number, name) }
      source.resume()
      sources.append(source)
    }
  }

  /// Names the report directory this run created, removed (when still empty) on a stop.
  func removeOnStop(_ directory: String) {
    lock.withLock { createdDirectory = directory }
  }

  /// From here on a signal waits for the writing to end.
  func beginWriting() {
    lock.withLock { writing = true }
  }

  /// The exit code a signal received while writing asks for, or nil when none came.
  var exitCodeAfterWriting: Int32? {
    lock.withLock { received.map { 128 + $0 } }
  }

  private func receive(_ number: Int32, _ name: String) {
    let (whileWriting, directory) = lock.withLock {
      if received == nil { received = number }
      return (writing, createdDirectory)
    }
    guard !whileWriting else {
      Console.err("parapet: \(name): finishing the reports and history being written")
      return
    }
    if let directory { OutputDirectory.removeIfEmpty(directory) }
    Console.err("parapet: stopped by \(name); no report or history was written")
    Self.exitNow(128 + number)
  }

  /// Ends the process without running exit handlers: `exit` tore down libraries (OpenSSL,
  /// Swift's runtime) under collection threads still making calls, and about one stop in
  /// fifteen crashed after its message. Console output is unbuffered, and an unfinished
  /// SQLite write is rolled back at the next open.
  static func exitNow(_ code: Int32) -> Never {
    _exit(code)
  }
}
