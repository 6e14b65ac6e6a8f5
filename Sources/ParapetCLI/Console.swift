import Foundation

/// Standard output and standard error, written as whole lines. Results go to stdout,
/// everything else (progress, logs, errors) to stderr, so output can be piped.
enum Console {
  /// Writes `text` and a newline to standard output.
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }

  /// Writes `text` as it is to standard output.
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes `text` and a newline to standard error.
  static func err(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// True when the file descriptor is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }
}
