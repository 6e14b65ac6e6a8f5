import Foundation
import ParapetCore

/// Builds the STS client used to exchange `source` credentials for a role's credentials.
///
/// The CLI passes a closure that creates an `AWSClient` signing with `source` (and honouring
/// any endpoint override); tests pass a recording double. Web identity calls receive a
/// provider whose credentials have an empty access key id, meaning "send unsigned".
public typealias STSCalling = @Sendable (_ source: any CredentialProvider) -> any AWSCalling

/// Everything the credential chain reads from the outside world, injected so that tests
/// control it: environment, home directory, files, the metadata HTTP seam, STS and the clock.
public struct CredentialContext: Sendable {
  /// Environment variables.
  public var environment: [String: String]
  /// The user's home directory, for `~/.aws/...` and `~` in paths.
  public var homeDirectory: String
  /// Reads a file as UTF-8; returns nil when it does not exist, throws when it is unreadable.
  public var readFile: @Sendable (_ path: String) throws -> String?
  /// HTTP for instance metadata and container credentials.
  public var transport: any MetadataTransport
  /// Creates STS clients for role exchanges.
  public var stsClient: STSCalling
  /// The current time, for expiry and session names.
  public var now: @Sendable () -> Date

  /// A context from explicit parts.
  public init(
    environment: [String: String], homeDirectory: String,
    readFile: @escaping @Sendable (_ path: String) throws -> String?,
    transport: any MetadataTransport, stsClient: @escaping STSCalling,
    now: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.environment = environment
    self.homeDirectory = homeDirectory
    self.readFile = readFile
    self.transport = transport
    self.stsClient = stsClient
    self.now = now
  }

  /// The real process environment, home directory, file system, URLSession and clock.
  public static func live(stsClient: @escaping STSCalling) -> CredentialContext {
    let environment = ProcessInfo.processInfo.environment
    return CredentialContext(
      environment: environment,
      // The SDKs find ~/.aws through HOME; Foundation's home directory ignores it.
      homeDirectory: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        ?? FileManager.default.homeDirectoryForCurrentUser.path,
      readFile: readLocalFile, transport: URLSessionMetadataTransport(), stsClient: stsClient)
  }

  /// `path` with a leading `~` replaced by the home directory.
  func expand(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return homeDirectory + path.dropFirst()
  }

  /// `path` with the home directory shown as `~`, for messages.
  func display(_ path: String) -> String {
    guard !homeDirectory.isEmpty, path.hasPrefix(homeDirectory + "/") else { return path }
    return "~" + path.dropFirst(homeDirectory.count)
  }

  /// An environment variable, nil when unset or empty (the SDKs treat empty as unset).
  func variable(_ name: String) -> String? {
    guard let value = environment[name], !value.isEmpty else { return nil }
    return value
  }
}

/// Reads a local file; nil when it does not exist.
@Sendable private func readLocalFile(_ path: String) throws -> String? {
  guard FileManager.default.fileExists(atPath: path) else { return nil }
  // Read through a file handle: it treats character devices such as /dev/null (which the
  // AWS CLI accepts as an empty AWS_CONFIG_FILE) as empty, where String(contentsOfFile:)
  // and FileManager.contents(atPath:) fail.
  guard let handle = FileHandle(forReadingAtPath: path) else {
    throw CredentialError.unreadableFile(path: path, reason: FileProblem.reason(reading: path))
  }
  defer { try? handle.close() }
  let data: Data
  do {
    data = try handle.readToEnd() ?? Data()
  } catch {
    throw CredentialError.unreadableFile(path: path, reason: FileProblem.reason(reading: path))
  }
  guard let text = String(data: data, encoding: .utf8) else {
    throw CredentialError.unreadableFile(path: path, reason: "not UTF-8 text")
  }
  return text
}
