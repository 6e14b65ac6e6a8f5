import Foundation

/// The standard AWS credential provider chain, in the order the SDKs search it:
///
/// 1. environment keys (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`),
///    skipped when a profile is chosen explicitly (`--profile`), as the CLI does;
/// 2. the profile's role (`role_arn` with `source_profile`, `credential_source` or
///    `web_identity_token_file`);
/// 3. web identity from `AWS_WEB_IDENTITY_TOKEN_FILE` and `AWS_ROLE_ARN`;
/// 4. the profile's static keys;
/// 5. the container credential endpoint;
/// 6. instance metadata (IMDSv2), probed once here so a host without it fails fast.
///
/// The profile is `--profile`, else `AWS_PROFILE`, else `default`. A profile named by either
/// must exist; `default` may be absent. SSO and `credential_process` are not supported.
public struct CredentialChain: Sendable {
  /// The injected outside world.
  public let context: CredentialContext

  /// A chain reading from `context`.
  public init(context: CredentialContext) {
    self.context = context
  }

  /// Finds the first source with credentials.
  ///
  /// - Parameters:
  ///   - profile: the `--profile` value, nil when not given.
  ///   - region: the `--region` value; STS calls go to the region resolved from it (without
  ///     asking IMDS), else `us-east-1`.
  /// - Throws: `CredentialError` for malformed files, a missing profile, bad role settings,
  ///   or `.noCredentials` listing every source tried.
  public func resolve(profile explicitProfile: String?, region: String? = nil) async throws
    -> ResolvedCredentials
  {
    let config = try SharedConfig.load(from: context)
    let selected = explicitProfile ?? context.variable("AWS_PROFILE")
    let profileName = selected ?? "default"
    if selected != nil { _ = try config.profile(profileName) }
    let hasProfile = config.profiles[profileName] != nil
    var tried: [String] = []

    if explicitProfile == nil {
      if let environment = try EnvironmentCredentials.resolve(context) { return environment }
      tried.append(EnvironmentCredentials.source)
    }

    let stsRegion =
      RegionResolver(context: context).resolveLocally(
        explicit: region, profile: profileName, config: config)?.region ?? "us-east-1"
    let profiles = ProfileCredentials(config: config, context: context, stsRegion: stsRegion)
    if hasProfile, let role = try profiles.role(profileName) { return role }

    if let webIdentity = environmentWebIdentity(profiles) { return webIdentity }
    tried.append("web identity (AWS_WEB_IDENTITY_TOKEN_FILE)")

    if hasProfile, let keys = try profiles.staticKeys(profileName) { return keys }
    tried.append("profile \(profileName)")

    if let container = try ContainerCredentials.configured(in: context) {
      let provider = RefreshingCredentialProvider(now: context.now) { try await container.fetch() }
      return ResolvedCredentials(provider: provider, source: ContainerCredentials.source)
    }
    tried.append(ContainerCredentials.source)

    if let metadata = InstanceMetadata.enabled(in: context) {
      let provider = RefreshingCredentialProvider(now: context.now) {
        try await metadata.fetchCredentials()
      }
      if let first = try? await provider.credentials() {
        return ResolvedCredentials(provider: provider, source: first.source)
      }
    }
    tried.append(InstanceMetadata.source)

    throw CredentialError.noCredentials(tried: tried)
  }

  private func environmentWebIdentity(_ profiles: ProfileCredentials) -> ResolvedCredentials? {
    guard let tokenFile = context.variable("AWS_WEB_IDENTITY_TOKEN_FILE"),
      let roleArn = context.variable("AWS_ROLE_ARN")
    else { return nil }
    let request = RoleRequest(
      roleArn: roleArn,
      sessionName: context.variable("AWS_ROLE_SESSION_NAME") ?? defaultSessionName(context))
    return profiles.webIdentity(request, tokenFile: tokenFile, origin: "environment")
  }
}
