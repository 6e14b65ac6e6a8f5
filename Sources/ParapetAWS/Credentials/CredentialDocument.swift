import Foundation
import ParapetCore

/// Reads credentials out of the documents the metadata endpoints and STS return.
enum CredentialDocument {
  /// Parses the JSON that instance metadata and container endpoints serve:
  /// `AccessKeyId`, `SecretAccessKey`, `Token`, `Expiration` (ISO 8601).
  static func fromMetadataJSON(_ body: Data, source: String) throws -> AWSCredentials {
    let tree: JSONValue
    do {
      tree = try JSONValue.parse(body)
    } catch {
      throw CredentialError.invalidResponse(source: source, problem: "the body is not JSON")
    }
    if let code = tree["Code"]?.stringValue, code != "Success" {
      throw CredentialError.invalidResponse(source: source, problem: "Code is '\(code)'")
    }
    return try credentials(
      in: tree, names: ("AccessKeyId", "SecretAccessKey", "Token", "Expiration"),
      source: source)
  }

  /// Parses `Credentials` from an STS `AssumeRole*Result` tree, whose scalars are strings.
  static func fromSTSResult(_ tree: JSONValue, source: String) throws -> AWSCredentials {
    guard let inner = tree["Credentials"] else {
      throw CredentialError.invalidResponse(
        source: source, problem: "the result has no Credentials element")
    }
    return try credentials(
      in: inner, names: ("AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"),
      source: source)
  }

  private static func credentials(
    in tree: JSONValue, names: (key: String, secret: String, token: String, expiry: String),
    source: String
  ) throws -> AWSCredentials {
    func field(_ name: String) throws -> String {
      guard let value = tree[name]?.stringValue, !value.isEmpty else {
        throw CredentialError.invalidResponse(source: source, problem: "\(name) is missing")
      }
      return value
    }

    let expiration = try tree[names.expiry]?.stringValue.map { text in
      guard let date = parseTimestamp(text) else {
        throw CredentialError.invalidResponse(
          source: source, problem: "\(names.expiry) '\(text)' is not an ISO 8601 time")
      }
      return date
    }
    return AWSCredentials(
      accessKeyId: try field(names.key), secretAccessKey: try field(names.secret),
      sessionToken: tree[names.token]?.stringValue, expiration: expiration, source: source)
  }

  /// An ISO 8601 time with or without fractional seconds (`2024-05-01T12:00:00.123Z`).
  static func parseTimestamp(_ text: String) -> Date? {
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
  }
}
