import Foundation

/// Where one request goes and how it is signed.
public struct AWSEndpoint: Sendable, Hashable {
  /// `https` or `http`.
  public var scheme: String
  /// Host name without port.
  public var host: String
  /// Port when not the scheme's default.
  public var port: Int?
  /// Path prefix of an override URL (`/proxy`), empty otherwise; never ends with `/`.
  public var basePath: String
  /// Region to put in the credential scope (`us-east-1` for global services).
  public var signingRegion: String
  /// True when the URL came from an override rather than the AWS naming scheme.
  public var isOverride: Bool

  /// An endpoint.
  public init(
    scheme: String, host: String, port: Int? = nil, basePath: String = "",
    signingRegion: String, isOverride: Bool
  ) {
    self.scheme = scheme
    self.host = host
    self.port = port
    self.basePath = basePath
    self.signingRegion = signingRegion
    self.isOverride = isOverride
  }

  /// The `Host` header value: the host, with the port when there is one.
  public var hostHeader: String {
    guard let port else { return host }
    return "\(host):\(port)"
  }

  /// The URL for an encoded path as sent (including `basePath`) and an encoded query
  /// string without `?`.
  public func url(wirePath: String, encodedQuery: String) -> URL? {
    var text = "\(scheme)://\(hostHeader)\(wirePath)"
    if !encodedQuery.isEmpty {
      text += "?\(encodedQuery)"
    }
    return URL(string: text)
  }
}

/// Chooses the endpoint for a service and region.
///
/// Precedence: the caller's explicit override (the CLI's `--endpoint-url`), then
/// `AWS_ENDPOINT_URL_<SERVICE_ID>`, then `AWS_ENDPOINT_URL`, then
/// `https://{prefix}.{region}.amazonaws.com` (global services: `{prefix}.amazonaws.com`,
/// signed in `us-east-1`). Environment variables come from an injected dictionary.
public struct EndpointResolver: Sendable {
  /// The explicit override, if the user gave one.
  public var endpointOverride: URL?
  /// Environment variables to consult.
  public var environment: [String: String]

  /// A resolver.
  public init(endpointOverride: URL? = nil, environment: [String: String] = [:]) {
    self.endpointOverride = endpointOverride
    self.environment = environment
  }

  /// The override that applies to `service`, if any.
  public func overrideURL(for service: AWSService) -> URL? {
    if let endpointOverride { return endpointOverride }
    let candidates = ["AWS_ENDPOINT_URL_\(service.environmentId)", "AWS_ENDPOINT_URL"]
    for name in candidates {
      if let text = environment[name], !text.isEmpty, let url = URL(string: text) {
        return url
      }
    }
    return nil
  }

  /// The endpoint for `service` in `region`.
  public func endpoint(for service: AWSService, region: String) throws -> AWSEndpoint {
    let signingRegion = service.isGlobal ? "us-east-1" : region
    guard let url = overrideURL(for: service) else {
      let host =
        service.isGlobal
        ? "\(service.endpointPrefix).amazonaws.com"
        : "\(service.endpointPrefix).\(region).amazonaws.com"
      return AWSEndpoint(
        scheme: "https", host: host, signingRegion: signingRegion, isOverride: false)
    }

    guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty
    else {
      throw AWSError(
        code: "InvalidEndpoint",
        message: "endpoint override '\(url.absoluteString)' is not an http(s) URL with a "
          + "host; pass e.g. --endpoint-url http://127.0.0.1:5000",
        statusCode: 0, service: service.endpointPrefix, operation: "ResolveEndpoint")
    }
    var basePath = url.path
    while basePath.hasSuffix("/") { basePath.removeLast() }
    return AWSEndpoint(
      scheme: scheme, host: host, port: url.port, basePath: basePath,
      signingRegion: signingRegion, isOverride: true)
  }
}
