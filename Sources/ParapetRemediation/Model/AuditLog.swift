import Foundation
import ParapetCore

/// The fix audit log: a JSON-lines file, one `AuditEntry` per line. Each line is appended
/// with one `write` on a descriptor opened with `O_APPEND`, so concurrent runs never
/// interleave inside a line.
public struct AuditLog: Sendable {
  /// Path of the file.
  public var path: String

  /// The log at `path` (created on first append).
  public init(path: String) {
    self.path = path
  }

  /// Appends `entry` as one line.
  public func append(_ entry: AuditEntry) throws {
    let line = JSONWriter().string(entry.json) + "\n"
    let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw AuditLogError(path: path, reason: "cannot open for appending: \(errnoText())")
    }
    defer { close(descriptor) }

    let bytes = Array(line.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count else {
      throw AuditLogError(
        path: path, reason: "wrote \(written) of \(bytes.count) bytes: \(errnoText())")
    }
  }

  /// Every entry in the file, in order.
  public func entries() throws -> [AuditEntry] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw AuditLogError(path: path, reason: "cannot read the file; check --audit-log")
    }
    var entries: [AuditEntry] = []
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    for (index, line) in lines.enumerated() where !line.isEmpty {
      do {
        entries.append(try AuditEntry(json: try JSONValue.parse(String(line))))
      } catch {
        throw AuditLogError(path: path, reason: "line \(index + 1): \(error)")
      }
    }
    return entries
  }

  /// The entry with `id`; throws when there is none.
  public func entry(id: String) throws -> AuditEntry {
    guard let found = try entries().first(where: { $0.id == id }) else {
      throw AuditLogError(
        path: path, reason: "no entry with id '\(id)'; ids are in the 'id' field of each line")
    }
    return found
  }

  private func errnoText() -> String { String(cString: strerror(errno)) }
}

/// The audit log cannot be written or read.
public struct AuditLogError: Error, CustomStringConvertible, Sendable {
  /// The log file.
  public var path: String
  /// What went wrong.
  public var reason: String

  /// One line naming the file.
  public var description: String { "audit log \(path): \(reason)" }
}
