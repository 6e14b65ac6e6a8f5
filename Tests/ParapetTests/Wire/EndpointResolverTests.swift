import Foundation
import Testing

@testable import ParapetAWS

@Suite struct EndpointResolverTests {
  private func url(
    _ service: AWSService, region: String = "eu-west-1", override: String? = nil,
    environment: [String: String] = [:], path: String = "/",
    headers: [String: String] = [:]
  ) throws -> String {
    let resolver = EndpointResolver(
      endpointOverride: override.flatMap(URL.init(string:)), environment: environment)
    let endpoint = try resolver.endpoint(for: service, region: region)
    let target = RequestTarget(service: service, endpoint: endpoint, path: path, headers: headers)
    return "\(target) signed in \(endpoint.signingRegion)"
  }

  @Test func defaultsFollowAWSNaming() throws {
    #expect(try url(.ec2) == "https://ec2.eu-west-1.amazonaws.com/ signed in eu-west-1")
    #expect(try url(.iam) == "https://iam.amazonaws.com/ signed in us-east-1")
    #expect(
      try url(.s3, path: "/my-bucket/a b.txt")
        == "https://my-bucket.s3.eu-west-1.amazonaws.com/a%20b.txt signed in eu-west-1")
    #expect(
      try url(.s3, path: "/Legacy_Bucket/k")
        == "https://s3.eu-west-1.amazonaws.com/Legacy_Bucket/k signed in eu-west-1")
    #expect(
      try url(.s3, path: "/dotted.bucket")
        == "https://s3.eu-west-1.amazonaws.com/dotted.bucket signed in eu-west-1")
    #expect(
      try url(
        .s3control, path: "/v20180820/configuration/publicAccessBlock",
        headers: ["x-amz-account-id": "123456789012"])
        == "https://123456789012.s3-control.eu-west-1.amazonaws.com"
        + "/v20180820/configuration/publicAccessBlock signed in eu-west-1")
  }

  @Test func explicitOverrideWinsOverEnvironment() throws {
    let environment = [
      "AWS_ENDPOINT_URL_EC2": "http://127.0.0.1:6000", "AWS_ENDPOINT_URL": "http://127.0.0.1:7000",
    ]
    #expect(
      try url(.ec2, override: "http://127.0.0.1:5000", environment: environment)
        == "http://127.0.0.1:5000/ signed in eu-west-1")
    #expect(
      try url(.ec2, environment: environment) == "http://127.0.0.1:6000/ signed in eu-west-1")
    #expect(
      try url(.kms, environment: environment) == "http://127.0.0.1:7000/ signed in eu-west-1")
  }

  @Test func overrideKeepsS3PathStyleAndDropsAccountPrefix() throws {
    let override = "http://localhost:5000/base/"
    #expect(
      try url(.s3, override: override, path: "/my-bucket/key")
        == "http://localhost:5000/base/my-bucket/key signed in eu-west-1")
    #expect(
      try url(
        .s3control, override: override, path: "/v20180820/configuration/publicAccessBlock",
        headers: ["x-amz-account-id": "123456789012"])
        == "http://localhost:5000/base/v20180820/configuration/publicAccessBlock"
        + " signed in eu-west-1")
    #expect(try url(.iam, override: override) == "http://localhost:5000/base/ signed in us-east-1")
  }

  @Test func nonHTTPOverrideIsRejectedWithAHint() {
    let error = #expect(throws: AWSError.self) {
      try url(.ec2, override: "ftp://example.com")
    }
    #expect(error?.code == "InvalidEndpoint")
    #expect(
      error?.message
        == "endpoint override 'ftp://example.com' is not an http(s) URL with a host; "
        + "pass e.g. --endpoint-url http://127.0.0.1:5000")
  }
}
