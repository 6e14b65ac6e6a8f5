import Foundation
import ParapetCore

extension AWSCalling {
  /// `query` with the lists at `forceArrays` made arrays (see `JSONValue.forcingArrays`).
  public func query(
    _ service: AWSService, region: String, action: String, parameters: [String: String] = [:],
    forceArrays: [String]
  ) async throws -> JSONValue {
    try await query(service, region: region, action: action, parameters: parameters)
      .forcingArrays(at: forceArrays)
  }

  /// A REST-XML call (S3) decoded into a tree `{RootElement: {...}}`, lists at
  /// `forceArrays` (paths from the root element's name) made arrays; `{}` for an empty
  /// body.
  public func restXML(
    _ service: AWSService, region: String, operation: String, method: String = "GET",
    path: String, query: [String: String] = [:], headers: [String: String] = [:],
    body: Data? = nil, forceArrays: [String] = []
  ) async throws -> JSONValue {
    let response = try await rest(
      service, region: region, operation: operation, method: method, path: path, query: query,
      headers: headers, body: body)
    return try response.xmlTree(service: service, operation: operation)
      .forcingArrays(at: forceArrays)
  }

  /// A REST-JSON call decoded from its JSON body; `{}` for an empty body.
  public func restJSON(
    _ service: AWSService, region: String, operation: String, method: String = "GET",
    path: String, query: [String: String] = [:], headers: [String: String] = [:],
    body: JSONValue? = nil
  ) async throws -> JSONValue {
    var headers = headers
    let payload = body.map { Data(JSONWriter().string($0).utf8) }
    if payload != nil, headers["Content-Type"] == nil {
      headers["Content-Type"] = "application/json"
    }
    let response = try await rest(
      service, region: region, operation: operation, method: method, path: path, query: query,
      headers: headers, body: payload)
    return try response.jsonTree(service: service, operation: operation)
  }
}

extension AWSRestResponse {
  /// The XML body as `{RootElement: tree}`; `{}` when the body is empty.
  public func xmlTree(service: AWSService, operation: String) throws -> JSONValue {
    guard !body.isEmpty else { return .object([:]) }
    do {
      return try XMLTreeDecoder().decode(body)
    } catch {
      throw AWSError(
        code: "InvalidResponse", message: "\(operation) response is not XML: \(error)",
        statusCode: statusCode, service: service.endpointPrefix, operation: operation)
    }
  }

  /// The JSON body; `{}` when the body is empty.
  public func jsonTree(service: AWSService, operation: String) throws -> JSONValue {
    guard !body.isEmpty else { return .object([:]) }
    do {
      return try JSONValue.parse(body)
    } catch {
      throw AWSError(
        code: "InvalidResponse", message: "\(operation) response: \(error)",
        statusCode: statusCode, service: service.endpointPrefix, operation: operation)
    }
  }
}
