import ParapetAWS
import ParapetCore

/// Follows the pagination token of each protocol and concatenates the listed items, so that
/// collectors state what they list and never loop by hand.
public enum Paginate {
  /// Query and EC2 calls: `tokenIn` is the request parameter (`Marker`, `NextToken`),
  /// `tokenOut` the response field (`Marker`, `NextToken`), `items` reads the page's list.
  public static func query(
    _ client: any AWSCalling, _ service: AWSService, region: String, action: String,
    parameters: [String: String] = [:], tokenIn: String = "NextToken",
    tokenOut: String = "NextToken", maxPages: Int = 1_000,
    items: (JSONValue) -> [JSONValue]
  ) async throws -> [JSONValue] {
    var collected: [JSONValue] = []
    var token: String?
    for _ in 0..<maxPages {
      var request = parameters
      if let token { request[tokenIn] = token }
      let page = try await client.query(
        service, region: region, action: action, parameters: request)
      collected += items(page)
      token = page.value(at: tokenOut)?.stringValue
      guard let next = token, !next.isEmpty, page["IsTruncated"]?.boolValue != false else {
        break
      }
      token = next
    }
    return collected
  }

  /// JSON-protocol calls: the token travels in the body under `tokenIn` and comes back
  /// under `tokenOut`; `itemsKey` names the list in each page.
  public static func json(
    _ client: any AWSCalling, _ service: AWSService, region: String, action: String,
    body: JSONValue = .object([:]), tokenIn: String = "NextToken",
    tokenOut: String = "NextToken", itemsKey: String, maxPages: Int = 1_000
  ) async throws -> [JSONValue] {
    var collected: [JSONValue] = []
    var token: String?
    for _ in 0..<maxPages {
      let request = token.map { body.setting(tokenIn, to: .string($0)) } ?? body
      let page = try await client.json(service, region: region, action: action, body: request)
      collected += page[itemsKey]?.arrayValue ?? []
      token = page[tokenOut]?.stringValue
      guard let next = token, !next.isEmpty else { break }
      token = next
    }
    return collected
  }

  /// REST-JSON calls: the token is a query parameter `tokenIn` and comes back in the body
  /// under `tokenOut`.
  public static func restJSON(
    _ client: any AWSCalling, _ service: AWSService, region: String, operation: String,
    path: String, tokenIn: String, tokenOut: String, itemsKey: String,
    maxPages: Int = 1_000
  ) async throws -> [JSONValue] {
    var collected: [JSONValue] = []
    var token: String?
    for _ in 0..<maxPages {
      var query: [String: String] = [:]
      if let token { query[tokenIn] = token }
      let page = try await RestJSON.call(
        client, service, region: region, operation: operation, path: path, query: query)
      collected += page[itemsKey]?.arrayValue ?? []
      token = page[tokenOut]?.stringValue
      guard let next = token, !next.isEmpty else { break }
      token = next
    }
    return collected
  }
}

/// REST-JSON GETs decoded into a tree.
public enum RestJSON {
  /// GETs `path` and parses the JSON body; an empty body is an empty object.
  public static func call(
    _ client: any AWSCalling, _ service: AWSService, region: String, operation: String,
    path: String, query: [String: String] = [:]
  ) async throws -> JSONValue {
    let response = try await client.rest(
      service, region: region, operation: operation, method: "GET", path: path, query: query,
      headers: [:], body: nil)
    guard !response.body.isEmpty else { return .object([:]) }
    return try JSONValue.parse(response.body)
  }
}
