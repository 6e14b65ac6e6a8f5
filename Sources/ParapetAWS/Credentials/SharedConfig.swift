/// The AWS shared config (`~/.aws/config`) and credentials (`~/.aws/credentials`) files,
/// read together as the SDKs do: `[profile NAME]` or `[default]` in config, `[NAME]` in
/// credentials, and credentials-file values winning over config-file values.
public struct SharedConfig: Sendable, Hashable {
  /// Properties of each profile, both files merged.
  public var profiles: [String: [String: String]]
  /// Nested sub-sections of each profile (from either file).
  public var profileSubsections: [String: [String: [String: String]]]
  /// `[services NAME]` sections of the config file, by name.
  public var services: [String: ConfigFile.Section]

  /// Config from already-parsed files.
  public init(config: ConfigFile, credentials: ConfigFile) {
    var profiles: [String: [String: String]] = [:]
    var subsections: [String: [String: [String: String]]] = [:]
    var services: [String: ConfigFile.Section] = [:]

    for (header, section) in config.sections {
      let words = header.split(separator: " ", maxSplits: 1).map(String.init)
      let name: String
      if header == "default" {
        name = "default"
      } else if words.count == 2, words[0] == "profile" {
        name = words[1].trimmingCharacters(in: .whitespaces)
      } else if words.count == 2, words[0] == "services" {
        services[words[1].trimmingCharacters(in: .whitespaces)] = section
        continue
      } else {
        continue  // The CLI ignores `[NAME]` without `profile` in the config file.
      }
      profiles[name, default: [:]].merge(section.properties) { _, new in new }
      subsections[name, default: [:]].merge(section.subsections) { _, new in new }
    }

    for (name, section) in credentials.sections {
      profiles[name, default: [:]].merge(section.properties) { _, new in new }
      subsections[name, default: [:]].merge(section.subsections) { _, new in new }
    }

    self.profiles = profiles
    self.profileSubsections = subsections
    self.services = services
  }

  /// Reads both files from the paths the context selects (`AWS_CONFIG_FILE`,
  /// `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/config` and `~/.aws/credentials`); a missing
  /// file counts as empty.
  public static func load(from context: CredentialContext) throws -> SharedConfig {
    let configPath = context.expand(context.variable("AWS_CONFIG_FILE") ?? "~/.aws/config")
    let credentialsPath = context.expand(
      context.variable("AWS_SHARED_CREDENTIALS_FILE") ?? "~/.aws/credentials")
    return SharedConfig(
      config: try readFile(configPath, context: context),
      credentials: try readFile(credentialsPath, context: context))
  }

  private static func readFile(_ path: String, context: CredentialContext) throws -> ConfigFile {
    guard let text = try context.readFile(path) else { return ConfigFile() }
    return try ConfigFile.parse(text, displayPath: context.display(path))
  }

  /// Profile names, sorted.
  public var profileNames: [String] { profiles.keys.sorted() }

  /// The properties of profile `name`.
  ///
  /// - Throws: `CredentialError.profileNotFound` listing the profiles that exist.
  public func profile(_ name: String) throws -> [String: String] {
    guard let properties = profiles[name] else {
      throw CredentialError.profileNotFound(name: name, available: profileNames)
    }
    return properties
  }
}
