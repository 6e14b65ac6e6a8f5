import ParapetAWS
import ParapetCore

/// REST-XML GETs (S3, S3 Control) decoded into a tree.
public enum RestXML {
  /// GETs `path` and decodes the XML body, unwrapping the document element.
  public static func call(
    _ client: any AWSCalling, _ service: AWSService, region: String, operation: String,
    path: String, query: [String: String] = [:], headers: [String: String] = [:]
  ) async throws -> JSONValue {
    let response = try await client.rest(
      service, region: region, operation: operation, method: "GET", path: path, query: query,
      headers: headers, body: nil)
    guard !response.body.isEmpty else { return .object([:]) }
    return try XMLTree.decodeDocument(response.body)
  }
}
