/// Credentials that never change: environment variables or keys in a profile.
public struct StaticCredentialProvider: CredentialProvider {
  /// The credentials handed out.
  public let fixed: AWSCredentials

  /// A provider that always returns `credentials`.
  public init(_ credentials: AWSCredentials) {
    fixed = credentials
  }

  /// The fixed credentials.
  public func credentials() async throws -> AWSCredentials { fixed }
}

extension AWSCredentials {
  /// Credentials with an empty access key id, which the client reads as "send unsigned";
  /// used for `AssumeRoleWithWebIdentity`, whose proof is the token, not a signature.
  public static let unsigned = AWSCredentials(
    accessKeyId: "", secretAccessKey: "", source: "unsigned")

  /// True when requests made with these credentials must not be signed.
  public var isUnsigned: Bool { accessKeyId.isEmpty }
}
