/// Ready-to-use fixes for one failing finding, with its resource filled in: AWS CLI
/// commands, a Terraform snippet, a CloudFormation snippet and console steps, each where the
/// check gives one. The check's remediation text stays in `Finding.remediation`.
public struct RemediationSnippets: Sendable, Hashable {
  /// AWS CLI commands.
  public var cli: String?
  /// Terraform snippet.
  public var terraform: String?
  /// CloudFormation snippet.
  public var cloudformation: String?
  /// Console steps.
  public var console: String?

  /// Snippets; all absent by default.
  public init(
    cli: String? = nil, terraform: String? = nil, cloudformation: String? = nil,
    console: String? = nil
  ) {
    self.cli = cli
    self.terraform = terraform
    self.cloudformation = cloudformation
    self.console = console
  }

  /// True when the check gives no snippet at all.
  public var isEmpty: Bool {
    cli == nil && terraform == nil && cloudformation == nil && console == nil
  }

  /// An object with the snippets present, under `cli`, `terraform`, `cloudformation` and
  /// `console`, as findings.json and the history store keep them.
  public var json: JSONValue {
    var members: [String: JSONValue] = [:]
    for (key, value) in [
      ("cli", cli), ("terraform", terraform), ("cloudformation", cloudformation),
      ("console", console),
    ] {
      if let value { members[key] = .string(value) }
    }
    return .object(members)
  }

  /// Reads what `json` wrote; anything else (absent, null, other members) is ignored.
  public init(json: JSONValue?) {
    self.init(
      cli: json?["cli"]?.stringValue, terraform: json?["terraform"]?.stringValue,
      cloudformation: json?["cloudformation"]?.stringValue,
      console: json?["console"]?.stringValue)
  }
}
