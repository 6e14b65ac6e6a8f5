import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore

/// Sets the account password policy to the CIS values: at least 14 characters, the last
/// 24 passwords not reused, all four character classes, users may change their own. A
/// stricter existing value is kept (a longer minimum is not shortened), and settings CIS
/// does not name (expiry, hard expiry) are carried over. Undo puts the previous policy
/// back, or deletes the policy when there was none.
struct PasswordPolicyFixer: Fixer {
  let id = "iam.password_policy_cis"
  let checkIds = [
    "aws.iam.password_policy_min_length_14", "aws.iam.password_policy_reuse_prevention_24",
  ]
  let resourceType = "aws.account"
  let title = "Set the IAM password policy to the CIS values"
  let permissions = ["iam:UpdateAccountPasswordPolicy", "iam:DeleteAccountPasswordPolicy"]
  let recollect = ["iam"]

  static let booleans = [
    "RequireSymbols", "RequireNumbers", "RequireUppercaseCharacters",
    "RequireLowercaseCharacters", "AllowUsersToChangePassword",
  ]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let current = resource.properties["PasswordPolicy"] ?? .null
    var target = Self.parameters(current)
    target["MinimumPasswordLength"] = String(
      max(14, current["MinimumPasswordLength"]?.intValue ?? 0))
    target["PasswordReusePrevention"] = String(
      max(24, current["PasswordReusePrevention"]?.intValue ?? 0))
    for key in Self.booleans { target[key] = "true" }
    guard target != Self.parameters(current) || current.isNull else {
      return .alreadyFixed(id, checkIds, resource, "the policy meets CIS", state: current)
    }

    func update(_ parameters: [String: String]) -> FixCall {
      FixCall(
        service: .iam, region: context.homeRegion, operation: "UpdateAccountPasswordPolicy",
        permission: "iam:UpdateAccountPasswordPolicy", request: .query(parameters))
    }
    let undo =
      current.isNull
      ? FixCall(
        service: .iam, region: context.homeRegion, operation: "DeleteAccountPasswordPolicy",
        permission: "iam:DeleteAccountPasswordPolicy", request: .query([:]))
      : update(Self.parameters(current))
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Require 14+ characters of all classes and block reuse of the last 24 "
        + "passwords", calls: [update(target)], before: current,
      after: .object(target.mapValues { .string($0) }), undoCalls: [undo])
  }

  /// UpdateAccountPasswordPolicy parameters that reproduce `policy` (empty for none).
  static func parameters(_ policy: JSONValue) -> [String: String] {
    guard !policy.isNull else { return [:] }
    var out: [String: String] = [:]
    for key in booleans + ["HardExpiry"] {
      out[key] = (policy[key]?.boolValue ?? false) ? "true" : "false"
    }
    for key in ["MinimumPasswordLength", "PasswordReusePrevention", "MaxPasswordAge"] {
      if let value = policy[key]?.intValue, value > 0 { out[key] = String(value) }
    }
    return out
  }
}

/// Deactivates (never deletes) a user's active access keys unused for more than
/// `unusedKeyDays` days (default 90): last used before then, or never used and created
/// before then. Undo reactivates the same keys.
struct UnusedAccessKeysFixer: Fixer {
  let id = "iam.unused_access_keys"
  let checkIds = ["aws.iam.user_unused_credentials_disabled_45_days"]
  let resourceType = "aws.iam.user"
  let title = "Deactivate access keys unused for 90 days (keys are kept, not deleted)"
  let permissions = [
    "iam:ListAccessKeys", "iam:GetAccessKeyLastUsed", "iam:UpdateAccessKey",
  ]
  let recollect = ["iam"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let client = context.client
    let region = context.homeRegion
    let listed = try await client.query(
      .iam, region: region, action: "ListAccessKeys", parameters: ["UserName": resource.name])
    let cutoff = context.now.addingTimeInterval(-Double(context.options.unusedKeyDays) * 86_400)
    var stale: [String] = []
    for key in Shapes.list(listed["AccessKeyMetadata"]) {
      guard key["Status"]?.stringValue == "Active", let keyId = key["AccessKeyId"]?.stringValue
      else { continue }
      let used = try await client.query(
        .iam, region: region, action: "GetAccessKeyLastUsed",
        parameters: ["AccessKeyId": keyId])
      let last =
        Self.date(used["AccessKeyLastUsed"]?["LastUsedDate"])
        ?? Self.date(key["CreateDate"])
      if let last, last < cutoff { stale.append(keyId) }
    }
    guard !stale.isEmpty else {
      return .alreadyFixed(
        id, checkIds, resource,
        "no active key unused for \(context.options.unusedKeyDays) days")
    }
    func update(_ keyId: String, _ status: String) -> FixCall {
      FixCall(
        service: .iam, region: region, operation: "UpdateAccessKey",
        permission: "iam:UpdateAccessKey",
        request: .query(["UserName": resource.name, "AccessKeyId": keyId, "Status": status]))
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Deactivate \(stale.count) access key(s) of \(resource.name) unused for "
        + "\(context.options.unusedKeyDays) days; they are kept and can be reactivated",
      calls: stale.map { update($0, "Inactive") },
      before: .object(Dictionary(uniqueKeysWithValues: stale.map { ($0, "Active") })),
      after: .object(Dictionary(uniqueKeysWithValues: stale.map { ($0, "Inactive") })),
      undoCalls: stale.map { update($0, "Active") })
  }

  private static func date(_ value: JSONValue?) -> Date? {
    guard let text = value?.stringValue else { return nil }
    let formatter = ISO8601DateFormatter()
    if let date = formatter.date(from: text) { return date }
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    return formatter.date(from: text)
  }
}
