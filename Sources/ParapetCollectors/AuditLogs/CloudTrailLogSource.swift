import Foundation
import ParapetAWS
import ParapetCore

/// Fetches CloudTrail events from AWS for detection: log files from the trail's S3 bucket,
/// or the LookupEvents API's last 90 days of management events. Each batch is handed over
/// as bytes in CloudTrail's own `{"Records": [...]}` shape with a label naming its origin,
/// so the detection engine reads API-fetched events exactly like files on disk.
public enum CloudTrailLogSource {
  /// Splits `s3://bucket/prefix` into bucket and prefix; nil when `location` is not one.
  public static func parseS3Location(_ location: String) -> (bucket: String, prefix: String)? {
    guard location.hasPrefix("s3://") else { return nil }
    let rest = location.dropFirst("s3://".count)
    let parts = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    guard let bucket = parts.first, !bucket.isEmpty else { return nil }
    return (String(bucket), parts.count > 1 ? String(parts[1]) : "")
  }

  /// Every CloudTrail log object under `prefix`, oldest first by the time stamp in
  /// CloudTrail's file names (`..._20261203T1205Z_...`), digest files left out.
  public static func logObjectKeys(
    _ client: any AWSCalling, bucket: String, prefix: String, region: String
  ) async throws -> [String] {
    var keys: [String] = []
    var query = ["list-type": "2", "prefix": prefix]
    for _ in 0..<100_000 {
      let page = Shapes.document(
        try await client.restXML(
          .s3, region: region, operation: "ListObjectsV2", path: "/\(bucket)", query: query,
          forceArrays: ["ListBucketResult.Contents"]))
      keys += Shapes.list(page["Contents"]).compactMap { $0["Key"]?.stringValue }
      guard page["IsTruncated"]?.boolValue == true,
        let token = page["NextContinuationToken"]?.stringValue, !token.isEmpty
      else { break }
      query["continuation-token"] = token
    }
    return keys.filter(isLogFile).sorted { (timeStamp($0), $0) < (timeStamp($1), $1) }
  }

  /// The bytes of one log object.
  public static func object(
    _ client: any AWSCalling, bucket: String, key: String, region: String
  ) async throws -> [UInt8] {
    let response = try await client.rest(
      .s3, region: region, operation: "GetObject", method: "GET", path: "/\(bucket)/\(key)",
      query: [:], headers: [:], body: nil)
    return [UInt8](response.body)
  }

  /// LookupEvents pages between `start` and `end`, each rendered as a `Records` document;
  /// with `onlyWrites`, only events that are not read-only (CloudTrail filters them).
  /// `pageHandler` receives each page as it arrives, so memory stays one page deep.
  public static func lookupEvents(
    _ client: any AWSCalling, region: String, start: Date?, end: Date?,
    onlyWrites: Bool = false, pageHandler: ([UInt8], Int) -> Void
  ) async throws {
    var body: JSONValue = [:]
    if onlyWrites {
      body = body.setting(
        "LookupAttributes", to: [["AttributeKey": "ReadOnly", "AttributeValue": "false"]])
    }
    if let start { body = body.setting("StartTime", to: .number(start.timeIntervalSince1970)) }
    if let end { body = body.setting("EndTime", to: .number(end.timeIntervalSince1970)) }
    for page in 1...100_000 {
      let answer = try await client.json(
        .cloudtrail, region: region, action: "LookupEvents", body: body)
      pageHandler(Array(recordsDocument(fromLookupPage: answer).utf8), page)
      guard let token = answer["NextToken"]?.stringValue, !token.isEmpty else { break }
      body = body.setting("NextToken", to: .string(token))
    }
  }

  /// A LookupEvents page as CloudTrail's file shape: each event's `CloudTrailEvent` (the
  /// full record, as a JSON string) becomes one element of `Records`.
  public static func recordsDocument(fromLookupPage page: JSONValue) -> String {
    let records = (page["Events"]?.arrayValue ?? []).compactMap {
      $0["CloudTrailEvent"]?.stringValue
    }
    return "{\"Records\":[" + records.joined(separator: ",") + "]}"
  }

  static func isLogFile(_ key: String) -> Bool {
    guard !key.contains("/CloudTrail-Digest/"), !key.hasSuffix("/") else { return false }
    return key.hasSuffix(".json.gz") || key.hasSuffix(".json")
  }

  /// The `yyyyMMddTHHmmZ` stamp CloudTrail puts in its file names, or "" when absent.
  static func timeStamp(_ key: String) -> String {
    let name = key.split(separator: "/").last.map(String.init) ?? key
    for part in name.split(separator: "_") where part.count == 14 && part.last == "Z" {
      return String(part)
    }
    return ""
  }
}
