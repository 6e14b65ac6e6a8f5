import ParapetCore

/// What the reports need to know about a check beyond its findings: its explanation,
/// fixes and references. The CLI fills these from the rule files; the report layer takes
/// them as plain values because it sits below the rules layer and must not import it.
public struct CheckInfo: Sendable, Hashable {
  /// Ways to fix a failure; `text` is always present, the rest when the rule has them.
  public struct Remediation: Sendable, Hashable {
    /// What to change, in prose.
    public var text: String
    /// AWS CLI commands.
    public var cli: String?
    /// Terraform snippet.
    public var terraform: String?
    /// CloudFormation snippet.
    public var cloudformation: String?

    /// A remediation.
    public init(
      text: String, cli: String? = nil, terraform: String? = nil, cloudformation: String? = nil
    ) {
      self.text = text
      self.cli = cli
      self.terraform = terraform
      self.cloudformation = cloudformation
    }
  }

  /// Check id, such as `aws.s3.bucket_versioning_enabled`.
  public var id: String
  /// Short title.
  public var title: String
  /// Severity of a failure.
  public var severity: Severity
  /// What the check looks at and what it exempts.
  public var description: String
  /// Why a failure matters.
  public var risk: String
  /// How to fix a failure.
  public var remediation: Remediation
  /// Documentation URLs.
  public var references: [String]
  /// Framework id to requirement ids, such as `cis-aws-3.0: ["2.1.1"]`.
  public var compliance: [String: [String]]
  /// Free-form categories (`encryption`, `logging`); OCSF uses them as finding types.
  public var categories: [String]

  /// A check description.
  public init(
    id: String, title: String, severity: Severity, description: String = "",
    risk: String = "", remediation: Remediation = Remediation(text: ""),
    references: [String] = [], compliance: [String: [String]] = [:], categories: [String] = []
  ) {
    self.id = id
    self.title = title
    self.severity = severity
    self.description = description
    self.risk = risk
    self.remediation = remediation
    self.references = references
    self.compliance = compliance
    self.categories = categories
  }

  /// What a renderer knows about a check that has findings but no `CheckInfo` (a check
  /// from a findings file whose rule is gone): the title and severity its findings carry.
  public static func fallback(for finding: Finding) -> CheckInfo {
    CheckInfo(
      id: finding.checkId, title: finding.checkTitle, severity: finding.severity,
      remediation: Remediation(text: finding.remediation))
  }
}

extension Dictionary where Key == String, Value == CheckInfo {
  /// The description of `finding`'s check, or a fallback built from the finding.
  func info(for finding: Finding) -> CheckInfo {
    self[finding.checkId] ?? CheckInfo.fallback(for: finding)
  }
}
