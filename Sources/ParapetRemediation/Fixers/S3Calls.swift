import Foundation
import ParapetAWS
import ParapetCore

/// Builds the S3 REST calls the bucket and account fixers make.
enum S3Calls {
  static let namespace = "http://s3.amazonaws.com/doc/2006-03-01/"

  /// The region a bucket lives in: its collected `Region`, else the resource's.
  static func region(of bucket: Resource) -> String {
    bucket.properties["Region"]?.stringValue ?? bucket.region
  }

  /// `PUT /BUCKET?SUBRESOURCE` with `body`. S3 requires an integrity header on these
  /// operations; a SHA-256 checksum serves where Content-MD5 once did.
  static func put(
    _ bucket: Resource, _ subresource: String, operation: String, permission: String,
    body: String, contentType: String = "application/xml"
  ) -> FixCall {
    FixCall(
      service: .s3, region: region(of: bucket), operation: operation, permission: permission,
      request: .rest(
        method: "PUT", path: "/" + bucket.name, query: [subresource: ""],
        headers: [
          "Content-Type": contentType,
          "x-amz-checksum-sha256": Digest.sha256(Data(body.utf8)).base64EncodedString(),
        ], body: body))
  }

  /// `DELETE /BUCKET?SUBRESOURCE`, used only by undo to return to "no configuration".
  static func delete(
    _ bucket: Resource, _ subresource: String, operation: String, permission: String
  ) -> FixCall {
    FixCall(
      service: .s3, region: region(of: bucket), operation: operation, permission: permission,
      request: .rest(
        method: "DELETE", path: "/" + bucket.name, query: [subresource: ""], headers: [:],
        body: nil))
  }

  /// The four Block Public Access settings as an XML document.
  static func publicAccessBlockXML(_ settings: [String: Bool]) -> String {
    let fields = PublicAccessBlock.keys.map { key in
      "<\(key)>\(settings[key] ?? false)</\(key)>"
    }.joined()
    return "<PublicAccessBlockConfiguration xmlns=\"\(namespace)\">\(fields)"
      + "</PublicAccessBlockConfiguration>"
  }
}

/// The four Block Public Access settings, read from a collected configuration.
enum PublicAccessBlock {
  static let keys = [
    "BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets",
  ]

  /// Each setting's value; absent or unreadable ones are false.
  static func settings(_ node: JSONValue?) -> [String: Bool] {
    Dictionary(uniqueKeysWithValues: keys.map { ($0, node?[$0]?.boolValue ?? false) })
  }

  /// True when all four are on.
  static func allOn(_ node: JSONValue?) -> Bool { settings(node).values.allSatisfy { $0 } }

  /// The settings as JSON booleans, or null when there was no configuration.
  static func json(_ node: JSONValue?) -> JSONValue {
    guard let node, !node.isNull else { return .null }
    return .object(settings(node).mapValues { .bool($0) })
  }

  /// All four on.
  static let allOnJSON: JSONValue = .object(
    Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.bool(true)) }))
}
