import Foundation
import ParapetCore

/// The response of a REST call, before or after decoding.
public struct AWSRestResponse: Sendable {
  /// HTTP status.
  public var statusCode: Int
  /// Response headers, names lower-cased.
  public var headers: [String: String]
  /// Raw body.
  public var body: Data

  /// A response.
  public init(statusCode: Int, headers: [String: String], body: Data) {
    self.statusCode = statusCode
    self.headers = headers
    self.body = body
  }
}

/// Calls AWS APIs: signs, sends, retries and decodes into `JSONValue`, for every protocol.
///
/// Implemented by `AWSClient`; collectors depend on this protocol so the seam is explicit.
public protocol AWSCalling: Sendable {
  /// A query or EC2-query call. `parameters` are the flattened request parameters
  /// (`Filter.1.Name`); the result is the content of `<OperationResult>` as a tree where
  /// `member` and `item` lists are arrays.
  func query(
    _ service: AWSService, region: String, action: String, parameters: [String: String]
  ) async throws -> JSONValue

  /// A JSON-protocol call; the result is the parsed response body.
  func json(
    _ service: AWSService, region: String, action: String, body: JSONValue
  ) async throws -> JSONValue

  /// A REST call (REST-XML or REST-JSON). `path` is unencoded; it is URI-encoded once
  /// (S3 rules) when signed and sent. `operation` names the API operation for errors and
  /// permissions. Non-2xx answers throw `AWSError`.
  func rest(
    _ service: AWSService, region: String, operation: String, method: String, path: String,
    query: [String: String], headers: [String: String], body: Data?
  ) async throws -> AWSRestResponse
}
