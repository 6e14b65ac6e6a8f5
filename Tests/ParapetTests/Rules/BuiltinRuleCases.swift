import ParapetCore
import Testing

@testable import ParapetRules

/// One built-in rule with a failing and a passing resource in the shape AWS returns.
struct BuiltinRuleCase: CustomTestStringConvertible, Sendable {
  var id: String
  var type: String
  var failing: JSONValue
  var passing: JSONValue
  /// Other resources the rule reads through `related`, present in both inventories.
  var failingExtras: [Resource] = []
  var passingExtras: [Resource] = []
  /// Name of the judged resource (messages print it).
  var name: String = "r1"

  var testDescription: String { id }
}

/// A resource property tree written as JSON text, as an API returns it.
func json(_ text: String) -> JSONValue {
  (try? JSONValue.parse(text)) ?? .null
}

/// A related resource of `type` for a case's inventory.
func extra(_ type: String, _ properties: String, name: String) -> Resource {
  RuleTestSupport.resource(type, json(properties), name: name)
}

private let allUsers = "http://acs.amazonaws.com/groups/global/AllUsers"
private let publicPolicy: JSONValue = [
  "Version": "2012-10-17",
  "Statement": [
    [
      "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::b/*",
    ]
  ],
]
private let privatePolicy: JSONValue = [
  "Statement": [
    [
      "Effect": "Allow", "Principal": ["AWS": "arn:aws:iam::111122223333:root"],
      "Action": "kms:*", "Resource": "*",
    ]
  ]
]
private let adminDocument: JSONValue = [
  "Statement": [["Effect": "Allow", "Action": "*", "Resource": "*"]]
]
private let scopedDocument: JSONValue = [
  "Statement": [["Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"]]
]
private func permission(_ from: Int, _ to: Int, v4: String? = nil, v6: String? = nil)
  -> JSONValue
{
  [
    "IpProtocol": "tcp", "FromPort": .string(String(from)), "ToPort": .string(String(to)),
    "IpRanges": v4.map { [["CidrIp": .string($0)]] } ?? [],
    "Ipv6Ranges": v6.map { [["CidrIpv6": .string($0)]] } ?? [],
  ]
}
private let goodTrail: JSONValue = [
  "Name": "main", "IsMultiRegionTrail": "true", "Status": ["IsLogging": true],
  "EventSelectors": [["IncludeManagementEvents": true, "ReadWriteType": "All"]],
]
private func trail(_ bucket: String) -> JSONValue {
  ["Name": "main", "S3BucketName": .string(bucket)]
}
private func bucket(_ name: String, _ extra: JSONValue) -> Resource {
  RuleTestSupport.resource("aws.s3.bucket", extra.setting("Name", to: .string(name)), name: name)
}

let builtinRuleCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.iam.root_access_keys_absent", type: "aws.account",
    failing: ["AccountSummary": ["AccountAccessKeysPresent": 1]],
    passing: ["AccountSummary": ["AccountAccessKeysPresent": 0]]),
  .init(
    id: "aws.iam.root_mfa_enabled", type: "aws.account",
    failing: ["AccountSummary": ["AccountMFAEnabled": 0]],
    passing: ["AccountSummary": ["AccountMFAEnabled": 1]]),
  .init(
    id: "aws.iam.root_hardware_mfa_enabled", type: "aws.account",
    failing: [
      "AccountSummary": ["AccountMFAEnabled": 1],
      "VirtualMFADevices": [
        ["SerialNumber": "arn:aws:iam::111122223333:mfa/root-account-mfa-device"]
      ],
    ],
    passing: [
      "AccountSummary": ["AccountMFAEnabled": 1],
      "VirtualMFADevices": [
        ["SerialNumber": "arn:aws:iam::111122223333:mfa/alice"]
      ],
    ]),
  .init(
    id: "aws.iam.password_policy_min_length_14", type: "aws.account",
    failing: ["PasswordPolicy": ["MinimumPasswordLength": "8"]],
    passing: ["PasswordPolicy": ["MinimumPasswordLength": "14"]]),
  .init(
    id: "aws.iam.password_policy_reuse_prevention_24", type: "aws.account",
    failing: ["PasswordPolicy": nil],
    passing: ["PasswordPolicy": ["PasswordReusePrevention": "24"]]),
  .init(
    id: "aws.iam.access_analyzer_enabled", type: "aws.region",
    failing: [:], passing: [:],
    failingExtras: [
      RuleTestSupport.resource(
        "aws.accessanalyzer.analyzer", ["name": "account", "status": "DISABLED"],
        name: "account")
    ],
    passingExtras: [
      RuleTestSupport.resource(
        "aws.accessanalyzer.analyzer", ["name": "account", "status": "ACTIVE"],
        name: "account")
    ]),
  .init(
    id: "aws.iam.user_console_mfa_enabled", type: "aws.iam.user",
    failing: ["CredentialReport": ["password_enabled": "true", "mfa_active": "false"]],
    passing: ["CredentialReport": ["password_enabled": "true", "mfa_active": "true"]]),
  .init(
    id: "aws.iam.user_access_keys_rotated_90_days", type: "aws.iam.user",
    failing: [
      "AccessKeys": [
        ["Slot": 1, "Status": "Active", "LastRotated": "2024-06-01T00:00:00+00:00"]
      ]
    ],
    passing: [
      "AccessKeys": [
        ["Slot": 1, "Status": "Active", "LastRotated": "2024-12-01T00:00:00+00:00"],
        ["Slot": 2, "Status": "Inactive", "LastRotated": "2023-01-01T00:00:00+00:00"],
      ]
    ]),
  .init(
    id: "aws.iam.user_unused_credentials_disabled_45_days", type: "aws.iam.user",
    failing: [
      "CredentialReport": [
        "password_enabled": "true",
        "password_last_used": "no_information",
        "password_last_changed": "2024-01-01T00:00:00+00:00",
      ],
      // A key never used and older than 45 days is unused too.
      "AccessKeys": [
        [
          "Slot": 1, "Status": "Active", "LastRotated": "2024-01-01T00:00:00+00:00",
          "LastUsedDate": "N/A",
        ]
      ],
    ],
    passing: [
      "CredentialReport": [
        "password_enabled": "true",
        "password_last_used": "2024-12-20T08:00:00+00:00",
      ],
      "AccessKeys": [
        [
          "Slot": 1, "Status": "Active", "LastRotated": "2023-01-01T00:00:00+00:00",
          "LastUsedDate": "2024-12-30T00:00:00+00:00",
        ]
      ],
    ]),
  .init(
    id: "aws.iam.user_single_active_access_key", type: "aws.iam.user",
    failing: [
      "AccessKeys": [
        ["AccessKeyId": "AKIA1", "Status": "Active"],
        ["AccessKeyId": "AKIA2", "Status": "Active"],
      ]
    ],
    passing: [
      "AccessKeys": [
        ["AccessKeyId": "AKIA1", "Status": "Active"],
        ["AccessKeyId": "AKIA2", "Status": "Inactive"],
      ]
    ]),
  .init(
    id: "aws.iam.user_permissions_through_groups", type: "aws.iam.user",
    failing: [
      "UserPolicyList": [],
      "AttachedManagedPolicies": [
        ["PolicyName": "ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"]
      ],
    ],
    passing: ["UserPolicyList": [], "AttachedManagedPolicies": []]),
  .init(
    id: "aws.iam.user_no_admin_policies", type: "aws.iam.user",
    failing: [
      "UserPolicyList": [["PolicyName": "all", "PolicyDocument": adminDocument]],
      "AttachedManagedPolicies": [],
    ],
    passing: [
      "UserPolicyList": [["PolicyName": "read", "PolicyDocument": scopedDocument]],
      "AttachedManagedPolicies": [],
    ]),
  .init(
    id: "aws.iam.policy_no_full_admin", type: "aws.iam.policy",
    failing: ["AttachmentCount": "2", "DefaultDocument": adminDocument],
    passing: ["AttachmentCount": "2", "DefaultDocument": scopedDocument]),
  .init(
    id: "aws.s3.account_public_access_block", type: "aws.account",
    failing: [
      "S3PublicAccessBlock": [
        "BlockPublicAcls": "true", "IgnorePublicAcls": "true",
        "BlockPublicPolicy": "false", "RestrictPublicBuckets": "true",
      ]
    ],
    passing: [
      "S3PublicAccessBlock": [
        "BlockPublicAcls": "true", "IgnorePublicAcls": "true",
        "BlockPublicPolicy": "true", "RestrictPublicBuckets": "true",
      ]
    ]),
  .init(
    id: "aws.s3.bucket_public_access_block", type: "aws.s3.bucket",
    failing: ["PublicAccessBlock": nil],
    passing: [
      "PublicAccessBlock": [
        "BlockPublicAcls": true, "IgnorePublicAcls": true,
        "BlockPublicPolicy": true, "RestrictPublicBuckets": true,
      ]
    ]),
  .init(
    id: "aws.s3.bucket_secure_transport_required", type: "aws.s3.bucket",
    failing: ["Policy": publicPolicy],
    passing: [
      "Policy": [
        "Statement": [
          [
            "Effect": "Deny", "Principal": "*", "Action": "s3:*",
            "Resource": "arn:aws:s3:::r1/*",
            "Condition": ["Bool": ["aws:SecureTransport": "false"]],
          ]
        ]
      ]
    ]),
  .init(
    id: "aws.s3.bucket_default_encryption", type: "aws.s3.bucket",
    failing: ["Encryption": nil],
    passing: [
      "Encryption": [
        "Rules": [
          [
            "ApplyServerSideEncryptionByDefault": [
              "SSEAlgorithm": "aws:kms"
            ]
          ]
        ]
      ]
    ]),
  .init(
    id: "aws.s3.bucket_versioning_enabled", type: "aws.s3.bucket",
    failing: ["Versioning": ["Status": "Suspended"]],
    passing: ["Versioning": ["Status": "Enabled"]]),
  .init(
    id: "aws.s3.bucket_mfa_delete_enabled", type: "aws.s3.bucket",
    failing: ["Versioning": ["Status": "Enabled", "MFADelete": "Disabled"]],
    passing: ["Versioning": ["Status": "Enabled", "MFADelete": "Enabled"]]),
  .init(
    id: "aws.s3.bucket_access_logging_enabled", type: "aws.s3.bucket",
    failing: ["Logging": nil],
    passing: ["Logging": ["LoggingEnabled": ["TargetBucket": "logs", "TargetPrefix": "r1/"]]]),
  .init(
    id: "aws.s3.bucket_acl_not_public", type: "aws.s3.bucket",
    failing: [
      "Acl": [
        "Grants": [
          [
            "Grantee": ["Type": "Group", "URI": .string(allUsers)],
            "Permission": "READ",
          ]
        ]
      ]
    ],
    passing: [
      "Acl": [
        "Grants": [
          [
            "Grantee": ["Type": "CanonicalUser", "ID": "abc"],
            "Permission": "FULL_CONTROL",
          ]
        ]
      ]
    ]),
  .init(
    id: "aws.s3.bucket_policy_not_public", type: "aws.s3.bucket",
    failing: ["Policy": publicPolicy], passing: ["Policy": nil]),
  .init(
    id: "aws.ec2.security_group_no_public_admin_ports_ipv4", type: "aws.ec2.security_group",
    failing: ["GroupId": "sg-1", "IpPermissions": [permission(22, 22, v4: "0.0.0.0/0")]],
    passing: [
      "GroupId": "sg-1",
      "IpPermissions": [
        permission(22, 22, v4: "10.0.0.0/8"),
        permission(443, 443, v4: "0.0.0.0/0"),
      ],
    ]),
  .init(
    id: "aws.ec2.security_group_no_public_admin_ports_ipv6", type: "aws.ec2.security_group",
    failing: [
      "GroupId": "sg-1",
      "IpPermissions": [
        [
          "IpProtocol": "-1",
          "Ipv6Ranges": [["CidrIpv6": "::/0"]],
        ]
      ],
    ],
    passing: ["GroupId": "sg-1", "IpPermissions": [permission(3389, 3389, v6: "2001:db8::/32")]]),
  .init(
    id: "aws.ec2.security_group_no_public_high_risk_ports", type: "aws.ec2.security_group",
    failing: ["GroupId": "sg-1", "IpPermissions": [permission(3300, 3310, v4: "0.0.0.0/0")]],
    passing: ["GroupId": "sg-1", "IpPermissions": [permission(80, 443, v4: "0.0.0.0/0")]]),
  .init(
    id: "aws.ec2.default_security_group_restricts_all", type: "aws.ec2.security_group",
    failing: [
      "GroupName": "default", "GroupId": "sg-d", "VpcId": "vpc-1", "IpPermissions": [],
      "IpPermissionsEgress": [["IpProtocol": "-1", "IpRanges": [["CidrIp": "0.0.0.0/0"]]]],
    ],
    passing: [
      "GroupName": "default", "GroupId": "sg-d", "VpcId": "vpc-1", "IpPermissions": [],
      "IpPermissionsEgress": [],
    ]),
  .init(
    id: "aws.ec2.network_acl_no_public_admin_ports", type: "aws.ec2.network_acl",
    failing: [
      "NetworkAclId": "acl-1",
      "Entries": [
        [
          "RuleNumber": "100", "Protocol": "-1",
          "RuleAction": "allow", "Egress": "false", "CidrBlock": "0.0.0.0/0",
        ]
      ],
    ],
    passing: [
      "NetworkAclId": "acl-1",
      "Entries": [
        [
          "RuleNumber": "100", "Protocol": "6",
          "RuleAction": "allow", "Egress": "false", "CidrBlock": "0.0.0.0/0",
          "PortRange": ["From": "443", "To": "443"],
        ],
        [
          "RuleNumber": "110", "Protocol": "-1",
          "RuleAction": "allow", "Egress": "true", "CidrBlock": "0.0.0.0/0",
        ],
      ],
    ]),
  .init(
    id: "aws.ec2.instance_imdsv2_required", type: "aws.ec2.instance",
    failing: [
      "InstanceId": "i-1", "State": ["Name": "running"],
      "MetadataOptions": ["HttpTokens": "optional", "HttpEndpoint": "enabled"],
    ],
    passing: [
      "InstanceId": "i-1", "State": ["Name": "running"],
      "MetadataOptions": ["HttpTokens": "required", "HttpEndpoint": "enabled"],
    ]),
  .init(
    id: "aws.ec2.volume_encrypted", type: "aws.ec2.volume",
    failing: ["VolumeId": "vol-1", "Encrypted": "false"],
    passing: ["VolumeId": "vol-1", "Encrypted": "true"]),
  .init(
    id: "aws.ec2.ebs_encryption_by_default", type: "aws.region",
    failing: ["EbsEncryptionByDefault": false], passing: ["EbsEncryptionByDefault": true]),
  .init(
    id: "aws.ec2.snapshot_not_public", type: "aws.ec2.snapshot",
    failing: ["SnapshotId": "snap-1", "CreateVolumePermissions": [["Group": "all"]]],
    passing: ["SnapshotId": "snap-1", "CreateVolumePermissions": [["UserId": "444455556666"]]]),
  .init(
    id: "aws.ec2.vpc_flow_logs_enabled", type: "aws.ec2.vpc",
    failing: ["VpcId": "vpc-1", "FlowLogs": []],
    passing: ["VpcId": "vpc-1", "FlowLogs": [["FlowLogId": "fl-1", "FlowLogStatus": "ACTIVE"]]]),
  .init(
    id: "aws.kms.key_rotation_enabled", type: "aws.kms.key",
    failing: [
      "KeyId": "k1", "KeyManager": "CUSTOMER", "KeySpec": "SYMMETRIC_DEFAULT",
      "KeyState": "Enabled", "KeyRotationEnabled": false,
    ],
    passing: [
      "KeyId": "k1", "KeyManager": "CUSTOMER", "KeySpec": "SYMMETRIC_DEFAULT",
      "KeyState": "Enabled", "KeyRotationEnabled": true,
    ]),
  .init(
    id: "aws.kms.key_policy_not_public", type: "aws.kms.key",
    failing: [
      "KeyId": "k1", "KeyManager": "CUSTOMER",
      "Policy": [
        "Statement": [
          ["Effect": "Allow", "Principal": ["AWS": "*"], "Action": "kms:*", "Resource": "*"]
        ]
      ],
    ],
    passing: ["KeyId": "k1", "KeyManager": "CUSTOMER", "Policy": privatePolicy]),
  .init(
    id: "aws.cloudtrail.multi_region_trail_logging", type: "aws.account",
    failing: [:], passing: [:],
    failingExtras: [
      RuleTestSupport.resource(
        "aws.cloudtrail.trail",
        goodTrail.setting("Status", to: ["IsLogging": false]), name: "main")
    ],
    passingExtras: [RuleTestSupport.resource("aws.cloudtrail.trail", goodTrail, name: "main")]),
  .init(
    id: "aws.cloudtrail.trail_log_file_validation", type: "aws.cloudtrail.trail",
    failing: ["LogFileValidationEnabled": false], passing: ["LogFileValidationEnabled": true]),
  .init(
    id: "aws.cloudtrail.trail_kms_encryption", type: "aws.cloudtrail.trail",
    failing: ["Name": "main"], passing: ["KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k1"]),
  .init(
    id: "aws.cloudtrail.trail_cloudwatch_logs_integration", type: "aws.cloudtrail.trail",
    failing: [
      "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:t",
      "Status": ["LatestCloudWatchLogsDeliveryTime": "2024-11-01T00:00:00Z"],
    ],
    passing: [
      "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:t",
      "Status": ["LatestCloudWatchLogsDeliveryTime": "2024-12-31T20:00:00Z"],
    ]),
  .init(
    id: "aws.cloudtrail.trail_bucket_not_public", type: "aws.cloudtrail.trail",
    failing: trail("trail-logs"), passing: trail("trail-logs"),
    failingExtras: [
      bucket(
        "trail-logs", ["Policy": publicPolicy, "Acl": ["Grants": []], "PublicAccessBlock": nil]),
      RuleTestSupport.resource("aws.account", ["S3PublicAccessBlock": nil]),
    ],
    passingExtras: [
      bucket("trail-logs", ["Policy": nil, "Acl": ["Grants": []], "PublicAccessBlock": nil]),
      RuleTestSupport.resource("aws.account", ["S3PublicAccessBlock": nil]),
    ]),
  .init(
    id: "aws.cloudtrail.trail_bucket_access_logging", type: "aws.cloudtrail.trail",
    failing: trail("trail-logs"), passing: trail("trail-logs"),
    failingExtras: [bucket("trail-logs", ["Logging": nil])],
    passingExtras: [bucket("trail-logs", ["Logging": ["LoggingEnabled": ["TargetBucket": "l"]]])]),
  .init(
    id: "aws.config.recorder_enabled_in_region", type: "aws.region",
    failing: [:], passing: [:],
    failingExtras: [
      RuleTestSupport.resource(
        "aws.config.recorder",
        [
          "recordingGroup": ["allSupported": true], "Status": ["recording": true],
        ],
        name: "default", region: "eu-west-1")
    ],
    passingExtras: [
      RuleTestSupport.resource(
        "aws.config.recorder",
        [
          "recordingGroup": ["allSupported": true], "Status": ["recording": true],
        ],
        name: "default")
    ]),
  .init(
    id: "aws.rds.instance_not_public", type: "aws.rds.instance",
    failing: ["DBInstanceIdentifier": "db1", "PubliclyAccessible": "true"],
    passing: ["DBInstanceIdentifier": "db1", "PubliclyAccessible": "false"]),
  .init(
    id: "aws.rds.instance_storage_encrypted", type: "aws.rds.instance",
    failing: ["DBInstanceIdentifier": "db1", "StorageEncrypted": "false"],
    passing: ["DBInstanceIdentifier": "db1", "StorageEncrypted": "true"]),
  .init(
    id: "aws.lambda.function_policy_not_public", type: "aws.lambda.function",
    failing: [
      "Policy": [
        "Statement": [
          [
            "Effect": "Allow", "Principal": "*",
            "Action": "lambda:InvokeFunction", "Resource": "arn:aws:lambda:us-east-1:1:function:r1",
          ]
        ]
      ]
    ],
    passing: [
      "Policy": [
        "Statement": [
          [
            "Effect": "Allow", "Principal": "*",
            "Action": "lambda:InvokeFunction",
            "Condition": [
              "ArnLike": ["AWS:SourceArn": "arn:aws:events:us-east-1:111122223333:rule/r"]
            ],
          ]
        ]
      ]
    ]),
  .init(
    id: "aws.efs.file_system_encrypted", type: "aws.efs.file_system",
    failing: ["FileSystemId": "fs-1", "Encrypted": false],
    passing: ["FileSystemId": "fs-1", "Encrypted": true]),
  .init(
    id: "aws.guardduty.enabled_in_region", type: "aws.region",
    failing: [:], passing: [:],
    failingExtras: [
      RuleTestSupport.resource(
        "aws.guardduty.detector", ["status": "DISABLED"],
        name: "d1")
    ],
    passingExtras: [
      RuleTestSupport.resource(
        "aws.guardduty.detector", ["status": "ENABLED"],
        name: "d1")
    ]),
]
