import ParapetAWS
import ParapetCore

/// Pagination the wire layer does not offer: REST-JSON lists (Lambda, EFS, GuardDuty, Access
/// Analyzer), whose token travels as a query parameter and comes back in the body.
public enum RestJSONPages {
  /// GETs `path` page by page and concatenates the list under `itemsKey`.
  public static func list(
    _ client: any AWSCalling, _ service: AWSService, region: String, operation: String,
    path: String, tokenIn: String, tokenOut: String, itemsKey: String,
    maxPages: Int = 10_000
  ) async throws -> [JSONValue] {
    var collected: [JSONValue] = []
    var query: [String: String] = [:]
    var seen: Set<String> = []
    for _ in 0..<maxPages {
      let page = try await client.restJSON(
        service, region: region, operation: operation, path: path, query: query)
      collected += page[itemsKey]?.arrayValue ?? []
      guard let token = page[tokenOut]?.stringValue, !token.isEmpty,
        seen.insert(token).inserted
      else { break }
      query[tokenIn] = token
    }
    return collected
  }
}
