import ParapetCore
import Testing

@testable import ParapetDetect

@Suite struct BuiltinDetectionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var record: String
    var expected: [String]
    var testDescription: String { name }
  }

  static let adminPolicy =
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#
  static let publicPolicy =
    #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"#
    + #""Action":"sqs:SendMessage","Resource":"*"}]}"#

  static let cases: [Case] = [
    Case(
      name: "root console sign-in without MFA",
      record: TrailEvent.record(
        "ConsoleLogin", source: "signin.amazonaws.com", identity: TrailEvent.root,
        response: #"{"ConsoleLogin":"Success"}"#,
        extra: #","additionalEventData":{"MFAUsed":"No","MobileVersion":"No"}"#),
      expected: ["console_login_without_mfa", "root_account_use"]),
    Case(
      name: "user sign-in with MFA is quiet",
      record: TrailEvent.record(
        "ConsoleLogin", source: "signin.amazonaws.com", response: #"{"ConsoleLogin":"Success"}"#,
        extra: #","additionalEventData":{"MFAUsed":"Yes"}"#),
      expected: []),
    Case(
      name: "root call made by an AWS service is quiet",
      record: TrailEvent.record(
        "Decrypt", source: "kms.amazonaws.com",
        identity:
          #"{"type":"Root","arn":"arn:aws:iam::111122223333:root","#
          + #""invokedBy":"s3.amazonaws.com"}"#),
      expected: []),
    Case(
      name: "StopLogging",
      record: TrailEvent.record(
        "StopLogging", source: "cloudtrail.amazonaws.com", params: #"{"name":"main"}"#),
      expected: ["cloudtrail_logging_changed"]),
    Case(
      name: "denied StopLogging changes nothing",
      record: TrailEvent.record(
        "StopLogging", source: "cloudtrail.amazonaws.com",
        extra: #","errorCode":"AccessDenied""#),
      expected: []),
    Case(
      name: "GuardDuty detector deleted",
      record: TrailEvent.record(
        "DeleteDetector", source: "guardduty.amazonaws.com", params: #"{"detectorId":"d1"}"#),
      expected: ["security_service_disabled"]),
    Case(
      name: "GuardDuty detector re-enabled is quiet",
      record: TrailEvent.record(
        "UpdateDetector", source: "guardduty.amazonaws.com", params: #"{"enable":true}"#),
      expected: []),
    Case(
      name: "Config recorder stopped",
      record: TrailEvent.record("StopConfigurationRecorder", source: "config.amazonaws.com"),
      expected: ["security_service_disabled"]),
    Case(
      name: "access key for another user",
      record: TrailEvent.record(
        "CreateAccessKey", source: "iam.amazonaws.com", params: #"{"userName":"bob"}"#),
      expected: ["credentials_created_for_other_user"]),
    Case(
      name: "access key for oneself is quiet",
      record: TrailEvent.record(
        "CreateAccessKey", source: "iam.amazonaws.com", params: #"{"userName":"alice"}"#),
      expected: []),
    Case(
      name: "AdministratorAccess attached to a role",
      record: TrailEvent.record(
        "AttachRolePolicy", source: "iam.amazonaws.com",
        params: #"{"roleName":"app","policyArn":"arn:aws:iam::aws:policy/AdministratorAccess"}"#),
      expected: ["administrator_policy_attached"]),
    Case(
      name: "read-only policy attached is quiet",
      record: TrailEvent.record(
        "AttachRolePolicy", source: "iam.amazonaws.com",
        params: #"{"roleName":"app","policyArn":"arn:aws:iam::aws:policy/ReadOnlyAccess"}"#),
      expected: []),
    Case(
      name: "inline policy allowing everything (escaped JSON string)",
      record: TrailEvent.record(
        "PutUserPolicy", source: "iam.amazonaws.com",
        params: "{\"userName\":\"bob\",\"policyName\":\"p\",\"policyDocument\":"
          + "\"\(adminPolicy.replacingOccurrences(of: "\"", with: "\\\""))\"}"),
      expected: ["administrator_policy_attached"]),
    Case(
      name: "bucket policy with principal *",
      record: TrailEvent.record(
        "PutBucketPolicy", source: "s3.amazonaws.com",
        params:
          #"{"bucketName":"b","bucketPolicy":{"Statement":[{"Effect":"Allow","Principal":"*","#
          + #""Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}}"#
      ),
      expected: ["resource_policy_made_public"]),
    Case(
      name: "bucket policy for one account is quiet",
      record: TrailEvent.record(
        "PutBucketPolicy", source: "s3.amazonaws.com",
        params:
          #"{"bucketName":"b","bucketPolicy":{"Statement":[{"Effect":"Allow","#
          + #""Principal":{"AWS":"arn:aws:iam::444455556666:root"},"Action":"s3:GetObject","#
          + #""Resource":"*"}]}}"#
      ),
      expected: []),
    Case(
      name: "bucket ACL granting AllUsers",
      record: TrailEvent.record(
        "PutBucketAcl", source: "s3.amazonaws.com",
        params:
          #"{"bucketName":"b","AccessControlPolicy":{"AccessControlList":{"Grant":[{"Grantee":"#
          + #"{"xsi:type":"Group","URI":"http://acs.amazonaws.com/groups/global/AllUsers"},"#
          + #""Permission":"READ"}]}}}"#
      ),
      expected: ["resource_policy_made_public"]),
    Case(
      name: "queue policy open to everyone",
      record: TrailEvent.record(
        "SetQueueAttributes", source: "sqs.amazonaws.com",
        params: "{\"queueUrl\":\"q\",\"attributes\":{\"Policy\":"
          + "\"\(publicPolicy.replacingOccurrences(of: "\"", with: "\\\""))\"}}"),
      expected: ["resource_policy_made_public"]),
    Case(
      name: "Lambda permission for principal *",
      record: TrailEvent.record(
        "AddPermission20150331v2", source: "lambda.amazonaws.com",
        params:
          #"{"functionName":"f","statementId":"s","action":"lambda:InvokeFunction","#
          + #""principal":"*"}"#
      ),
      expected: ["resource_policy_made_public"]),
    Case(
      name: "SSH opened to 0.0.0.0/0",
      record: TrailEvent.record(
        "AuthorizeSecurityGroupIngress", source: "ec2.amazonaws.com",
        params:
          #"{"groupId":"sg-1","ipPermissions":{"items":[{"ipProtocol":"tcp","fromPort":22,"#
          + #""toPort":22,"ipRanges":{"items":[{"cidrIp":"0.0.0.0/0"}]}}]}}"#
      ),
      expected: ["security_group_open_to_internet"]),
    Case(
      name: "ingress from ::/0",
      record: TrailEvent.record(
        "AuthorizeSecurityGroupIngress", source: "ec2.amazonaws.com",
        params:
          #"{"groupId":"sg-1","ipPermissions":{"items":[{"ipv6Ranges":{"items":"#
          + #"[{"cidrIpv6":"::/0"}]}}]}}"#
      ),
      expected: ["security_group_open_to_internet"]),
    Case(
      name: "ingress from a private range is quiet",
      record: TrailEvent.record(
        "AuthorizeSecurityGroupIngress", source: "ec2.amazonaws.com",
        params:
          #"{"groupId":"sg-1","ipPermissions":{"items":[{"ipRanges":{"items":"#
          + #"[{"cidrIp":"10.0.0.0/8"}]}}]}}"#
      ),
      expected: []),
    Case(
      name: "KMS key scheduled for deletion",
      record: TrailEvent.record(
        "ScheduleKeyDeletion", source: "kms.amazonaws.com",
        params: #"{"keyId":"k","pendingWindowInDays":7}"#),
      expected: ["kms_key_disabled_or_scheduled_for_deletion"]),
    Case(
      name: "policy version set as default",
      record: TrailEvent.record(
        "CreatePolicyVersion", source: "iam.amazonaws.com",
        params: #"{"policyArn":"arn:aws:iam::111122223333:policy/p","setAsDefault":true}"#),
      expected: ["privilege_escalation_attempt"]),
    Case(
      name: "policy version not default is quiet",
      record: TrailEvent.record(
        "CreatePolicyVersion", source: "iam.amazonaws.com",
        params: #"{"policyArn":"arn:aws:iam::111122223333:policy/p","setAsDefault":false}"#),
      expected: []),
    Case(
      name: "user adds itself to a group",
      record: TrailEvent.record(
        "AddUserToGroup", source: "iam.amazonaws.com",
        params: #"{"groupName":"admins","userName":"alice"}"#),
      expected: ["privilege_escalation_attempt"]),
  ]

  @Test(arguments: cases)
  func detectsOneEvent(_ testCase: Case) {
    let report = TrailEvent.detect([testCase.record])
    #expect(report.problems == [])
    #expect(TrailEvent.ids(report) == testCase.expected)
  }

  @Test func findingCarriesDetectionMetadataAndEvidence() throws {
    let report = TrailEvent.detect([
      TrailEvent.record(
        "DeleteTrail", source: "cloudtrail.amazonaws.com", id: "evt-42")
    ])
    let finding = try #require(report.findings.first)
    #expect(finding.checkId == "aws.cloudtrail.detect.cloudtrail_logging_changed")
    #expect(finding.status == .fail)
    #expect(finding.severity == .high)
    #expect(finding.resourceId == "arn:aws:iam::111122223333:user/alice")
    #expect(finding.resourceName == "alice")
    #expect(finding.account == "111122223333")
    #expect(finding.compliance == ["mitre-attack:T1562.008"])
    #expect(
      finding.message
        == "CloudTrail logging stopped or changed: 1 event by arn:aws:iam::111122223333:user/alice"
        + " at 2024-05-01T10:00:00Z (DeleteTrail)")
    #expect(finding.evidence.count == 2)
    #expect(finding.evidence[1].value?["eventID"] == "evt-42")
    #expect(finding.evidence[1].value?["record"] == 1)
  }

  @Test func everyBuiltinHasMetadata() {
    #expect(BuiltinDetections.all.count == 15)
    #expect(Set(BuiltinDetections.all.map(\.id)).count == 15)
    for detection in BuiltinDetections.all {
      #expect(detection.techniques.allSatisfy { $0.hasPrefix("T1") })
      #expect(!detection.explanation.isEmpty && !detection.remediation.isEmpty)
    }
  }
}
