import ParapetCore
import ParapetPolicy

/// Answers "can this principal do this action on this resource" from a scan's inventory:
/// gathers the principal's identity policies (inline, attached, groups) and permissions
/// boundary, finds the resource's own policy, and asks `PolicyEvaluator`. SCPs, RCPs and
/// session policies are not collected by scans, so they are not applied.
public struct InventoryAccess: Sendable {
  /// One decision with the policies that could not be read for it.
  public struct Answer: Sendable {
    /// The principal's ARN.
    public var principal: String
    /// The evaluator's decision.
    public var decision: Decision
    /// The resource policy used, as `TYPE NAME PATH`; nil when the resource is not in the
    /// inventory or has no policy.
    public var resourcePolicy: String?
    /// Policies attached to the principal that could not be read: the answer may be
    /// incomplete.
    public var unreadable: [String]
  }

  /// The inventory queried.
  public var inventory: Inventory
  private let memo = FunctionMemo()

  /// Where each resource type keeps its resource policy.
  static let policyPaths: [String: [String]] = [
    "aws.s3.bucket": ["Policy"], "aws.kms.key": ["Policy"], "aws.lambda.function": ["Policy"],
    "aws.efs.file_system": ["Policy"], "aws.sns.topic": ["Attributes.Policy"],
    "aws.sqs.queue": ["Attributes.Policy"], "aws.ecr.repository": ["Policy"],
    "aws.secretsmanager.secret": ["ResourcePolicy"], "aws.glacier.vault": ["Policy"],
    "aws.opensearch.domain": ["AccessPolicies"],
    "aws.iam.role": ["AssumeRolePolicyDocument"],
  ]

  /// A query over `inventory`.
  public init(inventory: Inventory) {
    self.inventory = inventory
  }

  /// The IAM user or role whose ARN is `name`, or whose user or role name it is.
  public func principal(named name: String) -> Resource? {
    let principals =
      inventory.resources(ofType: "aws.iam.user")
      + inventory.resources(ofType: "aws.iam.role")
    return principals.first { $0.id == name } ?? principals.first { $0.name == name }
  }

  /// Decides `action` on `resource` for `principalArn` (in the inventory or not; one that
  /// is not has no identity policies, as for a caller from another account).
  public func decide(
    principalArn: String, action: String, resource: String,
    context: [String: [String]] = [:]
  ) -> Answer {
    var policies = PolicySet()
    var unreadable: [String] = []
    if let principal = inventory.resource(id: principalArn) {
      let gathered = PrincipalPolicies.of(principal, in: inventory, memo: memo)
      policies.identityPolicies = gathered.policies
      policies.permissionsBoundary = gathered.boundary
      unreadable = gathered.missing
    } else if let foreign = Self.account(of: principalArn), foreign != inventory.account {
      // Another account's identity policies are not in this scan: assume they allow, so
      // the answer says what this account's resource policy decides, and says so.
      policies.identityPolicies = [Self.assumedIdentity(foreign)]
    }

    let target = targetResource(resource)
    var policyName: String?
    if let target, let (path, document) = resourcePolicy(of: target) {
      let name = "\(target.type) \(target.name) \(path)"
      policies.resourcePolicy = NamedPolicy(name: name, document: document)
      policyName = name
    }

    let request = AccessRequest(
      principal: .iam(arn: principalArn), action: action, resource: resource,
      resourceAccount: target?.account ?? Self.account(of: resource), context: context)
    let decision = PolicyEvaluator.evaluate(request, against: policies)
    return Answer(
      principal: principalArn, decision: decision, resourcePolicy: policyName,
      unreadable: unreadable)
  }

  /// Every IAM user and role of the inventory, decided; sorted by ARN.
  public func whoCan(
    action: String, resource: String, context: [String: [String]] = [:]
  ) -> [Answer] {
    let principals =
      inventory.resources(ofType: "aws.iam.user")
      + inventory.resources(ofType: "aws.iam.role")
    return principals.map {
      decide(principalArn: $0.id, action: action, resource: resource, context: context)
    }.sorted { $0.principal < $1.principal }
  }

  /// Who the resource's own policy admits from outside, when it has one.
  public func exposure(of resource: String) -> Exposure? {
    guard let target = targetResource(resource), let (_, document) = resourcePolicy(of: target)
    else { return nil }
    return ResourcePolicyExposure.analyze(document: document, resourceAccount: target.account)
  }

  /// The inventory resource an ARN names; an S3 object ARN names its bucket.
  func targetResource(_ arn: String) -> Resource? {
    if let found = inventory.resource(id: arn) { return found }
    guard arn.hasPrefix("arn:aws:s3:::"), let slash = arn.firstIndex(of: "/") else { return nil }
    return inventory.resource(id: String(arn[..<slash]))
  }

  private func resourcePolicy(of resource: Resource) -> (String, PolicyDocument)? {
    for path in Self.policyPaths[resource.type] ?? [] {
      guard case .value(let value) = PropertyRead.read(path, of: resource, in: inventory),
        let document = try? PolicyDocument.parse(value)
      else { continue }
      return (path, document)
    }
    return nil
  }

  static func assumedIdentity(_ account: String) -> NamedPolicy {
    let allowAll = PolicyStatement(index: 0, effect: .allow, actions: PatternList(["*"]))
    return NamedPolicy(
      name: "assumed: identity policies of account \(account), not in this scan",
      document: PolicyDocument(statements: [allowAll]))
  }

  static func account(of arn: String) -> String? {
    let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6, parts[4].count == 12 else { return nil }
    return String(parts[4])
  }
}
