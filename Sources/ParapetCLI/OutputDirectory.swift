import Foundation

/// Checks the report directory before a run spends its API calls, so a typo or an
/// unwritable place is reported first, with what to do.
enum OutputDirectory {
  /// Creates `path` when missing; throws a one-line error when it is a file or cannot be
  /// created or written.
  static func prepare(_ path: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CommandError(
          "--output-dir '\(path)' is a file; give a directory (it is created when missing)")
      }
    } else {
      do {
        try FileManager.default.createDirectory(
          atPath: path, withIntermediateDirectories: true)
      } catch {
        throw CommandError(
          "cannot create --output-dir '\(path)' (\(error.localizedDescription)); "
            + "choose a directory you can write")
      }
    }
    guard FileManager.default.isWritableFile(atPath: path) else {
      throw CommandError("--output-dir '\(path)' is not writable; choose another directory")
    }
  }
}
