import Foundation

/// Why a local file the user named could not be read, in words they can act on.
/// Foundation's own text ("The operation could not be completed. (NSCocoaErrorDomain error
/// 256.)") names neither the cause nor the fix.
public enum FileProblem {
  /// The reason reading `path` failed: missing, a directory, unreadable, or (for a file
  /// read as text) not UTF-8.
  public static func reason(reading path: String, asText: Bool = true) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return "no such file"
    }
    if isDirectory.boolValue { return "it is a directory, not a file" }
    if !FileManager.default.isReadableFile(atPath: path) {
      return "permission denied; check the file's permissions"
    }
    return asText ? "not UTF-8 text" : "it could not be read"
  }
}
