/// A request to decide: who does what to which resource, from where.
public struct AccessRequest: Sendable, Hashable {
  /// The caller.
  public var principal: RequestPrincipal
  /// The action, `service:Name`; compared case-insensitively.
  public var action: String
  /// The resource ARN (or `*` for actions without a resource).
  public var resource: String
  /// The account that owns the resource; nil when unknown, which is read as the caller's
  /// own account.
  public var resourceAccount: String?
  /// The request's condition keys, with `aws:PrincipalArn`, `aws:PrincipalAccount`,
  /// `aws:username` (for IAM users) and `aws:ResourceAccount` filled in when not given.
  public var context: RequestContext

  /// A request; `context` keys are case-insensitive and may carry several values.
  public init(
    principal: RequestPrincipal, action: String, resource: String,
    resourceAccount: String? = nil, context: [String: [String]] = [:]
  ) {
    self.principal = principal
    self.action = action
    self.resource = resource
    self.resourceAccount = resourceAccount
    var keys = RequestContext(context)
    if case .iam(let arn) = principal {
      if keys["aws:PrincipalArn"] == nil { keys["aws:PrincipalArn"] = [arn] }
      if keys["aws:PrincipalAccount"] == nil, let account = principal.account {
        keys["aws:PrincipalAccount"] = [account]
      }
      if keys["aws:username"] == nil, principal.isIAMUser,
        let name = arn.split(separator: "/").last
      {
        keys["aws:username"] = [String(name)]
      }
    }
    if keys["aws:ResourceAccount"] == nil, let account = resourceAccount ?? principal.account {
      keys["aws:ResourceAccount"] = [account]
    }
    self.context = keys
  }

  /// True when the caller and the resource belong to different accounts. Service and
  /// anonymous callers are outside every account.
  public var isCrossAccount: Bool {
    guard let callerAccount = principal.account else { return true }
    return (resourceAccount ?? callerAccount) != callerAccount
  }
}
