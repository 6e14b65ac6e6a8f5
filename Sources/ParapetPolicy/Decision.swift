/// Where a policy sits in AWS's evaluation.
public enum PolicyKind: String, Sendable, Hashable {
  /// Identity-based policy (inline, managed or group).
  case identity
  /// Resource-based policy.
  case resource
  /// Permissions boundary.
  case permissionsBoundary = "permissions boundary"
  /// Service control policy.
  case serviceControl = "SCP"
  /// Resource control policy.
  case resourceControl = "RCP"
  /// Session policy.
  case session
}

/// One statement of one policy, named for explanations.
public struct StatementReference: Sendable, Hashable, CustomStringConvertible {
  /// The policy's role in the evaluation.
  public var kind: PolicyKind
  /// The policy's name.
  public var policyName: String
  /// The statement's index in its document.
  public var statementIndex: Int
  /// The statement's Sid, when it has one.
  public var sid: String?

  /// A reference to statement `statementIndex` of `policyName`.
  public init(kind: PolicyKind, policyName: String, statementIndex: Int, sid: String? = nil) {
    self.kind = kind
    self.policyName = policyName
    self.statementIndex = statementIndex
    self.sid = sid
  }

  /// `identity policy "Admin", Sid "All"` or `SCP "guard", statement 0`.
  public var description: String {
    let statement = PolicyStatement(
      index: statementIndex, sid: sid, effect: .allow, actions: PatternList([]))
    return "\(kind.rawValue) policy \"\(policyName)\", \(statement.label)"
  }
}

/// The answer to a request.
public struct Decision: Sendable, Hashable {
  /// Allowed, or denied explicitly or by default.
  public enum Outcome: String, Sendable, Hashable {
    /// Some policy allows and nothing denies or fails to allow where it must.
    case allow
    /// A `Deny` statement matched.
    case explicitDeny
    /// No applicable allow (default deny), or an SCP, RCP, boundary or session policy
    /// that must allow did not.
    case implicitDeny
  }

  /// The outcome.
  public var outcome: Outcome
  /// The statements that decided (the deny, or the allows), empty for a default deny.
  public var decidingStatements: [StatementReference]
  /// Why, one sentence per step, in evaluation order.
  public var explanation: [String]

  /// A decision.
  public init(
    outcome: Outcome, decidingStatements: [StatementReference] = [], explanation: [String]
  ) {
    self.outcome = outcome
    self.decidingStatements = decidingStatements
    self.explanation = explanation
  }

  /// True for `.allow`.
  public var isAllowed: Bool { outcome == .allow }
}
