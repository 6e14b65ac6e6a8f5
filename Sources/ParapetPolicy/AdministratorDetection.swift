/// Finds effective full access in a principal's identity policies, however it is
/// written: `Action: "*"`, `NotAction` that leaves IAM in, or `iam:*`.
///
/// A principal is an administrator when unconditional allows on every resource grant
/// (1) an action only a whole-IAM wildcard could match (`*`, `iam:*`, or a `NotAction`
/// that does not exclude IAM) and (2) at least one way to write policies
/// (`iam:AttachUserPolicy`, `iam:PutRolePolicy`, `iam:CreatePolicyVersion`...).
/// `iam:*` on `*` counts: it can attach AdministratorAccess to itself, so it is
/// administrator-equivalent. `PowerUserAccess` (`NotAction` IAM, Organizations, Account)
/// is not. An unconditional `Deny` of the same actions on `*` cancels. Conditional allows
/// do not count and conditional denies do not cancel (an MFA condition keeps an admin an
/// admin).
public enum AdministratorDetection {
  /// An action no real policy names, in IAM: granted only by whole-service wildcards.
  static let probeAction = "iam:ParapetProbeAnyAction"

  /// Actions that let a principal grant itself anything.
  static let policyWritingActions = [
    "iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy",
    "iam:PutUserPolicy", "iam:PutGroupPolicy", "iam:PutRolePolicy", "iam:CreatePolicyVersion",
  ]

  /// True when `policies` (a principal's identity policies, including group policies)
  /// grant effective full access.
  public static func isAdministrator(policies: [PolicyDocument]) -> Bool {
    let grants = ActionGrants(policies: policies)
    return grants.grantsEverywhere(probeAction)
      && policyWritingActions.contains { grants.grantsEverywhere($0) }
  }

  /// True when `policies` grant every action of every service, not only through IAM.
  public static func hasFullAccess(policies: [PolicyDocument]) -> Bool {
    let grants = ActionGrants(policies: policies)
    return grants.grantsEverywhere("parapetprobe:AnyAction")
      && isAdministrator(policies: policies)
  }
}
