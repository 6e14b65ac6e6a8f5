import Foundation

/// Checks the report directory before a run spends its API calls, so a typo or an
/// unwritable place is reported first, with what to do.
enum OutputDirectory {
  /// Creates `path` when missing and says whether it did; throws a one-line error when it
  /// is a file or cannot be created or written.
  @discardableResult
  static func prepare(_ path: String) throws -> Bool {
    var isDirectory: ObjCBool = false
    var created = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw CommandError(
          "--output-dir '\(path)' is a file; give a directory (it is created when missing)")
      }
    } else {
      do {
        try FileManager.default.createDirectory(
          atPath: path, withIntermediateDirectories: true)
        created = true
      } catch {
        throw CommandError(
          "cannot create --output-dir '\(path)' (\(reason(creating: path, error))); "
            + "choose a directory you can write")
      }
    }
    guard FileManager.default.isWritableFile(atPath: path) else {
      throw CommandError("--output-dir '\(path)' is not writable; choose another directory")
    }
    return created
  }

  /// Removes `path` when it holds nothing: a run that failed before writing a report
  /// leaves no empty directory behind.
  static func removeIfEmpty(_ path: String) {
    guard (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true else {
      return
    }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Why `path` could not be created, from its nearest existing ancestor: Foundation's own
  /// text ("The operation could not be completed. (NSCocoaErrorDomain error 512.)") does
  /// not say.
  private static func reason(creating path: String, _ error: any Error) -> String {
    var ancestor = URL(fileURLWithPath: path).deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    while ancestor.path != "/",
      !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isDirectory)
    {
      ancestor = ancestor.deletingLastPathComponent()
    }
    if !isDirectory.boolValue, ancestor.path != "/" { return "\(ancestor.path) is a file" }
    if !FileManager.default.isWritableFile(atPath: ancestor.path) {
      return "\(ancestor.path) is not writable"
    }
    return error.localizedDescription
  }
}
