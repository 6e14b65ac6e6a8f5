/// A policy with the name used in explanations (`AdministratorAccess`, `inline:deploy`,
/// `bucket policy`).
public struct NamedPolicy: Sendable, Hashable {
  /// How explanations name the policy.
  public var name: String
  /// The document.
  public var document: PolicyDocument

  /// A named policy.
  public init(name: String, document: PolicyDocument) {
    self.name = name
    self.document = document
  }
}

/// Every policy that applies to one request, by the role AWS gives it in evaluation.
public struct PolicySet: Sendable, Hashable {
  /// The caller's identity policies: inline, managed, and those of its groups.
  public var identityPolicies: [NamedPolicy]
  /// The resource's policy (bucket policy, key policy, trust policy...), if any.
  public var resourcePolicy: NamedPolicy?
  /// The caller's permissions boundary, if any.
  public var permissionsBoundary: NamedPolicy?
  /// SCPs of the caller's account, one list per level from the root down to the account;
  /// every level must allow. Empty when the account is in no organization.
  public var serviceControlPolicies: [[NamedPolicy]]
  /// RCPs of the resource's account, one list per level; every level must allow.
  public var resourceControlPolicies: [[NamedPolicy]]
  /// Session policies passed when the role was assumed; empty when none were passed.
  public var sessionPolicies: [NamedPolicy]

  /// A set of policies; all parts default to none.
  public init(
    identityPolicies: [NamedPolicy] = [], resourcePolicy: NamedPolicy? = nil,
    permissionsBoundary: NamedPolicy? = nil, serviceControlPolicies: [[NamedPolicy]] = [],
    resourceControlPolicies: [[NamedPolicy]] = [], sessionPolicies: [NamedPolicy] = []
  ) {
    self.identityPolicies = identityPolicies
    self.resourcePolicy = resourcePolicy
    self.permissionsBoundary = permissionsBoundary
    self.serviceControlPolicies = serviceControlPolicies
    self.resourceControlPolicies = resourceControlPolicies
    self.sessionPolicies = sessionPolicies
  }
}
