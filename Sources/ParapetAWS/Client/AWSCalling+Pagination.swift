import ParapetCore

extension AWSCalling {
  /// Follows a query or EC2 list call's pages and concatenates the list at `resultPath`.
  ///
  /// The request's `tokenKey` parameter (`Marker` for IAM, `NextToken` for EC2) is set
  /// from the response's `outputTokenKey` (the same name unless given) until the
  /// response has none. Stops after `maxPages` as a guard against a service that repeats
  /// its token.
  public func paginateQuery(
    _ service: AWSService, region: String, action: String, parameters: [String: String] = [:],
    tokenKey: String, outputTokenKey: String? = nil, resultPath: String,
    maxPages: Int = 10_000
  ) async throws -> [JSONValue] {
    var items: [JSONValue] = []
    var request = parameters
    var seen: Set<String> = []
    for _ in 0..<maxPages {
      let page = try await query(service, region: region, action: action, parameters: request)
      items += page.forcingArrays(at: [resultPath]).value(at: resultPath)?.arrayValue ?? []
      guard let token = page[outputTokenKey ?? tokenKey]?.stringValue, !token.isEmpty,
        seen.insert(token).inserted
      else { break }
      request[tokenKey] = token
    }
    return items
  }

  /// Follows a JSON-protocol list call's pages (`Marker` in, `NextMarker` out for KMS;
  /// `NextToken` both ways for most others) and concatenates the list at `resultPath`.
  public func paginateJSON(
    _ service: AWSService, region: String, action: String, body: JSONValue = [:],
    tokenKey: String, outputTokenKey: String? = nil, resultPath: String,
    maxPages: Int = 10_000
  ) async throws -> [JSONValue] {
    var items: [JSONValue] = []
    var request = body
    var seen: Set<String> = []
    for _ in 0..<maxPages {
      let page = try await json(service, region: region, action: action, body: request)
      items += page.value(at: resultPath)?.arrayValue ?? []
      guard let token = page[outputTokenKey ?? tokenKey]?.stringValue, !token.isEmpty,
        seen.insert(token).inserted
      else { break }
      request = request.setting(tokenKey, to: .string(token))
    }
    return items
  }
}
