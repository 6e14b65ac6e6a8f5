import ParapetCore
import ParapetReport

/// Options several commands share, parsed one way so their messages stay the same.
extension ParsedArguments {
  /// `--format` values, or the default formats when none was given.
  func reportFormats() throws -> Set<ReportFormat> {
    let named = list("format")
    guard !named.isEmpty else { return ReportFormat.defaults }
    do {
      return try ReportFormat.parse(named)
    } catch {
      throw UsageError(error.description)
    }
  }

  /// The severity named by `--option`, `fallback` when the option is absent; a usage error
  /// listing the valid severities when the name is unknown.
  func severity(_ option: String, fallback: Severity? = nil) throws -> Severity? {
    guard let name = value(option) else { return fallback }
    guard let severity = Severity(rawValue: name.lowercased()) else {
      throw UsageError(
        "unknown severity '\(name)' for --\(option); valid severities: "
          + Severity.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return severity
  }
}
