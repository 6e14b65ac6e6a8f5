import ParapetCore

/// One check as a rule file describes it: metadata, the resource type it judges, the
/// condition a resource must meet to pass, and how to explain and fix a failure.
public struct Rule: Sendable {
  /// Unique id, such as `aws.s3.bucket_versioning_enabled`.
  public var id: String
  /// Short title.
  public var title: String
  /// What the rule checks and what it exempts.
  public var description: String
  /// Why a failure matters.
  public var risk: String
  /// Severity of a failure.
  public var severity: Severity
  /// Resource type judged, such as `aws.s3.bucket`.
  public var resourceType: String
  /// Free-form categories (`encryption`, `logging`, `internet-exposed`).
  public var categories: [String]
  /// The PASS condition.
  public var condition: Condition
  /// Filters which resources are judged at all; excluded resources get no finding.
  public var appliesWhen: Condition?
  /// Message templates.
  public var messages: Messages
  /// How to fix a failure.
  public var remediation: Remediation
  /// Documentation URLs.
  public var references: [String]
  /// Framework id to requirement ids, such as `cis-aws-3.0: ["2.1.1"]`.
  public var compliance: [String: [String]]
  /// The file the rule came from, as named in diagnostics.
  public var file: String

  /// Message templates for both outcomes. Placeholders: `{name}`, `{id}`, `{region}`,
  /// `{account}`, `{evidence}` (the deciding paths and values) and `{Any.Property.Path}`.
  public struct Messages: Sendable, Hashable {
    /// Used when the resource passes.
    public var pass: String
    /// Used when the resource fails.
    public var fail: String

    /// Templates for both outcomes.
    public init(pass: String, fail: String) {
      self.pass = pass
      self.fail = fail
    }
  }

  /// Ways to fix a failure; `text` is always present, the rest when known.
  public struct Remediation: Sendable, Hashable {
    /// What to change, in prose.
    public var text: String
    /// AWS CLI commands.
    public var cli: String?
    /// Terraform snippet.
    public var terraform: String?
    /// CloudFormation snippet.
    public var cloudformation: String?
    /// Console steps.
    public var console: String?

    /// A remediation.
    public init(
      text: String, cli: String? = nil, terraform: String? = nil,
      cloudformation: String? = nil, console: String? = nil
    ) {
      self.text = text
      self.cli = cli
      self.terraform = terraform
      self.cloudformation = cloudformation
      self.console = console
    }
  }

  /// The service a check belongs to, the second part of its id: `s3` for
  /// `aws.s3.account_public_access_block`, even though that check judges the account.
  public var service: String {
    let parts = id.split(separator: ".")
    return parts.count > 1 ? String(parts[1]) : id
  }

  /// Every resource type the rule reads: its own and those its conditions relate to. A
  /// scan that does not collect all of them cannot run the rule.
  public var requiredTypes: Set<String> {
    var types = condition.relatedTypes
    types.formUnion(appliesWhen?.relatedTypes ?? [])
    types.insert(resourceType)
    return types
  }

  /// Every resource type whose change can change the rule's verdicts: `requiredTypes` and
  /// the types its analysis functions read (a bucket's exposure depends on the account's
  /// public access block). A rescan judges the rule again when one of them changed.
  public var dependencyTypes: Set<String> {
    var types = requiredTypes
    types.formUnion(condition.functionTypes)
    types.formUnion(appliesWhen?.functionTypes ?? [])
    return types
  }

  /// Compliance references as `framework:requirement`, sorted.
  public var complianceTags: [String] {
    compliance.keys.sorted().flatMap { framework in
      (compliance[framework] ?? []).map { "\(framework):\($0)" }
    }
  }
}
