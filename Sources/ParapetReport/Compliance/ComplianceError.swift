/// Why a compliance framework could not be loaded or chosen.
public enum ComplianceError: Error, Sendable, Hashable, CustomStringConvertible {
  /// `--compliance` named a framework Parapet does not ship.
  case unknownFramework(String, choices: [String])
  /// A framework or mapping file is missing or is not the JSON it should be.
  case unreadable(file: String, reason: String)
  /// The mapping file does not cover the framework's requirement list exactly.
  case incompleteMapping(file: String, missing: [String], unknown: [String])

  /// A one-line message for users.
  public var description: String {
    switch self {
    case .unknownFramework(let id, let choices):
      return "unknown compliance framework '\(id)'; choose from \(choices.joined(separator: ", "))"
        + " (see 'parapet compliance list')"
    case .unreadable(let file, let reason):
      return "cannot read compliance file \(file): \(reason); reinstall Parapet or fix the file"
    case .incompleteMapping(let file, let missing, let unknown):
      var parts: [String] = []
      if !missing.isEmpty { parts.append("no entry for " + missing.joined(separator: ", ")) }
      if !unknown.isEmpty {
        parts.append("entries for unknown requirements " + unknown.joined(separator: ", "))
      }
      return "compliance mapping \(file) does not match its requirement list: "
        + parts.joined(separator: "; ") + "; give every requirement an entry (empty for manual)"
    }
  }
}
