import Foundation

/// A provider together with a secret-free description of where it gets credentials.
public struct ResolvedCredentials: Sendable {
  /// Supplies (and refreshes) the credentials.
  public var provider: any CredentialProvider
  /// For a log line: `environment variables`, `profile dev (static keys)`,
  /// `assume-role arn:... (profile prod) <- profile base (static keys)`. Never a secret.
  public var source: String

  /// A resolved provider.
  public init(provider: any CredentialProvider, source: String) {
    self.provider = provider
    self.source = source
  }
}

/// Builds providers from profiles: static keys, and roles assumed from a `source_profile`
/// chain, a `credential_source` or a web identity token file.
struct ProfileCredentials {
  let config: SharedConfig
  let context: CredentialContext
  /// Region for STS calls.
  let stsRegion: String

  /// Static keys in profile `name`, nil when it has none.
  func staticKeys(_ name: String) throws -> ResolvedCredentials? {
    let properties = try config.profile(name)
    let key = properties["aws_access_key_id"].flatMap { $0.isEmpty ? nil : $0 }
    let secret = properties["aws_secret_access_key"].flatMap { $0.isEmpty ? nil : $0 }
    guard let key else {
      guard secret == nil else {
        throw CredentialError.incompleteKeys(
          source: "profile '\(name)'", missing: "aws_access_key_id")
      }
      return nil
    }
    guard let secret else {
      throw CredentialError.incompleteKeys(
        source: "profile '\(name)'", missing: "aws_secret_access_key")
    }

    let token = properties["aws_session_token"] ?? properties["aws_security_token"]
    let source = "profile \(name)"
    let credentials = AWSCredentials(
      accessKeyId: key, secretAccessKey: secret,
      sessionToken: token.flatMap { $0.isEmpty ? nil : $0 }, source: source)
    return ResolvedCredentials(
      provider: StaticCredentialProvider(credentials), source: "\(source) (static keys)")
  }

  /// The role profile `name` assumes, nil when it has no `role_arn`.
  func role(_ name: String, visited: [String] = []) throws -> ResolvedCredentials? {
    let properties = try config.profile(name)
    guard let roleArn = properties["role_arn"], !roleArn.isEmpty else { return nil }
    if let serial = properties["mfa_serial"], !serial.isEmpty {
      throw CredentialError.mfaRequired(profile: name, serial: serial)
    }
    let request = try roleRequest(name, properties: properties, roleArn: roleArn)

    let sourceProfile = properties["source_profile"].flatMap { $0.isEmpty ? nil : $0 }
    let credentialSource = properties["credential_source"].flatMap { $0.isEmpty ? nil : $0 }
    if sourceProfile == nil, credentialSource == nil,
      let tokenFile = properties["web_identity_token_file"], !tokenFile.isEmpty
    {
      return webIdentity(request, tokenFile: tokenFile, origin: "profile \(name)")
    }

    let source: ResolvedCredentials
    switch (sourceProfile, credentialSource) {
    case (let profile?, nil):
      source = try sourceChain(profile, from: name, visited: visited + [name])
    case (nil, let named?):
      source = try credentialSourceProvider(named, profile: name)
    case (.some, .some):
      throw CredentialError.invalidProfile(
        name: name, problem: "set source_profile or credential_source, not both")
    case (nil, nil):
      throw CredentialError.invalidProfile(
        name: name,
        problem: "role_arn needs source_profile, credential_source or web_identity_token_file")
    }

    let context = self.context
    let region = stsRegion
    let upstream = source.provider
    let provider = RefreshingCredentialProvider(now: context.now) {
      var credentials = try await RoleExchange.assumeRole(
        request, source: upstream, region: region, context: context)
      credentials.source = "assume-role \(request.roleArn)"
      return credentials
    }
    return ResolvedCredentials(
      provider: provider, source: "assume-role \(roleArn) (profile \(name)) <- \(source.source)")
  }

  /// A web identity exchange, refreshed before expiry.
  func webIdentity(_ request: RoleRequest, tokenFile: String, origin: String)
    -> ResolvedCredentials
  {
    let context = self.context
    let region = stsRegion
    let provider = RefreshingCredentialProvider(now: context.now) {
      var credentials = try await RoleExchange.assumeRoleWithWebIdentity(
        request, tokenFile: tokenFile, region: region, context: context)
      credentials.source = "web identity \(request.roleArn)"
      return credentials
    }
    return ResolvedCredentials(
      provider: provider, source: "web identity \(request.roleArn) (\(origin))")
  }

