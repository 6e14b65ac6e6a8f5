import Foundation

/// A set of AWS credentials. `description` never prints the secret parts.
public struct AWSCredentials: Sendable, Hashable, CustomStringConvertible {
  /// Access key id (`AKIA...` or `ASIA...`); not secret, but still shown shortened.
  public var accessKeyId: String
  /// Secret access key. Never logged.
  public var secretAccessKey: String
  /// Session token for temporary credentials. Never logged.
  public var sessionToken: String?
  /// When temporary credentials stop working.
  public var expiration: Date?
  /// Where the credentials came from (`environment`, `profile dev`, `assume-role ...`), for
  /// messages.
  public var source: String

  /// Credentials from `source`.
  public init(
    accessKeyId: String, secretAccessKey: String, sessionToken: String? = nil,
    expiration: Date? = nil, source: String
  ) {
    self.accessKeyId = accessKeyId
    self.secretAccessKey = secretAccessKey
    self.sessionToken = sessionToken
    self.expiration = expiration
    self.source = source
  }

  /// The access key id with all but its last four characters masked, and the source.
  public var description: String {
    "AWSCredentials(\(Redaction.maskedKeyId(accessKeyId)) from \(source))"
  }

  /// True when the credentials expire within `margin` seconds of `now`.
  public func expires(within margin: TimeInterval, of now: Date = Date()) -> Bool {
    guard let expiration else { return false }
    return expiration.timeIntervalSince(now) < margin
  }
}

/// Supplies credentials for signing; implementations cache and refresh as they need.
public protocol CredentialProvider: Sendable {
  /// Current credentials, refreshed when they are about to expire.
  func credentials() async throws -> AWSCredentials
}

/// Helpers that keep secrets out of logs and messages.
public enum Redaction {
  /// `AKIA************MPLE`: enough to tell keys apart, not enough to use one.
  public static func maskedKeyId(_ keyId: String) -> String {
    guard keyId.count > 8 else { return String(repeating: "*", count: keyId.count) }
    return String(keyId.prefix(4)) + String(repeating: "*", count: keyId.count - 8)
      + String(keyId.suffix(4))
  }
}
