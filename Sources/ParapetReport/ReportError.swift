/// Why reports could not be written. Each message names the path and says what to do.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The scan's output directory could not be created.
  case cannotCreateDirectory(path: String, reason: String)
  /// A report file could not be written whole; nothing was left at `path`.
  case cannotWrite(path: String, reason: String)
  /// A `--format` value names no known format.
  case unknownFormat(String, choices: [String])

  /// A one-line message for users.
  public var description: String {
    switch self {
    case .cannotCreateDirectory(let path, let reason):
      return "cannot create report directory \(path): \(reason); "
        + "check that its parent exists and is writable, or choose another output directory"
    case .cannotWrite(let path, let reason):
      return "cannot write report file \(path): \(reason); "
        + "check that the directory is writable and has free space, "
        + "or choose another output directory"
    case .unknownFormat(let name, let choices):
      return "unknown report format '\(name)'; choose from \(choices.joined(separator: ", "))"
    }
  }
}
