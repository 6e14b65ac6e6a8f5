import Foundation
import ParapetCore

/// The one way Parapet calls AWS: resolves the endpoint, signs with SigV4, rate-limits,
/// sends, retries throttling and transient failures, and decodes every protocol into
/// `JSONValue`. Failures surface as `AWSError`, classified by `AWSError.category`.
public struct AWSClient: AWSCalling {
  /// What the client was built from.
  public let configuration: AWSClientConfiguration
  /// Live counters of calls, retries and failures per service.
  public let statistics: RequestStatistics
  let resolver: EndpointResolver
  let limiter: RequestRateLimiter

  /// A client from `configuration`.
  public init(configuration: AWSClientConfiguration) {
    self.configuration = configuration
    self.statistics = RequestStatistics()
    self.resolver = EndpointResolver(
      endpointOverride: configuration.endpointOverride,
      environment: configuration.environment)
    self.limiter = RequestRateLimiter(
      defaultRate: configuration.requestsPerSecond, rates: configuration.serviceRates)
  }

  /// The endpoint a call to `service` in `region` goes to.
  public func endpoint(for service: AWSService, region: String) throws -> AWSEndpoint {
    try resolver.endpoint(for: service, region: region)
  }

  /// A query or EC2-query call; returns the content of `<ActionResult>` (query) or of the
  /// response root without `RequestId` (EC2, names capitalised: `groupId` is `GroupId`).
  public func query(
    _ service: AWSService, region: String, action: String, parameters: [String: String]
  ) async throws -> JSONValue {
    var form = parameters
    form["Action"] = action
    form["Version"] = service.apiVersion
    let body = Data(
      URIEncoding.canonicalQuery(form.map { ($0.key, $0.value) }).utf8)
    let headers = ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"]

    let response = try await perform(
      service, region: region, operation: action, method: "POST", path: "/", query: [:],
      headers: headers, body: body)
    return try QueryResponseDecoder.decode(
      response.body, wireProtocol: service.wireProtocol, action: action,
      service: service.endpointPrefix)
  }

  /// A JSON-protocol call; returns the parsed body (`{}` when the body is empty).
  public func json(
    _ service: AWSService, region: String, action: String, body: JSONValue
  ) async throws -> JSONValue {
    guard case .json(let targetPrefix, let version) = service.wireProtocol else {
      throw misuse(service, action, "is not a JSON-protocol service; use query() or rest()")
    }
    let headers = [
      "X-Amz-Target": "\(targetPrefix).\(action)",
      "Content-Type": "application/x-amz-json-\(version)",
    ]
    let payload = Data(JSONWriter().string(body).utf8)

    let response = try await perform(
      service, region: region, operation: action, method: "POST", path: "/", query: [:],
      headers: headers, body: payload)
    return try AWSRestResponse(
      statusCode: response.statusCode, headers: response.headers, body: response.body
    ).jsonTree(service: service, operation: action)
  }

  /// A REST call; see `AWSCalling.rest`. For S3 the first path segment is the bucket:
  /// on AWS it moves into the host name (virtual-hosted style, unless the name is not a
  /// valid host label, such as one with a dot); with an endpoint override the path stays
  /// path-style. For S3 Control the `x-amz-account-id` header's value prefixes the host on
  /// AWS; with an override the prefix is dropped and only the header is sent.
  public func rest(
    _ service: AWSService, region: String, operation: String, method: String, path: String,
    query: [String: String], headers: [String: String], body: Data?
  ) async throws -> AWSRestResponse {
    let response = try await perform(
      service, region: region, operation: operation, method: method, path: path,
      query: query, headers: headers, body: body)
    return AWSRestResponse(
      statusCode: response.statusCode, headers: response.headers, body: response.body)
  }

  func misuse(_ service: AWSService, _ operation: String, _ text: String) -> AWSError {
    AWSError(
      code: "InvalidRequest", message: "\(service.endpointPrefix) \(text)", statusCode: 0,
      service: service.endpointPrefix, operation: operation)
  }
}
