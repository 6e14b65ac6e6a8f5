/// A piece of the inventory that could not be read, kept so that the checks depending on
/// it report "not evaluated" instead of passing on missing data.
public struct CollectionFailure: Sendable, Hashable {
  /// Why a call failed, as far as the failure decides what the scan does next.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// The caller lacks a permission; `permission` names it.
    case accessDenied = "access_denied"
    /// The service is not available in the region or to the account.
    case unsupported
    /// Retries ran out on throttling.
    case throttled
    /// Anything else: a network error, a 5xx, an unreadable response.
    case error
  }

  /// Service that was called, such as `s3`.
  public var service: String
  /// Region of the call, or `global`.
  public var region: String
  /// API operation, such as `GetBucketPolicy`.
  public var operation: String
  /// Resource types whose data is missing or incomplete because of this failure.
  public var resourceTypes: [String]
  /// The resource the call was about, when it was about one.
  public var resourceId: String?
  /// Top-level property the call would have filled (`Policy` on a bucket); nil when the
  /// failed call was the list call, so the resources themselves are missing.
  public var property: String?
  /// Classification of the failure.
  public var kind: Kind
  /// IAM permission that would have allowed the call (`s3:GetBucketPolicy`).
  public var permission: String
  /// The error as the service or the network stated it, secrets removed.
  public var message: String

  /// A failure record.
  public init(
    service: String, region: String, operation: String, resourceTypes: [String],
    resourceId: String? = nil, property: String? = nil, kind: Kind, permission: String,
    message: String
  ) {
    self.service = service
    self.region = region
    self.operation = operation
    self.resourceTypes = resourceTypes
    self.resourceId = resourceId
    self.property = property
    self.kind = kind
    self.permission = permission
    self.message = message
  }
}
