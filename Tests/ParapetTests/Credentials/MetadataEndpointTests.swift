import Foundation
import ParapetAWS
import ParapetCore
import Testing

/// The container and IMDSv2 providers against a real loopback HTTP server.
@Suite struct MetadataEndpointTests {
  @Test func instanceMetadataUsesAnIMDSv2Token() async throws {
    let server = try MetadataServer()
    defer { server.stop() }
    var world = TestWorld()
    world.transport = URLSessionMetadataTransport()
    world.environment = ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL + "/"]

    let resolved = try await world.chain.resolve(profile: nil)
    let credentials = try await resolved.provider.credentials()
    let requests = try await server.requests()

    #expect(resolved.source == "instance metadata role fixture-instance-role")
    #expect(credentials.accessKeyId == "IMDSACCESSKEY0001")
    #expect(credentials.sessionToken == "IMDS-session-token")
    #expect(credentials.expiration == Date(timeIntervalSince1970: 4_070_908_800))
    #expect(
      requests.map { "\($0["method"]?.stringValue ?? "") \($0["path"]?.stringValue ?? "")" } == [
        "PUT /latest/api/token", "GET /latest/meta-data/iam/security-credentials/",
        "GET /latest/meta-data/iam/security-credentials/fixture-instance-role",
      ])
    #expect(
      requests.first.flatMap {
        MetadataServer.header("X-aws-ec2-metadata-token-ttl-seconds", in: $0)
      }
        == "21600")
    #expect(
      requests.dropFirst().map { MetadataServer.header("X-aws-ec2-metadata-token", in: $0) }
        == ["fixture-imds-session-token", "fixture-imds-session-token"])
  }

  @Test func containerEndpointSendsTheAuthorizationTokenFromItsFile() async throws {
    let server = try MetadataServer()
    defer { server.stop() }
    var world = TestWorld()
    world.transport = URLSessionMetadataTransport()
    world.environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] =
      server.baseURL
      + "/container/credentials"
    world.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = "ignored-when-a-file-is-set"
    world.environment["AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"] = "/run/auth"
    world.files["/run/auth"] = "fixture-container-auth\n"

    let resolved = try await world.chain.resolve(profile: nil)
    let credentials = try await resolved.provider.credentials()
    let requests = try await server.requests()

    #expect(resolved.source == "container credentials endpoint")
    #expect(credentials.accessKeyId == "CONTAINERACCESSKEY0001")
    #expect(requests.map { $0["path"]?.stringValue } == ["/container/credentials"])
    #expect(
      requests.first.flatMap { MetadataServer.header("Authorization", in: $0) }
        == "fixture-container-auth")
  }

  @Test func regionFallsBackToInstancePlacement() async throws {
    let server = try MetadataServer()
    defer { server.stop() }
    var world = TestWorld()
    world.transport = URLSessionMetadataTransport()
    world.environment = ["AWS_EC2_METADATA_SERVICE_ENDPOINT": server.baseURL]

    let region = try await RegionResolver(context: world.context).resolve(
      explicit: nil, profile: nil)

    #expect(region == RegionResolution(region: "eu-west-3", source: "instance metadata"))
  }

  @Test(arguments: [
    "http://169.254.169.254/creds", "http://example.com/creds", "ftp://127.0.0.1/creds",
  ])
  func containerFullURIRefusesPlainHTTPToOtherHosts(_ url: String) async {
    var world = TestWorld()
    world.environment["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = url

    let message = await credentialError { _ = try await world.chain.resolve(profile: nil) }

    #expect(
      message == "AWS_CONTAINER_CREDENTIALS_FULL_URI \(url) is not allowed: plain http is only "
        + "accepted for loopback, 169.254.170.2 and 169.254.170.23; use https or one of those")
  }

  @Test func unreachableMetadataIsTriedTwiceThenSkipped() async {
    let transport = UnreachableTransport()
    var world = TestWorld()
    world.environment = [:]
    world.transport = transport

    let message = await credentialError { _ = try await world.chain.resolve(profile: nil) }

    #expect(message?.hasPrefix("no AWS credentials found") == true)
    #expect(await transport.attempts == 2)
  }
}
