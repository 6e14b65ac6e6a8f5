/// An error answer from an AWS service, or a transport failure on the way to one.
public struct AWSError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Error code as the service spells it (`AccessDenied`, `NoSuchBucketPolicy`), or a
  /// Parapet code for transport failures (`NetworkError`, `Timeout`, `InvalidResponse`).
  public var code: String
  /// The service's message, with anything secret removed.
  public var message: String
  /// HTTP status, 0 when no response came back.
  public var statusCode: Int
  /// Endpoint prefix of the service called.
  public var service: String
  /// Operation called, such as `GetBucketPolicy`.
  public var operation: String
  /// Request id from the response, for AWS support.
  public var requestId: String?

  /// An error record.
  public init(
    code: String, message: String, statusCode: Int, service: String, operation: String,
    requestId: String? = nil
  ) {
    self.code = code
    self.message = message
    self.statusCode = statusCode
    self.service = service
    self.operation = operation
    self.requestId = requestId
  }

  /// One line: operation, code, status and message. A code that only restates the status
  /// (`HTTP500`) is not repeated, and an answer without a message says so.
  public var description: String {
    let status = statusCode > 0 ? "HTTP \(statusCode)" : ""
    let failure: String
    if code == "HTTP\(statusCode)" {
      failure = status
    } else {
      failure = status.isEmpty ? code : "\(code) (\(status))"
    }
    let detail = message.isEmpty ? "the answer carried no error message" : message
    return "\(service):\(operation) failed with \(failure): \(detail)"
  }

  /// What the failure means for the scan; the one place where codes are interpreted.
  public var category: AWSErrorCategory { AWSErrorCategory(classifying: self) }
}

/// What an AWS failure means for the caller, so that no collector interprets codes itself.
public enum AWSErrorCategory: Sendable, Hashable {
  /// The thing asked about does not exist: treat as absent (no bucket policy, no trail).
  case notFound
  /// The caller is not allowed: the dependent checks are not evaluated.
  case accessDenied
  /// Too many requests: retry with backoff.
  case throttling
  /// A server-side or network failure that may pass: retry with backoff.
  case transient
  /// The operation or service is not offered here (not subscribed, not in this region).
  case unsupported
  /// Anything else: report it and go on.
  case other

  /// Classifies by error code first, then by HTTP status.
  public init(classifying error: AWSError) {
    let code = error.code
    if Self.throttlingCodes.contains(code) || error.statusCode == 429 {
      self = .throttling
    } else if Self.accessDeniedCodes.contains(code) {
      self = .accessDenied
    } else if code.hasPrefix("NoSuch") || code.hasSuffix("NotFound")
      || code.hasSuffix("NotFoundException") || Self.notFoundCodes.contains(code)
    {
      self = .notFound
    } else if Self.unsupportedCodes.contains(code) {
      self = .unsupported
    } else if Self.transientCodes.contains(code) || error.statusCode >= 500 {
      self = .transient
    } else if error.statusCode == 403 {
      self = .accessDenied
    } else {
      self = .other
    }
  }

  static let throttlingCodes: Set<String> = [
    "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
    "TooManyRequestsException", "ProvisionedThroughputExceededException",
    "TransactionInProgressException", "RequestLimitExceeded", "BandwidthLimitExceeded",
    "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
    "EC2ThrottledException",
  ]
  static let accessDeniedCodes: Set<String> = [
    "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "AuthorizationError",
    "UnauthorizedAccess", "Forbidden", "ForbiddenException", "AllAccessDisabled",
    "AuthFailure", "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken",
    "ExpiredTokenException", "UnrecognizedClientException", "InvalidAccessKeyId",
  ]
  static let notFoundCodes: Set<String> = [
    "ServerSideEncryptionConfigurationNotFoundError", "OwnershipControlsNotFoundError",
    "ReplicationConfigurationNotFoundError", "NoSuchEntity", "ResourceNotFoundException",
    "TrailNotFoundException", "NoSuchBucket", "NoSuchPublicAccessBlockConfiguration",
  ]
  static let unsupportedCodes: Set<String> = [
    "OptInRequired", "SubscriptionRequiredException", "UnsupportedOperation",
    "InvalidAction", "UnknownOperationException", "NotImplemented",
    "InvalidAccessException", "BadRequestException.NotSubscribed", "UnrecognizedOperation",
  ]
  static let transientCodes: Set<String> = [
    "InternalError", "InternalFailure", "ServiceUnavailable", "ServiceUnavailableException",
    "RequestTimeout", "RequestTimeoutException", "NetworkError", "Timeout",
    "InternalServerErrorException", "InternalServerError",
  ]
}
