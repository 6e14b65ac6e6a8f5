import Foundation

/// Log levels, from the most to the least detailed.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
  case trace, debug, info, warning, error

  /// The level's name as users type it (`--log-level debug`).
  public var name: String {
    switch self {
    case .trace: return "trace"
    case .debug: return "debug"
    case .info: return "info"
    case .warning: return "warning"
    case .error: return "error"
    }
  }

  /// Parses a level name; nil when unknown.
  public init?(name: String) {
    guard let level = Self.allCases.first(where: { $0.name == name.lowercased() }) else {
      return nil
    }
    self = level
  }

  /// Orders levels by detail.
  public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where log records go. Libraries take a `Logger` from their caller; the CLI decides the
/// sink, and tests use a recording one.
public protocol LogSink: Sendable {
  /// Receives one record that passed the level filter.
  func log(level: LogLevel, message: String, metadata: [String: String])
}

/// A small structured logger: short stable messages, data in dotted metadata keys
/// (`aws.service`, `aws.region`), a level below which records are dropped.
public struct Logger: Sendable {
  /// Records below this level are dropped.
  public var level: LogLevel
  /// Receiver of records.
  public var sink: any LogSink
  /// Metadata attached to every record from this logger.
  public var metadata: [String: String]

  /// A logger writing to `sink` at `level` and above.
  public init(level: LogLevel = .warning, sink: any LogSink, metadata: [String: String] = [:]) {
    self.level = level
    self.sink = sink
    self.metadata = metadata
  }

  /// A logger that drops everything.
  public static let disabled = Logger(level: .error, sink: NullLogSink())

  /// A copy with extra metadata on every record.
  public func with(_ extra: [String: String]) -> Logger {
    var copy = self
    copy.metadata.merge(extra) { _, new in new }
    return copy
  }

  /// Logs `message` at `level` with `metadata` merged over the logger's own.
  public func log(
    _ level: LogLevel, _ message: @autoclosure () -> String,
    _ metadata: [String: String] = [:]
  ) {
    guard level >= self.level else { return }
    sink.log(level: level, message: message(), metadata: self.metadata.merging(metadata) { $1 })
  }

  /// Logs at debug level.
  public func debug(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
    log(.debug, message(), metadata)
  }

  /// Logs at info level.
  public func info(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
    log(.info, message(), metadata)
  }

  /// Logs at warning level.
  public func warning(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
    log(.warning, message(), metadata)
  }

  /// Logs at error level.
  public func error(_ message: @autoclosure () -> String, _ metadata: [String: String] = [:]) {
    log(.error, message(), metadata)
  }
}

/// Drops every record.
public struct NullLogSink: LogSink {
  /// A sink that drops records.
  public init() {}
  /// Drops the record.
  public func log(level: LogLevel, message: String, metadata: [String: String]) {}
}

/// Writes records to standard error as `level: message key=value ...`, keys sorted.
public struct StandardErrorLogSink: LogSink {
  /// A sink writing to stderr.
  public init() {}

  /// Writes one line to stderr.
  public func log(level: LogLevel, message: String, metadata: [String: String]) {
    var line = "\(level.name): \(message)"
    for key in metadata.keys.sorted() {
      line += " \(key)=\(metadata[key] ?? "")"
    }
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