  /// The credentials a `source_profile` supplies: its static keys if it has them (which is
  /// also what lets a profile name itself as source), else the role it assumes in turn.
  private func sourceChain(_ name: String, from parent: String, visited: [String]) throws
    -> ResolvedCredentials
  {
    let keys = try staticKeys(name)
    if visited.contains(name), name != parent || keys == nil {
      throw CredentialError.profileCycle(visited + [name])
    }
    if let keys { return keys }
    if let role = try role(name, visited: visited) { return role }
    throw CredentialError.invalidProfile(
      name: name,
      problem: "used as source_profile but has neither static keys nor role_arn; add "
        + "aws_access_key_id and aws_secret_access_key")
  }

  private func credentialSourceProvider(_ named: String, profile: String) throws
    -> ResolvedCredentials
  {
    switch named {
    case "Environment":
      guard let environment = try EnvironmentCredentials.resolve(context) else {
        throw CredentialError.invalidProfile(
          name: profile,
          problem: "credential_source = Environment but AWS_ACCESS_KEY_ID is not set")
      }
      return environment
    case "Ec2InstanceMetadata":
      guard let metadata = InstanceMetadata.enabled(in: context) else {
        throw CredentialError.invalidProfile(
          name: profile,
          problem: "credential_source = Ec2InstanceMetadata but AWS_EC2_METADATA_DISABLED is set")
      }
      let provider = RefreshingCredentialProvider(now: context.now) {
        try await metadata.fetchCredentials()
      }
      return ResolvedCredentials(provider: provider, source: InstanceMetadata.source)
    case "EcsContainer":
      guard let container = try ContainerCredentials.configured(in: context) else {
        throw CredentialError.invalidProfile(
          name: profile,
          problem: "credential_source = EcsContainer but neither "
            + "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor _FULL_URI is set")
      }
      let provider = RefreshingCredentialProvider(now: context.now) {
        try await container.fetch()
      }
      return ResolvedCredentials(provider: provider, source: ContainerCredentials.source)
    default:
      throw CredentialError.invalidProfile(
        name: profile,
        problem: "credential_source '\(named)' is not one of Environment, "
          + "Ec2InstanceMetadata, EcsContainer")
    }
  }

  private func roleRequest(_ name: String, properties: [String: String], roleArn: String)
    throws -> RoleRequest
  {
    var duration: Int?
    if let text = properties["duration_seconds"], !text.isEmpty {
      guard let seconds = Int(text), seconds > 0 else {
        throw CredentialError.invalidProfile(
          name: name, problem: "duration_seconds '\(text)' is not a positive whole number")
      }
      duration = seconds
    }
    let sessionName = properties["role_session_name"].flatMap { $0.isEmpty ? nil : $0 }
    return RoleRequest(
      roleArn: roleArn, sessionName: sessionName ?? defaultSessionName(context),
      externalId: properties["external_id"].flatMap { $0.isEmpty ? nil : $0 },
      durationSeconds: duration)
  }
}

/// `parapet-<unix seconds>`, the session name used when a profile sets none.
func defaultSessionName(_ context: CredentialContext) -> String {
  "parapet-\(Int(context.now().timeIntervalSince1970))"
}

/// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`.
enum EnvironmentCredentials {
  static let source = "environment variables"

  /// The environment's keys, nil when `AWS_ACCESS_KEY_ID` is unset.
  static func resolve(_ context: CredentialContext) throws -> ResolvedCredentials? {
    let key = context.variable("AWS_ACCESS_KEY_ID")
    let secret = context.variable("AWS_SECRET_ACCESS_KEY")
    guard let key else {
      guard secret == nil else {
        throw CredentialError.incompleteKeys(source: source, missing: "AWS_ACCESS_KEY_ID")
      }
      return nil
    }
    guard let secret else {
      throw CredentialError.incompleteKeys(source: source, missing: "AWS_SECRET_ACCESS_KEY")
    }

    let token = context.variable("AWS_SESSION_TOKEN") ?? context.variable("AWS_SECURITY_TOKEN")
    let credentials = AWSCredentials(
      accessKeyId: key, secretAccessKey: secret, sessionToken: token, source: "environment")
    return ResolvedCredentials(provider: StaticCredentialProvider(credentials), source: source)
  }
}
