import Foundation

/// Where progress text goes; the CLI passes `StandardErrorProgressSink`, tests a recorder.
public protocol ProgressSink: Sendable {
  /// Writes `text` as given: no newline is added.
  func write(_ text: String)
}

/// Writes progress to standard error, unbuffered.
public struct StandardErrorProgressSink: ProgressSink {
  /// A sink writing to stderr.
  public init() {}

  /// Writes `text` to stderr.
  public func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// Something that happened during collection.
public enum ProgressEvent: Sendable, Hashable {
  /// The scan will collect `units` service-and-region pairs; makes "3/12 done" possible.
  case planned(units: Int)
  /// Collection of `service` in `region` started.
  case serviceStarted(service: String, region: String)
  /// Collection of `service` in `region` finished, successfully or not.
  case serviceFinished(service: String, region: String)
  /// One API request was sent.
  case callMade(service: String)
  /// One request was repeated after throttling or a server error.
  case retried(service: String)
  /// A call failed for good and left data missing.
  case failed(service: String, region: String, operation: String)
  /// Running totals read from the client's own counters, for callers that sample them
  /// instead of reporting each call.
  case totals(calls: Int, retries: Int)
}

/// Shows collection progress on stderr without getting in the way of results on stdout.
///
/// On a terminal it redraws one status line in place (carriage return, erase to end of
/// line) at most ten times a second. Elsewhere (CI logs, files) it writes a plain line at
/// most once per `plainInterval` seconds, so logs stay short. Quiet mode writes nothing.
/// A redraw happens only when an event arrives, so the line may lag the true counts by up
/// to 0.1 s; `finish()` erases it before the summary is printed.
public actor ProgressReporter {
  /// How progress is shown.
  public enum Mode: Sendable, Hashable {
    /// Redraw one line on a terminal `width` columns wide.
    case terminal(width: Int)
    /// Occasional plain lines, for a stream that is not a terminal.
    case plain
    /// Nothing (`--quiet`).
    case quiet

    /// The mode for the CLI's flags and its stderr.
    public static func choose(quiet: Bool, isTerminal: Bool, width: Int) -> Mode {
      if quiet { return .quiet }
      return isTerminal ? .terminal(width: width) : .plain
    }
  }

  /// Minimum seconds between two terminal redraws.
  public static let redrawInterval = 0.1

  private let mode: Mode
  private let sink: any ProgressSink
  private let plainInterval: Double
  private let now: @Sendable () -> Double
  private let startedAt: Double
  private var lastOutput: Double?
  private var drawn = false

  private var planned: Int?
  private var finished = 0
  private var running: [String] = []
  private var calls = 0
  private var retries = 0
  private var failures = 0

  /// A reporter writing to `sink` in `mode`.
  ///
  /// - Parameters:
  ///   - plainInterval: seconds between two plain lines when not on a terminal.
  ///   - now: a monotonic clock in seconds; injected so tests control time.
  public init(
    mode: Mode, sink: any ProgressSink, plainInterval: Double = 15,
    now: @escaping @Sendable () -> Double = ProgressReporter.monotonicSeconds
  ) {
    self.mode = mode
    self.sink = sink
    self.plainInterval = plainInterval
    self.now = now
    self.startedAt = now()
  }

  /// Seconds since an arbitrary fixed point, never going backwards.
  public static func monotonicSeconds() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  /// Takes one event into account and redraws if it is time to.
  public func record(_ event: ProgressEvent) {
    apply(event)

    let time = now()
    switch mode {
    case .quiet:
      return
    case .terminal(let width):
      if let last = lastOutput, time - last < Self.redrawInterval { return }
      lastOutput = time
      drawn = true
      let line = TextLayout.truncate(statusLine(), to: max(10, width - 1))
      sink.write("\r" + line + "\u{1B}[K")
    case .plain:
      guard time - (lastOutput ?? startedAt) >= plainInterval else { return }
      lastOutput = time
      sink.write("parapet: " + statusLine() + "\n")
    }
  }

  /// Ends progress output: erases the status line on a terminal so what follows starts on
  /// a clean line. Writes nothing in the other modes.
  public func finish() {
    guard case .terminal = mode, drawn else { return }
    drawn = false
    sink.write("\r\u{1B}[K")
  }

  /// The current status, such as
  /// `collecting: 3/12 done, 120 calls, 2 retries, 1 failed | s3 us-east-1`.
  public func statusLine() -> String {
    let done = planned.map { "\(finished)/\($0) done" } ?? "\(finished) done"
    var line = "collecting: \(done), \(calls) calls, \(retries) retries, \(failures) failed"
    if !running.isEmpty { line += " | " + running.joined(separator: ", ") }
    return line
  }

  private func apply(_ event: ProgressEvent) {
    switch event {
    case .planned(let units):
      planned = units
    case .serviceStarted(let service, let region):
      running.append(service + " " + region)
    case .serviceFinished(let service, let region):
      if let index = running.firstIndex(of: service + " " + region) {
        running.remove(at: index)
      }
      finished += 1
    case .callMade:
      calls += 1
    case .retried:
      retries += 1
    case .totals(let newCalls, let newRetries):
      calls = newCalls
      retries = newRetries
    case .failed:
      failures += 1
    }
  }
}
