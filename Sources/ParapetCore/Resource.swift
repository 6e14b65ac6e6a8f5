/// One cloud object seen by a scan: a bucket, a role, a security group.
///
/// `properties` keeps the provider API's own shape (keys as the API spells them) and adds
/// the results of enrichment calls under their own keys, so a bucket carries `Policy`,
/// `Acl`, `PublicAccessBlock` and so on beside what ListBuckets returned.
public struct Resource: Sendable, Hashable {
  /// Stable identifier: the ARN where the provider has one.
  public var id: String
  /// Type in one namespace across providers, such as `aws.s3.bucket`.
  public var type: String
  /// Provider name: `aws`.
  public var provider: String
  /// Account (or subscription, project) that owns the resource.
  public var account: String
  /// Region, or `global` for global services such as IAM.
  public var region: String
  /// Human-readable name.
  public var name: String
  /// Tags as key and value.
  public var tags: [String: String]
  /// The API's own description of the resource, enriched under named keys.
  public var properties: JSONValue

  /// A resource; `properties` defaults to an empty object.
  public init(
    id: String, type: String, provider: String = "aws", account: String, region: String,
    name: String, tags: [String: String] = [:], properties: JSONValue = .object([:])
  ) {
    self.id = id
    self.type = type
    self.provider = provider
    self.account = account
    self.region = region
    self.name = name
    self.tags = tags
    self.properties = properties
  }

  /// The service part of the type: `s3` for `aws.s3.bucket`.
  public var service: String {
    let parts = type.split(separator: ".")
    return parts.count > 1 ? String(parts[1]) : type
  }
}
