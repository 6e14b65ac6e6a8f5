import Foundation

/// The ECS / EKS Pod Identity container credential endpoint.
///
/// `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` is appended to `http://169.254.170.2`;
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` is used as given, but plain http only to loopback,
/// 169.254.170.2 (ECS) and 169.254.170.23 (EKS Pod Identity) so credentials never travel in
/// clear text to another host. The authorization token comes from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (re-read on every fetch) or
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN`.
struct ContainerCredentials: Sendable {
  static let source = "container credentials endpoint"
  static let ecsHost = "169.254.170.2"
  static let allowedHTTPHosts: Set<String> = [
    "127.0.0.1", "localhost", "::1", "[::1]", "169.254.170.2", "169.254.170.23",
    "fd00:ec2::23", "[fd00:ec2::23]",
  ]

  let url: URL
  let context: CredentialContext

  /// The endpoint the environment configures, nil when it configures none.
  static func configured(in context: CredentialContext) throws -> ContainerCredentials? {
    if let relative = context.variable("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
      let text = "http://\(ecsHost)" + (relative.hasPrefix("/") ? "" : "/") + relative
      guard let url = URL(string: text) else {
        throw CredentialError.invalidResponse(
          source: "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", problem: "not a URL path")
      }
      return ContainerCredentials(url: url, context: context)
    }

    guard let full = context.variable("AWS_CONTAINER_CREDENTIALS_FULL_URI") else { return nil }
    guard let url = URL(string: full), let scheme = url.scheme?.lowercased(),
      let host = url.host?.lowercased()
    else {
      throw CredentialError.containerHostNotAllowed(url: full)
    }
    let loopback = host.hasPrefix("127.") || allowedHTTPHosts.contains(host)
    guard scheme == "https" || (scheme == "http" && loopback) else {
      throw CredentialError.containerHostNotAllowed(url: full)
    }
    return ContainerCredentials(url: url, context: context)
  }

  /// Fetches one credential document.
  func fetch() async throws -> AWSCredentials {
    var headers: [String: String] = [:]
    if let token = try authorizationToken() { headers["Authorization"] = token }

    let response: MetadataResponse
    do {
      response = try await context.transport.send(
        MetadataRequest(method: "GET", url: url, headers: headers, timeout: 2))
    } catch {
      throw CredentialError.endpointUnavailable(
        source: Self.source, reason: "no answer from \(url.absoluteString)")
    }
    guard response.statusCode == 200 else {
      throw CredentialError.endpointUnavailable(
        source: Self.source, reason: "HTTP \(response.statusCode) from \(url.absoluteString)")
    }
    return try CredentialDocument.fromMetadataJSON(response.body, source: Self.source)
  }

  private func authorizationToken() throws -> String? {
    if let file = context.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
      let path = context.expand(file)
      guard let text = try context.readFile(path) else {
        throw CredentialError.unreadableFile(
          path: context.display(path), reason: "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is missing")
      }
      return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    return context.variable("AWS_CONTAINER_AUTHORIZATION_TOKEN")
  }
}
