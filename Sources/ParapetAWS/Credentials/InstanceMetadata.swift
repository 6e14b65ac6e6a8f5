import Foundation

/// The EC2 instance metadata service, spoken as IMDSv2: a session token from
/// `PUT /latest/api/token`, then `GET`s that carry it.
///
/// Timeouts are one second with one retry, so a laptop without IMDS waits at most a few
/// seconds. A token endpoint answering 404 or 405 (IMDSv1-only proxies) falls back to
/// tokenless GETs, as the SDKs do. `AWS_EC2_METADATA_SERVICE_ENDPOINT` moves the endpoint;
/// `AWS_EC2_METADATA_DISABLED=true` turns it off.
struct InstanceMetadata: Sendable {
  static let source = "instance metadata (IMDS)"
  static let defaultEndpoint = "http://169.254.169.254"
  static let tokenTTLHeader = "X-aws-ec2-metadata-token-ttl-seconds"
  static let tokenHeader = "X-aws-ec2-metadata-token"

  let endpoint: String
  let context: CredentialContext
  let timeout: TimeInterval = 1
  let attempts = 2

  /// The service unless the environment disables it.
  static func enabled(in context: CredentialContext) -> InstanceMetadata? {
    guard context.variable("AWS_EC2_METADATA_DISABLED")?.lowercased() != "true" else {
      return nil
    }
    var endpoint = context.variable("AWS_EC2_METADATA_SERVICE_ENDPOINT") ?? defaultEndpoint
    while endpoint.hasSuffix("/") { endpoint.removeLast() }
    return InstanceMetadata(endpoint: endpoint, context: context)
  }

  /// The instance role's credentials.
  func fetchCredentials() async throws -> AWSCredentials {
    let token = try await sessionToken()
    let listing = try await get("/latest/meta-data/iam/security-credentials/", token: token)
    let roleName =
      String(decoding: listing, as: UTF8.self)
      .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    guard !roleName.isEmpty else {
      throw CredentialError.endpointUnavailable(
        source: Self.source, reason: "the instance has no IAM role attached")
    }

    let document = try await get(
      "/latest/meta-data/iam/security-credentials/\(roleName)", token: token)
    var credentials = try CredentialDocument.fromMetadataJSON(document, source: Self.source)
    credentials.source = "instance metadata role \(roleName)"
    return credentials
  }

  /// The region the instance runs in.
  func fetchRegion() async throws -> String {
    let token = try await sessionToken()
    let body = try await get("/latest/meta-data/placement/region", token: token)
    return String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// An IMDSv2 session token, or nil when the service only speaks IMDSv1.
  private func sessionToken() async throws -> String? {
    let response = try await send("PUT", "/latest/api/token", [Self.tokenTTLHeader: "21600"])
    switch response.statusCode {
    case 200:
      return String(decoding: response.body, as: UTF8.self)
    case 404, 405:
      return nil
    case 403:
      throw CredentialError.endpointUnavailable(
        source: Self.source, reason: "IMDS is disabled on this instance (HTTP 403)")
    default:
      throw CredentialError.endpointUnavailable(
        source: Self.source, reason: "HTTP \(response.statusCode) for an IMDSv2 token")
    }
  }

  private func get(_ path: String, token: String?) async throws -> Data {
    var headers: [String: String] = [:]
    if let token { headers[Self.tokenHeader] = token }
    let response = try await send("GET", path, headers)
    guard response.statusCode == 200 else {
      throw CredentialError.endpointUnavailable(
        source: Self.source, reason: "HTTP \(response.statusCode) for \(path)")
    }
    return response.body
  }

  private func send(
    _ method: String, _ path: String, _ headers: [String: String]
  ) async throws -> MetadataResponse {
    guard let url = URL(string: endpoint + path) else {
      throw CredentialError.endpointUnavailable(
        source: Self.source, reason: "AWS_EC2_METADATA_SERVICE_ENDPOINT '\(endpoint)' is not a URL")
    }
    let request = MetadataRequest(method: method, url: url, headers: headers, timeout: timeout)

    for attempt in 1...attempts {
      do {
        let response = try await context.transport.send(request)
        if response.statusCode < 500 || attempt == attempts { return response }
      } catch {
        if attempt == attempts { break }
      }
    }
    throw CredentialError.endpointUnavailable(
      source: Self.source, reason: "no answer from \(endpoint) within \(Int(timeout)) s")
  }
}
