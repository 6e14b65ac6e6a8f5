import ParapetCore
import ParapetRules

/// Built-in detections decided by one event alone, chosen by event name so that an event
/// costs one dictionary lookup unless its name is one they watch. Each check passes on
/// failed calls (an `errorCode`): the change did not happen.
enum SingleEventCheck: Sendable {
  case consoleLogin, cloudTrail, securityService, credentials, adminAttach, adminInline
  case publicPolicy, publicAcl, publicSharing, securityGroup, kms, escalation, selfGrant

  /// Which check each watched event name runs.
  static let byEventName: [String: SingleEventCheck] = {
    var table: [String: SingleEventCheck] = ["ConsoleLogin": .consoleLogin]
    for name in ["StopLogging", "DeleteTrail", "UpdateTrail", "PutEventSelectors"] {
      table[name] = .cloudTrail
    }
    for name in [
      "DeleteDetector", "UpdateDetector", "DisassociateFromMasterAccount",
      "DisassociateFromAdministratorAccount", "StopConfigurationRecorder",
      "DeleteConfigurationRecorder", "DeleteDeliveryChannel", "DisableSecurityHub",
      "BatchDisableStandards", "DeleteAnalyzer", "DisableMacie",
    ] { table[name] = .securityService }
    for name in ["CreateAccessKey", "CreateLoginProfile"] { table[name] = .credentials }
    for name in ["AttachUserPolicy", "AttachRolePolicy", "AttachGroupPolicy"] {
      table[name] = .adminAttach
    }
    for name in ["PutUserPolicy", "PutRolePolicy", "PutGroupPolicy"] { table[name] = .adminInline }
    for name in [
      "PutBucketPolicy", "SetQueueAttributes", "SetTopicAttributes", "AddPermission20150331v2",
      "AddPermission20150331", "SetRepositoryPolicy", "PutKeyPolicy", "PutResourcePolicy",
    ] { table[name] = .publicPolicy }
    table["PutBucketAcl"] = .publicAcl
    table["PutObjectAcl"] = .publicAcl
    for name in [
      "ModifySnapshotAttribute", "ModifyImageAttribute", "ModifyDBSnapshotAttribute",
      "ModifyDBClusterSnapshotAttribute",
    ] { table[name] = .publicSharing }
    table["AuthorizeSecurityGroupIngress"] = .securityGroup
    table["ScheduleKeyDeletion"] = .kms
    table["DisableKey"] = .kms
    for name in ["CreatePolicyVersion", "SetDefaultPolicyVersion", "UpdateAssumeRolePolicy"] {
      table[name] = .escalation
    }
    table["AddUserToGroup"] = .selfGrant
    return table
  }()

  private static let publicGroups = [
    "acs.amazonaws.com/groups/global/AllUsers",
    "acs.amazonaws.com/groups/global/AuthenticatedUsers",
  ]
  private static let publicCannedAcls: Set<String> = [
    "public-read", "public-read-write", "authenticated-read",
  ]

  /// The detection and detail when `event` (named `name`) matches, else nil.
  func evaluate(_ event: inout EventView, name: String) -> (Detection, String?)? {
    switch self {
    case .consoleLogin:
      let type = event.text(.identityType)
      guard event.text(.consoleLoginResult) == "Success", event.text(.mfaUsed) == "No",
        type == "IAMUser" || type == "Root"
      else { return nil }
      return (BuiltinDetections.consoleLoginWithoutMFA, nil)

    case .cloudTrail:
      guard event.text(.eventSource) == "cloudtrail.amazonaws.com" else { return nil }
      return (BuiltinDetections.cloudTrailLoggingChanged, nil)

    case .securityService:
      if name == "UpdateDetector", event.text(.requestEnable) != "false" { return nil }
      return (BuiltinDetections.securityServiceDisabled, event.text(.eventSource))

    case .credentials:
      guard let target = event.text(.requestUserName), target != event.text(.identityUserName)
      else { return nil }
      return (BuiltinDetections.credentialsForOtherUser, "for user \(target)")

    case .adminAttach:
      guard let arn = event.text(.requestPolicyArn), arn.hasSuffix(":policy/AdministratorAccess")
      else { return nil }
      return (BuiltinDetections.administratorPolicyAttached, "policy \(arn)")

    case .adminInline:
      guard PolicyInspection.grantsEverything(event.json(.requestPolicyDocument)) else {
        return nil
      }
      return (BuiltinDetections.administratorPolicyAttached, "inline policy allowing * on *")

    case .publicPolicy:
      return publicPolicy(&event, name: name)

    case .publicAcl:
      let parameters = event.json(.requestParameters)
      let isPublic =
        PolicyInspection.containsString(parameters) { text in
          Self.publicGroups.contains { text.hasSuffix($0) }
        }
        || (parameters?["x-amz-acl"]?.arrayValue ?? []).contains {
          Self.publicCannedAcls.contains($0.stringValue ?? "")
        }
      guard isPublic else { return nil }
      return (BuiltinDetections.resourcePolicyPublic, "ACL grants everyone")

    case .publicSharing:
      let parameters = event.json(.requestParameters)
      let shared =
        PolicyInspection.containsString(parameters?["createVolumePermission"]?["add"]) {
          $0 == "all"
        }
        || PolicyInspection.containsString(parameters?["launchPermission"]?["add"]) {
          $0 == "all"
        }
        || PolicyInspection.containsString(parameters?["valuesToAdd"]) { $0 == "all" }
      guard shared else { return nil }
      return (BuiltinDetections.resourcePolicyPublic, "shared with all accounts")

    case .securityGroup:
      let open = PolicyInspection.containsString(event.json(.requestParameters)) {
        CIDRBlock($0)?.coversWholeInternet ?? false
      }
      guard open else { return nil }
      return (BuiltinDetections.securityGroupOpenToInternet, nil)

    case .kms:
      guard event.text(.eventSource) == "kms.amazonaws.com" else { return nil }
      return (BuiltinDetections.kmsKeyDisabledOrDeleted, nil)

    case .escalation:
      if name == "CreatePolicyVersion", event.text(.requestSetAsDefault) != "true" { return nil }
      return (BuiltinDetections.privilegeEscalation, name)

    case .selfGrant:
      guard let target = event.text(.requestUserName), target == event.text(.identityUserName)
      else { return nil }
      return (BuiltinDetections.privilegeEscalation, "added itself to a group")
    }
  }

  private func publicPolicy(_ event: inout EventView, name: String) -> (Detection, String?)? {
    let parameters = event.json(.requestParameters)
    let policy: JSONValue?
    switch name {
    case "PutBucketPolicy": policy = parameters?["bucketPolicy"]
    case "SetQueueAttributes": policy = parameters?["attributes"]?["Policy"]
    case "SetTopicAttributes":
      guard parameters?["attributeName"]?.stringValue == "Policy" else { return nil }
      policy = parameters?["attributeValue"]
    case "AddPermission20150331v2", "AddPermission20150331":
      guard parameters?["principal"]?.stringValue == "*" else { return nil }
      return (BuiltinDetections.resourcePolicyPublic, "function callable by anyone")
    default:
      policy = parameters?["policyText"] ?? parameters?["policy"] ?? parameters?["resourcePolicy"]
    }
    guard PolicyInspection.grantsEveryone(policy) else { return nil }
    return (BuiltinDetections.resourcePolicyPublic, "policy grants principal *")
  }
}
