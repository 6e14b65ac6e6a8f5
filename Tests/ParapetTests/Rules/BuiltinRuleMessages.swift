/// Exact messages each built-in rule gives its failing and passing case.
let expectedMessages: [String: (fail: String, pass: String)] = [
  "aws.cloudtrail.multi_region_trail_logging": (
    fail: "Account 111122223333 has no logging multi-region trail recording read and "
      + "write management events.",
    pass: "Account 111122223333 has a logging multi-region trail recording all manage"
      + "ment events: aws.cloudtrail.trail[main].IsMultiRegionTrail=true, aws.cloud"
      + "trail.trail[main].Status.IsLogging=true, aws.cloudtrail.trail[main].EventS"
      + "electors[0].IncludeManagementEvents=true, aws.cloudtrail.trail[main].Event"
      + "Selectors[0].ReadWriteType=All."
  ),
  "aws.cloudtrail.trail_bucket_access_logging": (
    fail: "Trail r1 bucket trail-logs has no access logging.",
    pass: "Trail r1 bucket trail-logs has access logging."
  ),
  "aws.cloudtrail.trail_cloudwatch_logs_integration": (
    fail: "Trail r1 does not deliver to CloudWatch Logs: Status.LatestCloudWatchLogsD"
      + "eliveryTime=2024-11-01T00:00:00Z.",
    pass: "Trail r1 delivers to CloudWatch Logs."
  ),
  "aws.cloudtrail.trail_kms_encryption": (
    fail: "Trail r1 does not encrypt logs with a KMS key.",
    pass: "Trail r1 encrypts logs with arn:aws:kms:us-east-1:111122223333:key/k1."
  ),
  "aws.cloudtrail.trail_log_file_validation": (
    fail: "Trail r1 does not validate its log files.",
    pass: "Trail r1 validates its log files."
  ),
  "aws.config.recorder_enabled_in_region": (
    fail: "Region us-east-1 has no AWS Config recorder recording all resources.",
    pass: "Region us-east-1 has an AWS Config recorder recording all resources."
  ),
  "aws.ec2.default_security_group_restricts_all": (
    fail: "Default security group sg-d in vpc-1 has rules: IpPermissionsEgress=[{\"IpP"
      + "rotocol\":\"-1\",\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}]}].",
    pass: "Default security group sg-d in vpc-1 allows no traffic."
  ),
  "aws.ec2.ebs_encryption_by_default": (
    fail: "Region us-east-1 does not encrypt new EBS volumes by default.",
    pass: "Region us-east-1 encrypts new EBS volumes by default."
  ),
  "aws.ec2.instance_imdsv2_required": (
    fail: "Instance i-1 allows IMDSv1 (HttpTokens=optional).",
    pass: "Instance i-1 requires IMDSv2."
  ),
  "aws.ec2.network_acl_no_public_admin_ports": (
    fail: "Network ACL acl-1 allows internet ingress to 22 or 3389: Entries[0].Egress"
      + "=false, Entries[0].RuleAction=allow, Entries[0]={\"CidrBlock\":\"0.0.0.0/0\",\""
      + "Egress\":\"false\",\"Protocol\":\"-1\",\"RuleAction\":\"allow\",\"RuleNumber\":\"100\"}, "
      + "Entries[0].CidrBlock=0.0.0.0/0.",
    pass: "Network ACL acl-1 does not open 22 or 3389 to the internet."
  ),
  "aws.ec2.security_group_no_public_admin_ports_ipv4": (
    fail: "Security group r1 (sg-1) opens [22, 3389] to 0.0.0.0/0: IpPermissions[0]={"
      + "\"FromPort\":\"22\",\"IpProtocol\":\"tcp\",\"IpRanges\":[{\"CidrIp\":\"0.0.0.0/0\"}],\"Ip"
      + "v6Ranges\":[],\"ToPort\":\"22\"}, IpPermissions[0].IpRanges[0].CidrIp=0.0.0.0/0"
      + ".",
    pass: "Security group r1 (sg-1) does not open [22, 3389] to 0.0.0.0/0."
  ),
  "aws.ec2.security_group_no_public_admin_ports_ipv6": (
    fail: "Security group r1 (sg-1) opens [22, 3389] to ::/0: IpPermissions[0]={\"IpPr"
      + "otocol\":\"-1\",\"Ipv6Ranges\":[{\"CidrIpv6\":\"::/0\"}]}, IpPermissions[0].Ipv6Ran"
      + "ges[0].CidrIpv6=::/0.",
    pass: "Security group r1 (sg-1) does not open [22, 3389] to ::/0."
  ),
  "aws.ec2.security_group_no_public_high_risk_ports": (
    fail: "Security group r1 (sg-1) exposes high-risk ports to the internet: IpPermis"
      + "sions[0]={\"FromPort\":\"3300\",\"IpProtocol\":\"tcp\",\"IpRanges\":[{\"CidrIp\":\"0.0."
      + "0.0/0\"}],\"Ipv6Ranges\":[],\"ToPort\":\"3310\"}, IpPermissions[0].IpRanges[0].Ci"
      + "drIp=0.0.0.0/0.",
    pass: "Security group r1 (sg-1) exposes no high-risk port to the internet."
  ),
  "aws.ec2.snapshot_not_public": (
    fail: "Snapshot snap-1 is public: CreateVolumePermissions[0].Group=all.",
    pass: "Snapshot snap-1 is not shared publicly."
  ),
  "aws.ec2.volume_encrypted": (
    fail: "Volume vol-1 is not encrypted.",
    pass: "Volume vol-1 is encrypted."
  ),
  "aws.ec2.vpc_flow_logs_enabled": (
    fail: "VPC vpc-1 has no active flow log.",
    pass: "VPC vpc-1 has an active flow log."
  ),
  "aws.efs.file_system_encrypted": (
    fail: "EFS file system fs-1 is not encrypted.",
    pass: "EFS file system fs-1 is encrypted."
  ),
  "aws.guardduty.enabled_in_region": (
    fail: "Region us-east-1 has no enabled GuardDuty detector.",
    pass: "Region us-east-1 has GuardDuty enabled."
  ),
  "aws.iam.access_analyzer_enabled": (
    fail: "Region us-east-1 has no active IAM Access Analyzer.",
    pass: "Region us-east-1 has an active IAM Access Analyzer."
  ),
  "aws.iam.password_policy_min_length_14": (
    fail: "Account 111122223333 password policy minimum length is 8, below 14.",
    pass: "Account 111122223333 password policy requires 14 characters."
  ),
  "aws.iam.password_policy_reuse_prevention_24": (
    fail: "Account 111122223333 password policy reuse prevention is absent, below 24.",
    pass: "Account 111122223333 password policy remembers 24 passwords."
  ),
  "aws.iam.root_access_keys_absent": (
    fail: "Account 111122223333 root user has access keys (AccountAccessKeysPresent=1"
      + ").",
    pass: "Account 111122223333 root user has no access keys."
  ),
  "aws.iam.root_hardware_mfa_enabled": (
    fail: "Account 111122223333 root user lacks hardware MFA: VirtualMFADevices[0].Se"
      + "rialNumber=arn:aws:iam::111122223333:mfa/root-account-mfa-device.",
    pass: "Account 111122223333 root user uses hardware MFA."
  ),
  "aws.iam.root_mfa_enabled": (
    fail: "Account 111122223333 root user has no MFA (AccountMFAEnabled=0).",
    pass: "Account 111122223333 root user has MFA enabled."
  ),
  "aws.iam.user_access_keys_rotated_90_days": (
    fail: "User r1 has active access keys older than 90 days: AccessKeys[0].Status=Ac"
      + "tive, AccessKeys[0].LastRotated=2024-06-01T00:00:00+00:00.",
    pass: "User r1 has no active access key older than 90 days."
  ),
  "aws.iam.user_console_mfa_enabled": (
    fail: "User r1 has a console password but no MFA (mfa_active=false).",
    pass: "User r1 has a console password and MFA."
  ),
  "aws.iam.user_permissions_through_groups": (
    fail: "User r1 has policies attached directly: AttachedManagedPolicies=[{\"PolicyA"
      + "rn\":\"arn:aws:iam::aws:policy/ReadOnlyAccess\",\"PolicyName\":\"ReadOnlyAccess\""
      + "}].",
    pass: "User r1 has no directly attached or inline policies."
  ),
  "aws.iam.user_single_active_access_key": (
    fail: "User r1 has more than one active access key: AccessKeys (matching count)=2"
      + ", AccessKeys[0].Status=Active, AccessKeys[1].Status=Active.",
    pass: "User r1 has at most one active access key."
  ),
  "aws.iam.user_unused_credentials_disabled_45_days": (
    fail: "User r1 has credentials unused for more than 45 days: CredentialReport.pas"
      + "sword_enabled=true, CredentialReport.password_last_used=no_information, Cr"
      + "edentialReport.password_last_changed=2024-01-01T00:00:00+00:00.",
    pass: "User r1 has no credentials unused for more than 45 days."
  ),
  "aws.kms.key_rotation_enabled": (
    fail: "KMS key k1 does not rotate (KeyRotationEnabled=false).",
    pass: "KMS key k1 rotates automatically."
  ),
  "aws.rds.instance_not_public": (
    fail: "RDS instance db1 is publicly accessible.",
    pass: "RDS instance db1 is not publicly accessible."
  ),
  "aws.rds.instance_storage_encrypted": (
    fail: "RDS instance db1 storage is not encrypted.",
    pass: "RDS instance db1 storage is encrypted."
  ),
  "aws.s3.account_public_access_block": (
    fail: "Account 111122223333 does not fully block S3 public access: S3PublicAccess"
      + "Block.BlockPublicPolicy=false.",
    pass: "Account 111122223333 blocks public access to S3 at the account level."
  ),
  "aws.s3.bucket_access_logging_enabled": (
    fail: "Bucket r1 has no server access logging.",
    pass: "Bucket r1 logs access to logs."
  ),
  "aws.s3.bucket_acl_not_public": (
    fail: "Bucket r1 ACL grants access to a public group: Acl.Grants[0].Grantee.URI=h"
      + "ttp://acs.amazonaws.com/groups/global/AllUsers.",
    pass: "Bucket r1 ACL grants nothing to public groups."
  ),
  "aws.s3.bucket_default_encryption": (
    fail: "Bucket r1 has no default encryption.",
    pass: "Bucket r1 encrypts new objects by default."
  ),
  "aws.s3.bucket_mfa_delete_enabled": (
    fail: "Bucket r1 MFA delete is Disabled.",
    pass: "Bucket r1 requires MFA to delete versions."
  ),
  "aws.s3.bucket_public_access_block": (
    fail: "Bucket r1 does not fully block public access: PublicAccessBlock.BlockPubli"
      + "cAcls=absent.",
    pass: "Bucket r1 blocks public access."
  ),
  "aws.s3.bucket_secure_transport_required": (
    fail: "Bucket r1 policy does not deny requests over HTTP.",
    pass: "Bucket r1 policy denies requests that do not use TLS."
  ),
  "aws.s3.bucket_versioning_enabled": (
    fail: "Bucket r1 versioning is Suspended.",
    pass: "Bucket r1 has versioning enabled."
  ),
]
