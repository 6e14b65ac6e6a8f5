import ParapetCore

/// Failing and passing RDS resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let rdsLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.rds.instance_backup_retention_7_days", type: "aws.rds.instance",
    failing: json(#"{"BackupRetentionPeriod": "1"}"#),
    passing: json(#"{"BackupRetentionPeriod": "7"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_multi_az", type: "aws.rds.instance",
    failing: json(#"{"MultiAZ": "false"}"#),
    passing: json(#"{"MultiAZ": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_auto_minor_version_upgrade", type: "aws.rds.instance",
    failing: json(#"{"AutoMinorVersionUpgrade": "false"}"#),
    passing: json(#"{"AutoMinorVersionUpgrade": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_deletion_protection", type: "aws.rds.instance",
    failing: json(#"{"DeletionProtection": "false"}"#),
    passing: json(#"{"DeletionProtection": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_iam_authentication", type: "aws.rds.instance",
    failing: json(#"{"IAMDatabaseAuthenticationEnabled": "false"}"#),
    passing: json(#"{"IAMDatabaseAuthenticationEnabled": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_enhanced_monitoring", type: "aws.rds.instance",
    failing: json(#"{"MonitoringInterval": "0"}"#),
    passing: json(#"{"MonitoringInterval": "60"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_logs_exported", type: "aws.rds.instance",
    failing: json(#"{"Engine": "postgres"}"#),
    passing: json(#"{"EnabledCloudwatchLogsExports": ["postgresql"]}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.instance_copy_tags_to_snapshots", type: "aws.rds.instance",
    failing: json(#"{"CopyTagsToSnapshot": "false"}"#),
    passing: json(#"{"CopyTagsToSnapshot": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db1"),
  .init(
    id: "aws.rds.snapshot_encrypted", type: "aws.rds.snapshot",
    failing: json(#"{"Encrypted": "false"}"#),
    passing: json(#"{"Encrypted": "true"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "snap1"),
  .init(
    id: "aws.rds.snapshot_not_public", type: "aws.rds.snapshot",
    failing: json(
      #"""
      {
        "Attributes": {
          "restore": ["all"]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "restore": ["444455556666"]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "snap1"),
  .init(
    id: "aws.rds.cluster_deletion_protection", type: "aws.rds.cluster",
    failing: json(#"{"DeletionProtection": false}"#),
    passing: json(#"{"DeletionProtection": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_multi_az", type: "aws.rds.cluster",
    failing: json(#"{"MultiAZ": false}"#),
    passing: json(#"{"MultiAZ": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_storage_encrypted", type: "aws.rds.cluster",
    failing: json(#"{"StorageEncrypted": false}"#),
    passing: json(#"{"StorageEncrypted": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_iam_authentication", type: "aws.rds.cluster",
    failing: json(#"{"IAMDatabaseAuthenticationEnabled": false}"#),
    passing: json(#"{"IAMDatabaseAuthenticationEnabled": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_copy_tags_to_snapshots", type: "aws.rds.cluster",
    failing: json(#"{"CopyTagsToSnapshot": false}"#),
    passing: json(#"{"CopyTagsToSnapshot": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_auto_minor_version_upgrade", type: "aws.rds.cluster",
    failing: json(#"{"AutoMinorVersionUpgrade": false}"#),
    passing: json(#"{"AutoMinorVersionUpgrade": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
  .init(
    id: "aws.rds.cluster_backup_retention_7_days", type: "aws.rds.cluster",
    failing: json(#"{"BackupRetentionPeriod": 1}"#),
    passing: json(#"{"BackupRetentionPeriod": 7}"#),
    failingExtras: [],
    passingExtras: [],
    name: "cluster1"),
]

/// Exact messages of `rdsLibraryCases`.
let rdsLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.rds.instance_backup_retention_7_days": (
    fail: "DB instance db1 keeps backups only 1 days.",
    pass: "DB instance db1 keeps backups 7 days."
  ),
  "aws.rds.instance_multi_az": (
    fail: "DB instance db1 runs in a single availability zone.",
    pass: "DB instance db1 is Multi-AZ."
  ),
  "aws.rds.instance_auto_minor_version_upgrade": (
    fail: "DB instance db1 does not upgrade minor versions automatically.",
    pass: "DB instance db1 upgrades minor versions automatically."
  ),
  "aws.rds.instance_deletion_protection": (
    fail: "DB instance db1 has no deletion protection.",
    pass: "DB instance db1 has deletion protection."
  ),
  "aws.rds.instance_iam_authentication": (
    fail: "DB instance db1 does not accept IAM authentication.",
    pass: "DB instance db1 accepts IAM authentication."
  ),
  "aws.rds.instance_enhanced_monitoring": (
    fail: "DB instance db1 has no enhanced monitoring.",
    pass: "DB instance db1 reports enhanced monitoring every 60 s."
  ),
  "aws.rds.instance_logs_exported": (
    fail: "DB instance db1 exports no logs to CloudWatch.",
    pass: "DB instance db1 exports logs to CloudWatch."
  ),
  "aws.rds.instance_copy_tags_to_snapshots": (
    fail: "DB instance db1 does not copy tags to snapshots.",
    pass: "DB instance db1 copies tags to snapshots."
  ),
  "aws.rds.snapshot_encrypted": (
    fail: "DB snapshot snap1 is not encrypted.",
    pass: "DB snapshot snap1 is encrypted."
  ),
  "aws.rds.snapshot_not_public": (
    fail: "DB snapshot snap1 can be restored by any AWS account.",
    pass: "DB snapshot snap1 is not public."
  ),
  "aws.rds.cluster_deletion_protection": (
    fail: "DB cluster cluster1 lacks deletion protection.",
    pass: "DB cluster cluster1 has deletion protection."
  ),
  "aws.rds.cluster_multi_az": (
    fail: "DB cluster cluster1 lacks instances in several availability zones.",
    pass: "DB cluster cluster1 has instances in several availability zones."
  ),
  "aws.rds.cluster_storage_encrypted": (
    fail: "DB cluster cluster1 lacks encrypted storage.",
    pass: "DB cluster cluster1 has encrypted storage."
  ),
  "aws.rds.cluster_iam_authentication": (
    fail: "DB cluster cluster1 lacks IAM database authentication.",
    pass: "DB cluster cluster1 has IAM database authentication."
  ),
  "aws.rds.cluster_copy_tags_to_snapshots": (
    fail: "DB cluster cluster1 lacks tags copied to snapshots.",
    pass: "DB cluster cluster1 has tags copied to snapshots."
  ),
  "aws.rds.cluster_auto_minor_version_upgrade": (
    fail: "DB cluster cluster1 lacks automatic minor version upgrades.",
    pass: "DB cluster cluster1 has automatic minor version upgrades."
  ),
  "aws.rds.cluster_backup_retention_7_days": (
    fail: "DB cluster cluster1 keeps backups only 1 days.",
    pass: "DB cluster cluster1 keeps backups 7 days."
  ),
]
