/// The verdict of one check on one resource (or on the account, for account-level checks).
public struct Finding: Sendable, Hashable {
  /// The outcome of evaluating a check.
  public enum Status: String, Sendable, Hashable, CaseIterable, Codable {
    /// The resource breaks the check.
    case fail
    /// The resource meets the check.
    case pass
    /// The resource breaks the check, but a mutelist entry accepts it.
    case muted
    /// The data the check needs could not be collected; neither pass nor fail.
    case notEvaluated = "not_evaluated"
  }

  /// Id of the check, such as `aws.s3.bucket_public_access_block`.
  public var checkId: String
  /// Title of the check.
  public var checkTitle: String
  /// The resource judged.
  public var resourceId: String
  /// Type of the resource judged.
  public var resourceType: String
  /// Name of the resource judged.
  public var resourceName: String
  /// Account of the resource.
  public var account: String
  /// Region of the resource.
  public var region: String
  /// The verdict.
  public var status: Status
  /// Severity of the check.
  public var severity: Severity
  /// One sentence saying why the status is what it is.
  public var message: String
  /// The values that decided it: property path and the value found there.
  public var evidence: [Evidence]
  /// How to fix a failure.
  public var remediation: String
  /// The check's CLI, Terraform, CloudFormation and console fixes with this resource filled
  /// in; empty for findings that do not fail.
  public var remediationSnippets: RemediationSnippets
  /// Compliance requirements the check supports, as `framework:requirement`.
  public var compliance: [String]

  /// A finding.
  public init(
    checkId: String, checkTitle: String, resourceId: String, resourceType: String,
    resourceName: String, account: String, region: String, status: Status,
    severity: Severity, message: String, evidence: [Evidence] = [], remediation: String = "",
    remediationSnippets: RemediationSnippets = RemediationSnippets(), compliance: [String] = []
  ) {
    self.checkId = checkId
    self.checkTitle = checkTitle
    self.resourceId = resourceId
    self.resourceType = resourceType
    self.resourceName = resourceName
    self.account = account
    self.region = region
    self.status = status
    self.severity = severity
    self.message = message
    self.evidence = evidence
    self.remediation = remediation
    self.remediationSnippets = remediationSnippets
    self.compliance = compliance
  }

  /// Identifies this finding across scans: the same check on the same resource.
  public var fingerprint: String { Self.fingerprint(checkId: checkId, resourceId: resourceId) }

  /// The fingerprint of `checkId` on `resourceId`, for callers that hold no finding (an
  /// audit entry being undone).
  public static func fingerprint(checkId: String, resourceId: String) -> String {
    StableHash.hex(of: checkId + "\u{0}" + resourceId)
  }
}

/// One deciding value of a finding.
public struct Evidence: Sendable, Hashable {
  /// Where the value was read, as a property path (`PublicAccessBlock.BlockPublicAcls`).
  public var path: String
  /// The value found, or nil when the path was absent.
  public var value: JSONValue?

  /// Evidence that `path` held `value`.
  public init(path: String, value: JSONValue?) {
    self.path = path
    self.value = value
  }
}
