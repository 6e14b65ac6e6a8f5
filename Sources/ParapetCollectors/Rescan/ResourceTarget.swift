/// Something a change event touched, named the way its collector can read it again: a
/// bucket by name, a security group by id, a fact of the account or a region by its
/// property key, or a whole service in a region when the event names nothing narrower.
public struct ResourceTarget: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The collector's service name (`s3`, `ec2`, `iam`).
  public var service: String
  /// Region the event happened in (for S3 the bucket's region), or `global` (IAM).
  public var region: String
  /// Resource type (`aws.s3.bucket`); `aws.account` or `aws.region` for a fact; `*` for the
  /// whole service.
  public var type: String
  /// The service's own identifier (bucket name, `sg-...`, key id, trail name, DB
  /// identifier, function name), a fact's property key, or empty for the whole service.
  public var id: String

  /// A target of one resource or fact.
  public init(service: String, region: String, type: String, id: String) {
    self.service = service
    self.region = region
    self.type = type
    self.id = id
  }

  /// Every resource of `service` in `region`: what an event that names no resource touches.
  public static func wholeService(_ service: String, region: String) -> ResourceTarget {
    ResourceTarget(service: service, region: region, type: wholeServiceType, id: "")
  }

  /// The `type` of a whole-service target.
  public static let wholeServiceType = "*"

  /// Whether this target is a whole service rather than one resource or fact.
  public var isWholeService: Bool { type == Self.wholeServiceType }

  /// Whether this target is a fact of the account or of a region.
  public var isFact: Bool { type == "aws.account" || type == "aws.region" }

  /// `service region type id`, or `service region (whole service)`.
  public var description: String {
    isWholeService
      ? "\(service) \(region) (whole service)" : "\(service) \(region) \(type) \(id)"
  }

  /// Ordered by service, region, type, then id, so listings read the same every run.
  public static func < (lhs: ResourceTarget, rhs: ResourceTarget) -> Bool {
    (lhs.service, lhs.region, lhs.type, lhs.id) < (rhs.service, rhs.region, rhs.type, rhs.id)
  }
}
