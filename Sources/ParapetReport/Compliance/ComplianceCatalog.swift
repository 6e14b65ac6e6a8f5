import Foundation

/// The compliance frameworks shipped in the ParapetReport bundle: listing them for
/// `parapet compliance list` and loading one for `--compliance`.
public enum ComplianceCatalog {
  /// The directory holding the framework files inside the bundle.
  public static var directory: URL? {
    Bundle.module.url(forResource: "Frameworks", withExtension: nil)
  }

  /// Ids of the shipped frameworks, sorted.
  public static func ids() throws(ComplianceError) -> [String] {
    guard let directory else {
      throw .unreadable(file: "Frameworks", reason: "the resource directory is missing")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    } catch {
      throw .unreadable(file: directory.path, reason: "\(error)")
    }
    return names.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".mapping.json") }
      .map { String($0.dropLast(".json".count)) }.sorted()
  }

  /// Every shipped framework with its mappings, sorted by id.
  public static func list() throws(ComplianceError) -> [ComplianceFramework] {
    var frameworks: [ComplianceFramework] = []
    for id in try ids() { frameworks.append(try framework(id: id)) }
    return frameworks
  }

  /// The framework with `id` (case-insensitive), with its mappings.
  ///
  /// - Throws: `ComplianceError.unknownFramework` listing the ids that exist, or a file
  ///   error when the framework's files are broken.
  public static func framework(id: String) throws(ComplianceError) -> ComplianceFramework {
    let known = try ids()
    guard let match = known.first(where: { $0.lowercased() == id.lowercased() }),
      let directory
    else {
      throw .unknownFramework(id, choices: known)
    }
    let definition = directory.appendingPathComponent(match + ".json")
    let mapping = directory.appendingPathComponent(match + ".mapping.json")
    return try load(
      definition: read(definition), mapping: read(mapping), mappingFile: mapping.lastPathComponent)
  }

  /// Builds a framework from the bytes of its two files; the mapping must name every
  /// requirement of the definition and nothing else.
  ///
  /// - Parameter mappingFile: the mapping's name, for error messages.
  public static func load(
    definition: Data, mapping: Data, mappingFile: String
  ) throws(ComplianceError) -> ComplianceFramework {
    let file: FrameworkFile
    let map: MappingFile
    do {
      file = try JSONDecoder().decode(FrameworkFile.self, from: definition)
    } catch {
      throw .unreadable(
        file: mappingFile.replacingOccurrences(of: ".mapping", with: ""),
        reason: "\(error)")
    }
    do {
      map = try JSONDecoder().decode(MappingFile.self, from: mapping)
    } catch {
      throw .unreadable(file: mappingFile, reason: "\(error)")
    }

    let ids = file.requirements.map(\.id)
    let missing = ids.filter { map.mappings[$0] == nil }
    let unknown = Set(map.mappings.keys).subtracting(ids).sorted()
    guard missing.isEmpty, unknown.isEmpty, map.framework == file.id else {
      throw .incompleteMapping(file: mappingFile, missing: missing, unknown: unknown)
    }

    let requirements = file.requirements.map { item in
      ComplianceRequirement(
        id: item.id, title: item.title, section: item.section, assessment: item.assessment,
        guidance: item.guidance ?? "",
        checks: map.mappings[item.id] ?? [])
    }
    return ComplianceFramework(
      id: file.id, name: file.name, version: file.version, description: file.description,
      url: file.url, requirements: requirements)
  }

  private static func read(_ url: URL) throws(ComplianceError) -> Data {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .unreadable(file: url.path, reason: "the file is missing")
    }
    return data
  }

  private struct FrameworkFile: Decodable {
    struct Requirement: Decodable {
      var id: String
      var title: String
      var section: String
      var assessment: ComplianceRequirement.Assessment
      var guidance: String?
    }

    var id: String
    var name: String
    var version: String
    var description: String
    var url: String
    var requirements: [Requirement]
  }

  private struct MappingFile: Decodable {
    var framework: String
    var mappings: [String: [String]]
  }
}
