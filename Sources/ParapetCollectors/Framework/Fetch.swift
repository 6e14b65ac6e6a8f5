import ParapetAWS
import ParapetCore

/// The outcome of one API call as a collector needs it: the one place where AWS errors
/// become "absent", "failed" or a value.
public enum Fetch<Value: Sendable>: Sendable {
  /// The call succeeded.
  case found(Value)
  /// The service said the thing does not exist (NoSuchBucketPolicy, NoSuchEntity).
  case absent
  /// The call failed; the failure is recorded and the data is unknown.
  case failed(CollectionFailure)

  /// The value when found.
  public var value: Value? {
    if case .found(let value) = self { return value }
    return nil
  }
}

/// Describes a call for failure records: what it was, what it needed, what it would fill.
public struct CallSite: Sendable {
  /// Endpoint prefix of the service, such as `s3`.
  public var service: String
  /// Region of the call, or `global`.
  public var region: String
  /// API operation.
  public var operation: String
  /// IAM permission the call needs.
  public var permission: String
  /// Resource types whose data the call provides.
  public var resourceTypes: [String]
  /// The resource the call is about, if any.
  public var resourceId: String?
  /// Top-level property the call fills, nil for list calls.
  public var property: String?
  /// Error codes that, for this call only, mean "does not exist" (Security Hub answers
  /// InvalidAccessException when it is simply not enabled).
  public var absentCodes: Set<String>

  /// A call description; the permission defaults to `service:Operation`.
  public init(
    service: String, region: String, operation: String, permission: String? = nil,
    resourceTypes: [String], resourceId: String? = nil, property: String? = nil,
    absentCodes: Set<String> = []
  ) {
    self.service = service
    self.region = region
    self.operation = operation
    self.permission = permission ?? "\(service):\(operation)"
    self.resourceTypes = resourceTypes
    self.resourceId = resourceId
    self.property = property
    self.absentCodes = absentCodes
  }
}

/// Runs `body` and classifies its failure.
public func fetch<Value: Sendable>(
  _ site: CallSite, _ body: () async throws -> Value
) async -> Fetch<Value> {
  do {
    return .found(try await body())
  } catch let error as AWSError {
    if site.absentCodes.contains(error.code) { return .absent }
    let kind: CollectionFailure.Kind
    switch error.category {
    case .notFound: return .absent
    case .accessDenied: kind = .accessDenied
    case .unsupported: kind = .unsupported
    case .throttling: kind = .throttled
    case .transient, .other: kind = .error
    }
    return .failed(failure(site, kind: kind, message: error.description))
  } catch {
    return .failed(failure(site, kind: .error, message: "\(error)"))
  }
}

private func failure(
  _ site: CallSite, kind: CollectionFailure.Kind, message: String
) -> CollectionFailure {
  CollectionFailure(
    service: site.service, region: site.region, operation: site.operation,
    resourceTypes: site.resourceTypes, resourceId: site.resourceId, property: site.property,
    kind: kind, permission: site.permission, message: message)
}
