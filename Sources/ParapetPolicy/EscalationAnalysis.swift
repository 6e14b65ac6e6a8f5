import Foundation

/// A known way to gain more permissions than one's policies grant.
public enum EscalationTechnique: String, Sendable, Hashable, CaseIterable {
  case createPolicyVersion, setDefaultPolicyVersion
  case attachUserPolicy, attachGroupPolicy, attachRolePolicy
  case putUserPolicy, putGroupPolicy, putRolePolicy
  case createAccessKey, createLoginProfile, updateLoginProfile
  case updateAssumeRolePolicy
  case passRoleToEC2, passRoleToLambda, passRoleToGlue, passRoleToCloudFormation
  case passRoleToDataPipeline
  case updateFunctionCode
  case assumeRole

  /// The actions that must all be granted; the first one's resources are the target.
  public var requiredActions: [String] {
    switch self {
    case .createPolicyVersion: ["iam:CreatePolicyVersion"]
    case .setDefaultPolicyVersion: ["iam:SetDefaultPolicyVersion"]
    case .attachUserPolicy: ["iam:AttachUserPolicy"]
    case .attachGroupPolicy: ["iam:AttachGroupPolicy"]
    case .attachRolePolicy: ["iam:AttachRolePolicy"]
    case .putUserPolicy: ["iam:PutUserPolicy"]
    case .putGroupPolicy: ["iam:PutGroupPolicy"]
    case .putRolePolicy: ["iam:PutRolePolicy"]
    case .createAccessKey: ["iam:CreateAccessKey"]
    case .createLoginProfile: ["iam:CreateLoginProfile"]
    case .updateLoginProfile: ["iam:UpdateLoginProfile"]
    case .updateAssumeRolePolicy: ["iam:UpdateAssumeRolePolicy"]
    case .passRoleToEC2: ["iam:PassRole", "ec2:RunInstances"]
    case .passRoleToLambda: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"]
    case .passRoleToGlue: ["iam:PassRole", "glue:CreateDevEndpoint"]
    case .passRoleToCloudFormation: ["iam:PassRole", "cloudformation:CreateStack"]
    case .passRoleToDataPipeline:
      ["iam:PassRole", "datapipeline:CreatePipeline", "datapipeline:PutPipelineDefinition"]
    case .updateFunctionCode: ["lambda:UpdateFunctionCode"]
    case .assumeRole: ["sts:AssumeRole"]
    }
  }

  fileprivate enum Target { case any, otherUsers, roles, functions }

  fileprivate var target: Target {
    switch self {
    case .createAccessKey, .createLoginProfile, .updateLoginProfile: .otherUsers
    case .updateAssumeRolePolicy, .passRoleToEC2, .passRoleToLambda, .passRoleToGlue,
      .passRoleToCloudFormation, .passRoleToDataPipeline, .assumeRole:
      .roles
    case .updateFunctionCode: .functions
    default: .any
    }
  }
}

/// A role or function the caller knows the strength of, from the inventory.
public struct EscalationCandidate: Sendable, Hashable {
  /// The role ARN, or the function ARN.
  public var arn: String
  /// Whether the role (or the function's execution role) is an administrator.
  public var isAdministrator: Bool

  /// A candidate target.
  public init(arn: String, isAdministrator: Bool) {
    self.arn = arn
    self.isAdministrator = isAdministrator
  }
}

/// One escalation a principal's policies allow.
public struct EscalationPath: Sendable, Hashable {
  /// The technique.
  public var technique: EscalationTechnique
  /// The actions it uses, all granted.
  public var actions: [String]
  /// What the first action is granted on: patterns as written, or the admin candidates
  /// they reach when candidates were given.
  public var resources: [String]

  /// A path.
  public init(technique: EscalationTechnique, actions: [String], resources: [String]) {
    self.technique = technique
    self.actions = actions
    self.resources = resources
  }
}

/// Privilege escalation paths in a principal's identity policies.
///
/// Judging whether a passed, assumed or updated role is stronger than the caller needs
/// the inventory: the caller supplies candidate roles and functions with their
/// administrator status. With candidates, role- and function-targeted techniques are
/// reported only when they reach an administrator candidate (passing one weak role is
/// not escalation); without them (nil), they are reported with the granted patterns.
/// Access keys and login profiles count only for users other than the principal itself.
/// Conditions on the granting statements are not evaluated: a conditional grant is
/// still reported, as the condition may be met.
public enum EscalationAnalysis {
  /// The escalation paths `policies` open for `principalArn`.
  public static func paths(
    for policies: [PolicyDocument], principalArn: String? = nil,
    roles: [EscalationCandidate]? = nil, functions: [EscalationCandidate]? = nil
  ) -> [EscalationPath] {
    let grants = ActionGrants(policies: policies)
    var paths: [EscalationPath] = []
    for technique in EscalationTechnique.allCases {
      let actions = technique.requiredActions
      let granted = actions.map { grants.resources(for: $0) }
      guard granted.allSatisfy({ !$0.isEmpty }) else { continue }

      let resources = targets(granted[0], technique.target, principalArn, roles, functions)
      guard !resources.isEmpty else { continue }
      paths.append(EscalationPath(technique: technique, actions: actions, resources: resources))
    }
    return paths
  }

  private static func targets(
    _ patterns: [String], _ target: EscalationTechnique.Target, _ principalArn: String?,
    _ roles: [EscalationCandidate]?, _ functions: [EscalationCandidate]?
  ) -> [String] {
    switch target {
    case .any:
      return patterns
    case .otherUsers:
      return patterns.filter { $0 != principalArn && !$0.contains("${aws:username}") }
    case .roles:
      return strongCandidates(patterns, roles)
    case .functions:
      return strongCandidates(patterns, functions)
    }
  }

  private static func strongCandidates(
    _ patterns: [String], _ candidates: [EscalationCandidate]?
  ) -> [String] {
    guard let candidates else { return patterns }
    return candidates.filter { candidate in
      candidate.isAdministrator && patterns.contains { admits($0, candidate.arn) }
    }.map(\.arn).sorted()
  }

  /// Whether a granted pattern (or `* except a, b`) reaches `arn`.
  private static func admits(_ pattern: String, _ arn: String) -> Bool {
    let exceptPrefix = "* except "
    guard pattern.hasPrefix(exceptPrefix) else {
      return ArnPattern.matches(ArnPattern.segments(Glob(pattern: pattern).tokens), arn)
    }
    let excluded = pattern.dropFirst(exceptPrefix.count).split(separator: ",")
    return !excluded.contains { item in
      let text = item.trimmingCharacters(in: .whitespaces)
      return ArnPattern.matches(ArnPattern.segments(Glob(pattern: text).tokens), arn)
    }
  }
}
