import Foundation
import ParapetAWS
import ParapetCore

/// Credentials, home region and a client, resolved the way the AWS SDKs do it, ready for a
/// scan.
struct AWSSession: Sendable {
  /// The client every collector calls through.
  var client: AWSClient
  /// Region for global services and discovery calls.
  var homeRegion: String
  /// Where the credentials came from, for the log (never the credentials themselves).
  var credentialSource: String

  /// Resolves credentials (`--profile`, environment, files, roles, container, IMDS), the
  /// home region (first `--region`, then the SDK order), and endpoints (`--endpoint-url`,
  /// then `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, then the profile's).
  static func open(
    profile: String?, regions: [String], endpointURL: String?,
    environment: [String: String], logger: Logger
  ) async throws -> AWSSession {
    let transport = CurlTransport()
    let override = endpointURL.flatMap(URL.init(string:))
    var context = CredentialContext.live { provider in
      AWSClient(
        configuration: AWSClientConfiguration(
          credentials: provider, endpointOverride: override, environment: environment,
          transport: transport, logger: logger))
    }
    context.environment = environment
    // The SDKs find ~/.aws through HOME; Foundation's home directory ignores it.
    if let home = environment["HOME"], !home.isEmpty { context.homeDirectory = home }

    let endpoints = try EndpointConfiguration.resolve(context: context, profile: profile)
    let clientEnvironment = endpointEnvironment(environment, endpoints)
    let stsFactory: STSCalling = { provider in
      AWSClient(
        configuration: AWSClientConfiguration(
          credentials: provider, endpointOverride: override, environment: clientEnvironment,
          transport: transport, logger: logger))
    }
    context.stsClient = stsFactory

    let resolved = try await CredentialChain(context: context).resolve(
      profile: profile, region: regions.first)
    let region = try await RegionResolver(context: context).resolve(
      explicit: regions.first, profile: profile)
    if region == nil {
      logger.warning("no region configured; using us-east-1 for global calls")
    }
    if let region, !AWSRegions.isKnown(region.region) {
      throw UsageError(
        "unknown region '\(region.region)' from \(region.source); valid regions: "
          + AWSRegions.known.joined(separator: ", "))
    }
    let client = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: resolved.provider, endpointOverride: override,
        environment: clientEnvironment, transport: transport, logger: logger))
    return AWSSession(
      client: client, homeRegion: region?.region ?? "us-east-1",
      credentialSource: resolved.source)
  }

  /// The environment with every service's resolved endpoint spelled as
  /// `AWS_ENDPOINT_URL_<ID>`, so that the profile's `endpoint_url` settings reach the client
  /// with the SDKs' precedence already applied.
  private static func endpointEnvironment(
    _ environment: [String: String], _ endpoints: EndpointConfiguration
  ) -> [String: String] {
    var result = environment
    for service in AWSService.all {
      if let url = endpoints.url(for: service) {
        result["AWS_ENDPOINT_URL_\(service.environmentId)"] = url
      }
    }
    return result
  }
}
