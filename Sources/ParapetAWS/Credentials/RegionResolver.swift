/// A region and where it came from, for a log line.
public struct RegionResolution: Sendable, Hashable {
  /// The region, such as `eu-west-1`.
  public var region: String
  /// `--region`, `AWS_REGION`, `AWS_DEFAULT_REGION`, `profile dev` or `instance metadata`.
  public var source: String

  /// A resolution.
  public init(region: String, source: String) {
    self.region = region
    self.source = source
  }
}

/// Finds the region the way the SDKs do: `--region`, then `AWS_REGION`, then
/// `AWS_DEFAULT_REGION`, then the profile's `region`, then the instance's placement from
/// IMDS (unless `AWS_EC2_METADATA_DISABLED` is true). Returns nil when none is set, so the
/// caller chooses a default (such as `us-east-1`) and warns.
public struct RegionResolver: Sendable {
  /// The injected outside world.
  public let context: CredentialContext

  /// A resolver reading from `context`.
  public init(context: CredentialContext) {
    self.context = context
  }

  /// The region, or nil when no source names one.
  ///
  /// - Parameters:
  ///   - explicit: the `--region` value.
  ///   - profile: the `--profile` value; `AWS_PROFILE`, then `default`, when nil.
  /// - Throws: `CredentialError.malformedFile` when a config file cannot be parsed.
  public func resolve(explicit: String?, profile: String?) async throws -> RegionResolution? {
    let config = try SharedConfig.load(from: context)
    let profileName = profile ?? context.variable("AWS_PROFILE") ?? "default"
    if let local = resolveLocally(explicit: explicit, profile: profileName, config: config) {
      return local
    }

    guard let metadata = InstanceMetadata.enabled(in: context),
      let region = try? await metadata.fetchRegion(), !region.isEmpty
    else { return nil }
    return RegionResolution(region: region, source: "instance metadata")
  }

  /// Every source except IMDS, for callers that must not touch the network.
  func resolveLocally(explicit: String?, profile: String, config: SharedConfig)
    -> RegionResolution?
  {
    if let explicit, !explicit.isEmpty {
      return RegionResolution(region: explicit, source: "--region")
    }
    for name in ["AWS_REGION", "AWS_DEFAULT_REGION"] {
      if let region = context.variable(name) {
        return RegionResolution(region: region, source: name)
      }
    }
    if let region = config.profiles[profile]?["region"], !region.isEmpty {
      return RegionResolution(region: region, source: "profile \(profile)")
    }
    return nil
  }
}
