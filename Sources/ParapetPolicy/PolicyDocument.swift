import ParapetCore

/// An IAM policy document as AWS reads it: identity, resource, boundary, SCP, RCP,
/// session or trust policy alike.
public struct PolicyDocument: Sendable, Hashable {
  /// `Version`; `2012-10-17` enables policy variables, anything else leaves `${...}` literal.
  public var version: String?
  /// `Id`, when the document has one.
  public var id: String?
  /// The statements in document order.
  public var statements: [PolicyStatement]

  /// A document from parsed parts.
  public init(version: String? = "2012-10-17", id: String? = nil, statements: [PolicyStatement]) {
    self.version = version
    self.id = id
    self.statements = statements
  }

  /// Whether `${...}` in this document are policy variables (version 2012-10-17 only).
  public var usesVariables: Bool { version == "2012-10-17" }
}

/// `Allow` or `Deny`.
public enum PolicyEffect: String, Sendable, Hashable {
  /// Grants what the statement matches.
  case allow = "Allow"
  /// Refuses what the statement matches, overriding every allow.
  case deny = "Deny"
}

/// A list element that may be written in its negated form (`Action` or `NotAction`,
/// `Resource` or `NotResource`).
public struct PatternList: Sendable, Hashable {
  /// The patterns as written.
  public var patterns: [String]
  /// True for `NotAction` / `NotResource`: the statement covers everything except these.
  public var negated: Bool

  /// A list of `patterns`, negated for the `Not...` form.
  public init(_ patterns: [String], negated: Bool = false) {
    self.patterns = patterns
    self.negated = negated
  }
}

/// One statement of a policy.
public struct PolicyStatement: Sendable, Hashable {
  /// Zero-based position in the document, used to name statements without a Sid.
  public var index: Int
  /// `Sid`, when given.
  public var sid: String?
  /// `Effect`.
  public var effect: PolicyEffect
  /// `Action` or `NotAction`.
  public var actions: PatternList
  /// `Resource` or `NotResource`; nil when absent (trust policies), meaning any resource.
  public var resources: PatternList?
  /// `Principal` or `NotPrincipal`; nil when absent (identity policies).
  public var principals: PrincipalElement?
  /// `Condition` flattened to one clause per operator and key; all must hold.
  public var conditions: [ConditionClause]

  /// A statement from parsed parts.
  public init(
    index: Int, sid: String? = nil, effect: PolicyEffect, actions: PatternList,
    resources: PatternList? = PatternList(["*"]), principals: PrincipalElement? = nil,
    conditions: [ConditionClause] = []
  ) {
    self.index = index
    self.sid = sid
    self.effect = effect
    self.actions = actions
    self.resources = resources
    self.principals = principals
    self.conditions = conditions
  }

  /// `Sid "ReadOnly"` or `statement 2` when there is no Sid.
  public var label: String {
    if let sid, !sid.isEmpty { return "Sid \"\(sid)\"" }
    return "statement \(index)"
  }
}
