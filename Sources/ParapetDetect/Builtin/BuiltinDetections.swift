import ParapetCore

/// The detections Parapet ships in Swift, with what each means and what to do. The logic
/// lives in `BuiltinDetector`; this is the catalogue users see in alerts and docs.
public enum BuiltinDetections {
  /// Every built-in detection.
  public static let all: [Detection] = [
    rootAccountUse, consoleLoginWithoutMFA, cloudTrailLoggingChanged, securityServiceDisabled,
    credentialsForOtherUser, administratorPolicyAttached, resourcePolicyPublic,
    securityGroupOpenToInternet, kmsKeyDisabledOrDeleted, deniedCallBurst, listingCallBurst,
    newRegionForIdentity, newNetworkForIdentity, privilegeEscalation, lambdaRoleSequence,
  ]

  static func make(
    _ id: String, _ title: String, _ severity: Severity, _ technique: String,
    _ explanation: String, _ remediation: String
  ) -> Detection {
    Detection(
      id: id, checkId: "aws.cloudtrail.detect.\(id)", title: title, severity: severity,
      explanation: explanation, techniques: [technique], remediation: remediation)
  }

  static let rootAccountUse = make(
    "root_account_use", "Root account used", .high, "T1078.004",
    "The root user cannot be restricted by IAM policies; everyday use of it, or use by an "
      + "attacker holding its password or keys, leaves the account without guard rails.",
    "Confirm who used root and why; rotate the root password, remove root access keys and "
      + "enable hardware MFA.")
  static let consoleLoginWithoutMFA = make(
    "console_login_without_mfa", "Console sign-in without MFA", .medium, "T1078.004",
    "A successful console sign-in by an IAM user or root without MFA means one stolen "
      + "password is enough to control what that identity can do.",
    "Require MFA for the identity (an IAM policy denying actions without "
      + "aws:MultiFactorAuthPresent) and confirm the sign-in was expected.")
  static let cloudTrailLoggingChanged = make(
    "cloudtrail_logging_changed", "CloudTrail logging stopped or changed", .high, "T1562.008",
    "StopLogging, DeleteTrail, UpdateTrail and PutEventSelectors can blind the audit trail; "
      + "attackers change logging before acting.",
    "Restore the trail (StartLogging, event selectors) and review what the identity did "
      + "around the change; protect trails with an SCP.")
  static let securityServiceDisabled = make(
    "security_service_disabled", "Security monitoring service disabled", .high, "T1562.001",
    "Deleting or suspending GuardDuty detectors, Config recorders, Security Hub, Access "
      + "Analyzer or Macie removes the account's alarms.",
    "Re-enable the service and review the identity's other activity; deny these actions "
      + "with an SCP.")
  static let credentialsForOtherUser = make(
    "credentials_created_for_other_user", "Credentials created for another user", .medium,
    "T1098.001",
    "CreateAccessKey or CreateLoginProfile for a different user gives the caller a second "
      + "identity to act as, a common persistence step.",
    "Confirm the request with the user's owner; delete unexpected keys or login profiles.")
  static let administratorPolicyAttached = make(
    "administrator_policy_attached", "Administrator policy attached", .high, "T1098.003",
    "Attaching AdministratorAccess, or an inline policy allowing every action, makes the "
      + "target an administrator.",
    "Detach the policy unless approved; grant least privilege instead.")
  static let resourcePolicyPublic = make(
    "resource_policy_made_public", "Resource policy made public", .high, "T1537",
    "A bucket, queue, topic, function, key, repository or snapshot shared with everyone "
      + "(principal \"*\", AllUsers, group all) exposes its data to the internet.",
    "Remove the public grant, or add conditions that restrict the principal; enable S3 "
      + "Block Public Access.")
  static let securityGroupOpenToInternet = make(
    "security_group_open_to_internet", "Security group opened to the internet", .medium,
    "T1562.007",
    "An ingress rule from 0.0.0.0/0 or ::/0 exposes whatever listens behind the group.",
    "Revoke the rule or narrow it to known networks.")
  static let kmsKeyDisabledOrDeleted = make(
    "kms_key_disabled_or_scheduled_for_deletion", "KMS key disabled or scheduled for deletion",
    .high, "T1485",
    "Data encrypted under a deleted key is lost for good; disabling a key stops every "
      + "service that depends on it.",
    "Cancel the deletion (CancelKeyDeletion) or re-enable the key if it was not planned.")
  static let deniedCallBurst = make(
    "denied_call_burst", "Burst of denied calls", .medium, "T1580",
    "Many AccessDenied or UnauthorizedOperation errors from one identity in a short window "
      + "is how stolen credentials probe what they may do.",
    "Check whether the identity's credentials are exposed; rotate them if the activity is "
      + "not explained.")
  static let listingCallBurst = make(
    "listing_call_burst", "Burst of discovery calls", .low, "T1526",
    "A burst of List, Describe and Get calls from one identity maps the account, the usual "
      + "first step after gaining access.",
    "Confirm the identity is an inventory tool or an expected user.")
  static let newRegionForIdentity = make(
    "new_region_for_identity", "Identity active in a new region", .low, "T1535",
    "Calls in a region the identity had not used during its baseline can mean resources "
      + "launched where nobody looks.",
    "Confirm the activity; restrict unused regions with an SCP.")
  static let newNetworkForIdentity = make(
    "new_network_for_identity", "Identity calling from a new network", .low, "T1078.004",
    "Calls from a source network (IPv4 /24, IPv6 /48) the identity had not used during its "
      + "baseline can mean its credentials are used elsewhere.",
    "Confirm the caller; restrict the credentials with aws:SourceIp conditions.")
  static let privilegeEscalation = make(
    "privilege_escalation_attempt", "Privilege escalation attempt", .high, "T1098.003",
    "CreatePolicyVersion with SetAsDefault, SetDefaultPolicyVersion, UpdateAssumeRolePolicy "
      + "and granting policies or groups to oneself are known IAM escalation paths.",
    "Revert the change and review the identity's permissions to modify IAM.")
  static let lambdaRoleSequence = make(
    "lambda_passrole_escalation", "Lambda created with a role, then run", .high, "T1648",
    "Creating a function with a role (iam:PassRole) and then invoking it or wiring an event "
      + "source lets the caller act with that role's permissions.",
    "Review the function's role and code; limit iam:PassRole to specific roles.")
}
