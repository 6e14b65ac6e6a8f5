import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file whole or not at all: the bytes go to a temporary file in the same
/// directory, are flushed to disk, and the temporary file is renamed over the target
/// (rename is atomic within one file system). On any failure the temporary file is
/// removed, so a reader sees the old file, the complete new one, or none.
public enum AtomicFile {
  /// Writes `text` as UTF-8 to `path`, replacing any file there.
  ///
  /// - Throws: `ReportError.cannotWrite` naming `path` and the system's reason.
  public static func write(_ text: String, to path: String) throws(ReportError) {
    let temporary = temporaryPath(for: path)
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw failure(path) }

    var bytes = text
    let flushed = bytes.withUTF8 { writeAll(descriptor, $0) } && fsync(descriptor) == 0
    var reason = flushed ? nil : systemReason()
    close(descriptor)

    if reason == nil, rename(temporary, path) != 0 {
      reason = systemReason()
    }
    guard let reason else { return }
    unlink(temporary)
    throw .cannotWrite(path: path, reason: reason)
  }

  /// `.<name>.<pid>.<random>.tmp` beside `path`: hidden, unique per writer, same file
  /// system as the target.
  static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    return directory + "/." + url.lastPathComponent + ".\(getpid()).\(random).tmp"
  }

  private static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    guard var next = buffer.baseAddress else { return true }
    var remaining = buffer.count
    while remaining > 0 {
      #if canImport(Glibc)
        let count = Glibc.write(descriptor, next, remaining)
      #else
        let count = Darwin.write(descriptor, next, remaining)
      #endif
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { return false }
      next += count
      remaining -= count
    }
    return true
  }

  private static func failure(_ path: String) -> ReportError {
    .cannotWrite(path: path, reason: systemReason())
  }

  private static func systemReason() -> String {
    String(cString: strerror(errno))
  }
}
