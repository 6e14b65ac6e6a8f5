/// Endpoint overrides (for emulators and private endpoints) as the SDKs read them:
/// `AWS_ENDPOINT_URL_<SERVICE>`, then `AWS_ENDPOINT_URL`, then the profile's `services`
/// section (`[services NAME]` with `s3 =` and an indented `endpoint_url = ...`), then the
/// profile's `endpoint_url`. `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true` turns all off.
public struct EndpointConfiguration: Sendable, Hashable {
  /// `AWS_ENDPOINT_URL_<ID>` values by service environment id (`S3`, `CLOUDWATCH_LOGS`).
  public var environmentServiceURLs: [String: String] = [:]
  /// `AWS_ENDPOINT_URL`.
  public var environmentURL: String?
  /// The profile's `services` section, by lower-cased service id (`s3`, `cloudwatch_logs`).
  public var profileServiceURLs: [String: String] = [:]
  /// The profile's `endpoint_url`.
  public var profileURL: String?

  /// Explicit overrides.
  public init(
    environmentServiceURLs: [String: String] = [:], environmentURL: String? = nil,
    profileServiceURLs: [String: String] = [:], profileURL: String? = nil
  ) {
    self.environmentServiceURLs = environmentServiceURLs
    self.environmentURL = environmentURL
    self.profileServiceURLs = profileServiceURLs
    self.profileURL = profileURL
  }

  /// Reads the overrides for `profile` (`AWS_PROFILE`, then `default`, when nil).
  ///
  /// - Throws: `CredentialError.malformedFile` when a config file cannot be parsed.
  public static func resolve(context: CredentialContext, profile: String?) throws
    -> EndpointConfiguration
  {
    var result = EndpointConfiguration()
    guard context.variable("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")?.lowercased() != "true" else {
      return result
    }

    let prefix = "AWS_ENDPOINT_URL_"
    for (name, value) in context.environment where name.hasPrefix(prefix) && !value.isEmpty {
      result.environmentServiceURLs[String(name.dropFirst(prefix.count))] = value
    }
    result.environmentURL = context.variable("AWS_ENDPOINT_URL")

    let config = try SharedConfig.load(from: context)
    let name = profile ?? context.variable("AWS_PROFILE") ?? "default"
    guard let properties = config.profiles[name] else { return result }
    result.profileURL = properties["endpoint_url"].flatMap { $0.isEmpty ? nil : $0 }
    if let servicesName = properties["services"], let section = config.services[servicesName] {
      for (service, settings) in section.subsections {
        if let url = settings["endpoint_url"], !url.isEmpty {
          result.profileServiceURLs[service.lowercased()] = url
        }
      }
    }
    return result
  }

  /// The endpoint URL configured for `service`, nil for the default AWS endpoint.
  public func url(for service: AWSService) -> String? {
    environmentServiceURLs[service.environmentId] ?? environmentURL
      ?? profileServiceURLs[service.environmentId.lowercased()] ?? profileURL
  }
}
