import ParapetCore

/// What the HTML report shows about a check beyond what its findings carry: the
/// explanation, the risk, remediation snippets and references.
///
/// ParapetReport does not depend on the rules layer, so the caller maps its own check
/// metadata onto this plain value. Every text is optional (empty means "not known"); the
/// report shows only what is given, once per check however many findings it has.
public struct HTMLCheckInfo: Sendable, Hashable {
  /// Id of the check, the key findings refer to (`aws.s3.bucket_public_access_block`).
  public var id: String
  /// Title of the check.
  public var title: String
  /// Severity of a failure of this check.
  public var severity: Severity
  /// What the check verifies.
  public var description: String
  /// Why a failure matters.
  public var risk: String
  /// How to fix a failure, in words.
  public var remediationText: String
  /// AWS CLI commands that fix a failure.
  public var remediationCLI: String
  /// Terraform that configures the resource correctly.
  public var remediationTerraform: String
  /// CloudFormation that configures the resource correctly.
  public var remediationCloudFormation: String
  /// Documentation links (only `https://` links become clickable).
  public var references: [String]
  /// Compliance requirements the check supports, as `framework:requirement`.
  public var compliance: [String]

  /// Check information; everything but the id, title and severity defaults to empty.
  public init(
    id: String, title: String, severity: Severity, description: String = "",
    risk: String = "", remediationText: String = "", remediationCLI: String = "",
    remediationTerraform: String = "", remediationCloudFormation: String = "",
    references: [String] = [], compliance: [String] = []
  ) {
    self.id = id
    self.title = title
    self.severity = severity
    self.description = description
    self.risk = risk
    self.remediationText = remediationText
    self.remediationCLI = remediationCLI
    self.remediationTerraform = remediationTerraform
    self.remediationCloudFormation = remediationCloudFormation
    self.references = references
    self.compliance = compliance
  }
}
