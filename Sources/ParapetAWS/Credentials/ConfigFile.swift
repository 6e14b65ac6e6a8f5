/// One parsed AWS shared config or credentials file: sections of `key = value` properties.
///
/// The format is the INI dialect the AWS CLI reads: `[section]` headers, `#` and `;` comment
/// lines, and one level of nesting where a key with an empty value is followed by indented
/// `key = value` lines (`s3 =` then `  max_concurrent_requests = 10`). Values are kept as
/// written; inline comments are not stripped, as the CLI does not strip them either.
public struct ConfigFile: Sendable, Hashable {
  /// One `[name]` section.
  public struct Section: Sendable, Hashable {
    /// Top-level properties, keys as written.
    public var properties: [String: String] = [:]
    /// Nested sub-sections (`s3 =` followed by indented lines), by their key.
    public var subsections: [String: [String: String]] = [:]

    /// An empty section.
    public init(properties: [String: String] = [:], subsections: [String: [String: String]] = [:]) {
      self.properties = properties
      self.subsections = subsections
    }
  }

  /// Sections by their header text with surrounding spaces removed (`profile dev`).
  public var sections: [String: Section]

  /// A file with `sections`.
  public init(sections: [String: Section] = [:]) {
    self.sections = sections
  }

  /// Parses `text`; `displayPath` names the file in errors (`~/.aws/config`).
  ///
  /// - Throws: `CredentialError.malformedFile` with the 1-based line number of the first
  ///   line that is not a section header, property, nested property, comment or blank.
  public static func parse(_ text: String, displayPath: String) throws -> ConfigFile {
    var parser = ConfigFileParser(displayPath: displayPath)
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      try parser.consume(line: String(line), number: index + 1)
    }
    return ConfigFile(sections: parser.sections)
  }
}

/// Line-by-line state of one parse.
private struct ConfigFileParser {
  let displayPath: String
  var sections: [String: ConfigFile.Section] = [:]
  var currentSection: String?
  /// The key whose empty value opened a nested block, while indented lines may follow.
  var nestedKey: String?

  init(displayPath: String) {
    self.displayPath = displayPath
  }

  mutating func consume(line raw: String, number: Int) throws {
    let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !line.isEmpty, !line.hasPrefix("#"), !line.hasPrefix(";") else { return }

    let indented = raw.first == " " || raw.first == "\t"
    if line.hasPrefix("[") {
      try startSection(line, number: number)
      return
    }

    let (key, value) = try property(line, number: number)
    guard let section = currentSection else {
      throw malformed(number, "property '\(key)' appears before any '[section]' header")
    }

    if indented, let nestedKey {
      sections[section, default: .init()].subsections[nestedKey, default: [:]][key] = value
      return
    }
    if indented {
      throw malformed(
        number,
        "indented line under a key that has a value; only 'key =' with an empty "
          + "value may have indented sub-keys")
    }
    sections[section, default: .init()].properties[key] = value
    nestedKey = value.isEmpty ? key : nil
  }

  private mutating func startSection(_ line: String, number: Int) throws {
    guard line.hasSuffix("]") else {
      throw malformed(number, "section header has no closing ']'")
    }
    let name = line.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw malformed(number, "section header '[]' has no name") }
    currentSection = name
    nestedKey = nil
    if sections[name] == nil { sections[name] = .init() }
  }

  private func property(_ line: String, number: Int) throws -> (String, String) {
    guard let equals = line.firstIndex(of: "=") else {
      throw malformed(number, "expected 'key = value' or '[section]'")
    }
    let key = line[..<equals].trimmingCharacters(in: .whitespaces)
    let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
    guard !key.isEmpty else { throw malformed(number, "missing key before '='") }
    return (key, value)
  }

  private func malformed(_ number: Int, _ problem: String) -> CredentialError {
    .malformedFile(path: displayPath, line: number, problem: problem)
  }
}
