import Foundation
import ParapetCLI
import ParapetCore
import Testing

/// The seeded demo account (scripts/seed_account.py) scanned end to end through the CLI:
/// every seeded resource, insecure and secure twin alike, gets exactly the status each
/// check that applies to it should give.
@Suite struct SeededAccountScanTests {
  /// One expected outcome: `check` on the `type` resource(s) named `name`. An empty
  /// `status` means the check must not apply to the resource at all.
  struct Expectation: CustomTestStringConvertible, Sendable {
    var check: String
    var type: String
    var name: String
    var status: String

    init(_ check: String, _ type: String, _ name: String, _ status: String) {
      self.check = "aws." + check
      self.type = "aws." + type
      self.name = name
      self.status = status
    }

    var testDescription: String { "\(check) on \(name): \(status.isEmpty ? "none" : status)" }
  }

  static let bucketChecks = [
    "s3.bucket_access_logging_enabled", "s3.bucket_acl_not_public",
    "s3.bucket_default_encryption", "s3.bucket_mfa_delete_enabled",
    "s3.bucket_policy_not_public", "s3.bucket_public_access_block",
    "s3.bucket_secure_transport_required", "s3.bucket_versioning_enabled",
    "s3.bucket_not_publicly_accessible", "s3.bucket_not_shared_cross_account",
  ]

  /// Buckets: statuses in the order of `bucketChecks`.
  static let buckets: [(String, [String])] = [
    (
      "parapet-log-bucket",
      ["pass", "pass", "pass", "fail", "pass", "pass", "pass", "pass", "pass", "pass"]
    ),
    (
      "parapet-private-bucket",
      ["pass", "pass", "pass", "fail", "pass", "pass", "pass", "pass", "pass", "pass"]
    ),
    (
      "parapet-public-acl-bucket",
      ["fail", "fail", "fail", "fail", "pass", "fail", "fail", "fail", "fail", "fail"]
    ),
    (
      "parapet-public-policy-bucket",
      ["fail", "pass", "fail", "fail", "fail", "fail", "fail", "fail", "fail", "fail"]
    ),
    (
      "parapet-unencrypted-bucket",
      ["fail", "pass", "fail", "fail", "pass", "fail", "fail", "fail", "pass", "pass"]
    ),
  ]

  static let expectations: [Expectation] =
    buckets.flatMap { bucket, statuses in
      zip(bucketChecks, statuses).map { Expectation($0, "s3.bucket", bucket, $1) }
    } + [
      // Account-wide controls of the insecure account.
      .init("cloudtrail.multi_region_trail_logging", "account", "123456789012", "pass"),
      .init("iam.password_policy_min_length_14", "account", "123456789012", "fail"),
      .init("iam.password_policy_reuse_prevention_24", "account", "123456789012", "fail"),
      .init("iam.root_access_keys_absent", "account", "123456789012", "pass"),
      .init("iam.root_mfa_enabled", "account", "123456789012", "fail"),
      .init("iam.root_hardware_mfa_enabled", "account", "123456789012", "fail"),
      // moto's credential report has no root row, so root use cannot be judged.
      .init("iam.root_not_used_recently", "account", "123456789012", "not_evaluated"),
      .init("s3.account_public_access_block", "account", "123456789012", "fail"),

      // IAM users and policies.
      .init("iam.user_console_mfa_enabled", "iam.user", "admin-no-mfa", "fail"),
      .init("iam.user_console_mfa_enabled", "iam.user", "least-privilege-mfa", "pass"),
      .init("iam.user_console_mfa_enabled", "iam.user", "inline-star-user", ""),
      .init("iam.user_no_admin_policies", "iam.user", "admin-no-mfa", "fail"),
      .init("iam.user_no_admin_policies", "iam.user", "inline-star-user", "fail"),
      .init("iam.user_no_admin_policies", "iam.user", "least-privilege-mfa", "pass"),
      // The least-privilege user's policy is attached directly, not through a group.
      .init("iam.user_permissions_through_groups", "iam.user", "least-privilege-mfa", "fail"),
      .init("iam.user_access_keys_rotated_90_days", "iam.user", "admin-no-mfa", "pass"),
      .init("iam.user_single_active_access_key", "iam.user", "admin-no-mfa", "pass"),
      .init("iam.user_unused_credentials_disabled_45_days", "iam.user", "admin-no-mfa", "pass"),
      .init("iam.policy_no_full_admin", "iam.policy", "parapet-full-admin", "fail"),
      .init("iam.policy_no_full_admin", "iam.policy", "parapet-least-privilege", "pass"),
      .init("iam.policy_no_full_admin", "iam.policy", "AdministratorAccess", "fail"),

      // Identity analysed by the policy engine.
      .init("iam.user_not_administrator", "iam.user", "admin-no-mfa", "fail"),
      .init("iam.user_not_administrator", "iam.user", "inline-star-user", "fail"),
      .init("iam.user_not_administrator", "iam.user", "least-privilege-mfa", "pass"),
      // Both administrators were created by the seed moments ago.
      .init("iam.admin_user_unused_90_days", "iam.user", "admin-no-mfa", "pass"),
      .init("iam.admin_user_unused_90_days", "iam.user", "inline-star-user", "pass"),
      .init("iam.admin_user_unused_90_days", "iam.user", "least-privilege-mfa", ""),
      // Administrators are reported as such, not as escalation paths.
      .init("iam.user_no_escalation_paths", "iam.user", "admin-no-mfa", "pass"),
      .init("iam.user_no_escalation_paths", "iam.user", "least-privilege-mfa", "pass"),
      .init("iam.role_trust_not_public", "iam.role", "parapet-role-trust-any", "fail"),
      .init("iam.role_trust_not_public", "iam.role", "parapet-role-trust-account", "pass"),
      .init("iam.role_trust_not_public", "iam.role", "parapet-service-role", "pass"),
      .init("iam.role_trust_external_id_required", "iam.role", "parapet-role-trust-any", "fail"),
      .init(
        "iam.role_trust_external_id_required", "iam.role", "parapet-role-trust-account", "pass"),
      .init("iam.role_trust_external_id_required", "iam.role", "parapet-service-role", "pass"),
      .init("iam.role_not_administrator", "iam.role", "parapet-role-trust-any", "pass"),
      .init("iam.role_no_escalation_paths", "iam.role", "parapet-service-role", "pass"),
      .init("iam.customer_policy_not_administrator", "iam.policy", "parapet-full-admin", "fail"),
      .init(
        "iam.customer_policy_not_administrator", "iam.policy", "parapet-least-privilege", "pass"),
      .init("iam.customer_policy_not_administrator", "iam.policy", "AdministratorAccess", ""),
      .init("iam.policy_no_passrole_on_all_roles", "iam.policy", "parapet-full-admin", "fail"),
      .init("iam.policy_no_passrole_on_all_roles", "iam.policy", "parapet-least-privilege", "pass"),
      .init("iam.customer_policy_no_service_wildcards", "iam.policy", "parapet-full-admin", "fail"),
      .init(
        "iam.customer_policy_no_service_wildcards", "iam.policy", "parapet-least-privilege", "pass"
      ),

      // Network.
      .init(
        "ec2.security_group_no_public_admin_ports_ipv4", "ec2.security_group",
        "sg-open-ssh-ipv4", "fail"),
      .init(
        "ec2.security_group_no_public_admin_ports_ipv6", "ec2.security_group",
        "sg-open-ssh-ipv4", "pass"),
      .init(
        "ec2.security_group_no_public_admin_ports_ipv4", "ec2.security_group",
        "sg-open-rdp-ipv4", "fail"),
      .init(
        "ec2.security_group_no_public_admin_ports_ipv4", "ec2.security_group",
        "sg-open-ssh-ipv6", "pass"),
      .init(
        "ec2.security_group_no_public_admin_ports_ipv6", "ec2.security_group",
        "sg-open-ssh-ipv6", "fail"),
      .init(
        "ec2.security_group_no_public_admin_ports_ipv4", "ec2.security_group",
        "sg-open-all-ports", "fail"),
      .init(
        "ec2.security_group_no_public_high_risk_ports", "ec2.security_group",
        "sg-open-all-ports", "fail"),
      .init(
        "ec2.security_group_no_public_high_risk_ports", "ec2.security_group",
        "sg-open-ssh-ipv4", "pass"),
      .init(
        "ec2.security_group_no_public_admin_ports_ipv4", "ec2.security_group",
        "sg-restricted-ssh", "pass"),
      .init(
        "ec2.security_group_no_public_admin_ports_ipv6", "ec2.security_group",
        "sg-restricted-ssh", "pass"),
      .init(
        "ec2.security_group_no_public_high_risk_ports", "ec2.security_group",
        "sg-restricted-ssh", "pass"),
      .init(
        "ec2.default_security_group_restricts_all", "ec2.security_group", "default",
        "fail"),
      .init(
        "ec2.default_security_group_restricts_all", "ec2.security_group",
        "sg-open-ssh-ipv4", ""),
      .init(
        "ec2.network_acl_no_public_admin_ports", "ec2.network_acl",
        "parapet-nacl-open-ssh", "fail"),
      .init(
        "ec2.network_acl_no_public_admin_ports", "ec2.network_acl",
        "parapet-nacl-restricted-ssh", "pass"),
      .init("ec2.vpc_flow_logs_enabled", "ec2.vpc", "parapet-vpc-flow-logs", "pass"),
      .init("ec2.vpc_flow_logs_enabled", "ec2.vpc", "parapet-vpc-no-flow-logs", "fail"),

      // Compute and storage.
      .init("ec2.instance_imdsv2_required", "ec2.instance", "parapet-imdsv1-instance", "fail"),
      .init("ec2.instance_imdsv2_required", "ec2.instance", "parapet-imdsv2-instance", "pass"),
      .init("ec2.volume_encrypted", "ec2.volume", "parapet-encrypted-volume", "pass"),
      .init("ec2.volume_encrypted", "ec2.volume", "parapet-unencrypted-volume", "fail"),
      .init("ec2.volume_in_use", "ec2.volume", "parapet-encrypted-volume", "pass"),
      .init("ec2.volume_in_use", "ec2.volume", "parapet-unencrypted-volume", "fail"),
      .init("ec2.snapshot_not_public", "ec2.snapshot", "parapet-public-snapshot", "fail"),
      .init("ec2.snapshot_not_public", "ec2.snapshot", "parapet-private-snapshot", "pass"),
      .init("rds.instance_not_public", "rds.instance", "parapet-db-public", "fail"),
      .init("rds.instance_storage_encrypted", "rds.instance", "parapet-db-public", "fail"),
      .init("rds.instance_not_public", "rds.instance", "parapet-db-private", "pass"),
      .init("rds.instance_storage_encrypted", "rds.instance", "parapet-db-private", "pass"),
      .init(
        "lambda.function_policy_not_public", "lambda.function", "parapet-public-function",
        "fail"),
      .init(
        "lambda.function_policy_not_public", "lambda.function",
        "parapet-private-function", "pass"),
      .init("efs.file_system_encrypted", "efs.file_system", "parapet-efs-encrypted", "pass"),
      .init("efs.file_system_encrypted", "efs.file_system", "parapet-efs-unencrypted", "fail"),

      // Keys.
      .init("kms.key_rotation_enabled", "kms.key", "parapet-key-rotated", "pass"),
      .init("kms.key_policy_not_public", "kms.key", "parapet-key-rotated", "pass"),
      .init("kms.key_rotation_enabled", "kms.key", "parapet-key-not-rotated", "fail"),
      .init("kms.key_policy_not_public", "kms.key", "parapet-key-public-policy", "fail"),
      .init("kms.key_not_shared_cross_account", "kms.key", "parapet-key-rotated", "pass"),
      .init("kms.key_not_shared_cross_account", "kms.key", "parapet-key-public-policy", "fail"),
      .init("kms.key_rotation_enabled", "kms.key", "parapet-eu-key", "pass"),

      // Logging and monitoring.
      .init(
        "cloudtrail.trail_log_file_validation", "cloudtrail.trail",
        "parapet-trail-multi-region", "pass"),
      .init(
        "cloudtrail.trail_kms_encryption", "cloudtrail.trail",
        "parapet-trail-multi-region", "pass"),
      .init(
        "cloudtrail.trail_bucket_not_public", "cloudtrail.trail",
        "parapet-trail-multi-region", "pass"),
      .init(
        "cloudtrail.trail_bucket_access_logging", "cloudtrail.trail",
        "parapet-trail-multi-region", "pass"),
      // moto never delivers to CloudWatch Logs, so the delivery time the check requires
      // (within the last day) is absent even for the well-configured trail.
      .init(
        "cloudtrail.trail_cloudwatch_logs_integration", "cloudtrail.trail",
        "parapet-trail-multi-region", "fail"),
      .init(
        "cloudtrail.trail_log_file_validation", "cloudtrail.trail",
        "parapet-trail-single-region", "fail"),
      .init(
        "cloudtrail.trail_kms_encryption", "cloudtrail.trail",
        "parapet-trail-single-region", "fail"),
      .init(
        "cloudtrail.trail_cloudwatch_logs_integration", "cloudtrail.trail",
        "parapet-trail-single-region", "fail"),
      .init(
        "cloudtrail.trail_bucket_access_logging", "cloudtrail.trail",
        "parapet-trail-single-region", "fail"),

      // Regions: us-east-1 is the well-run one, eu-west-1 the neglected one.
      .init("config.recorder_enabled_in_region", "region", "us-east-1", "pass"),
      .init("config.recorder_enabled_in_region", "region", "eu-west-1", "fail"),
      .init("ec2.ebs_encryption_by_default", "region", "us-east-1", "pass"),
      .init("ec2.ebs_encryption_by_default", "region", "eu-west-1", "fail"),
      .init("guardduty.enabled_in_region", "region", "us-east-1", "pass"),
      .init("guardduty.enabled_in_region", "region", "eu-west-1", "fail"),
      .init("securityhub.enabled_in_region", "region", "us-east-1", "pass"),
      .init("securityhub.enabled_in_region", "region", "eu-west-1", "fail"),

      // CIS monitoring: the seed wires only the unauthorized-API-calls filter through an
      // alarm to a subscribed topic, so only that control passes.
      .init("cloudwatch.monitor_unauthorized_api_calls", "account", "123456789012", "pass"),
      .init("cloudwatch.monitor_vpc_changes", "account", "123456789012", "fail"),
      .init("cloudwatch.monitor_root_account_usage", "account", "123456789012", "fail"),
      .init(
        "cloudwatch.alarm_has_action", "cloudwatch.alarm", "parapet-unauthorized-api-calls",
        "pass"),
      .init(
        "logs.log_group_retention_365_days", "logs.log_group", "parapet-cloudtrail-logs",
        "pass"),
      .init("logs.log_group_kms_encrypted", "logs.log_group", "parapet-cloudtrail-logs", "fail"),
      .init("sns.topic_encrypted", "sns.topic", "parapet-security-alarms", "fail"),
      .init("cloudtrail.trail_logging", "cloudtrail.trail", "parapet-trail-multi-region", "pass"),
      .init("cloudtrail.trail_logging", "cloudtrail.trail", "parapet-trail-single-region", "fail"),
      .init(
        "s3.bucket_object_level_logging_write", "s3.bucket", "parapet-private-bucket", "fail"),

      // Library additions on the seeded resources.
      .init("iam.password_policy_requires_symbols", "account", "123456789012", "fail"),
      .init("iam.password_policy_requires_uppercase", "account", "123456789012", "pass"),
      .init("iam.support_role_exists", "account", "123456789012", "fail"),
      .init("s3.bucket_kms_encryption", "s3.bucket", "parapet-private-bucket", "pass"),
      .init("s3.bucket_kms_encryption", "s3.bucket", "parapet-unencrypted-bucket", "fail"),
      .init(
        "ec2.security_group_no_public_all_traffic", "ec2.security_group", "sg-open-all-ports",
        "fail"),
      .init(
        "ec2.security_group_no_public_all_traffic", "ec2.security_group", "sg-open-ssh-ipv4",
        "pass"),
      .init(
        "ec2.security_group_no_public_mysql", "ec2.security_group", "sg-open-all-ports",
        "fail"),
      .init(
        "ec2.network_acl_no_public_all_traffic", "ec2.network_acl", "parapet-nacl-open-ssh",
        "pass"),
      .init("ec2.snapshot_encrypted", "ec2.snapshot", "parapet-private-snapshot", "pass"),
      .init("ec2.snapshot_encrypted", "ec2.snapshot", "parapet-public-snapshot", "fail"),
      .init("rds.instance_deletion_protection", "rds.instance", "parapet-db-private", "pass"),
      .init("rds.instance_deletion_protection", "rds.instance", "parapet-db-public", "fail"),
      .init("rds.instance_backup_retention_7_days", "rds.instance", "parapet-db-private", "pass"),
      .init("rds.instance_backup_retention_7_days", "rds.instance", "parapet-db-public", "fail"),
      .init(
        "lambda.function_runtime_supported", "lambda.function", "parapet-private-function",
        "pass"),
      .init("kms.key_not_pending_deletion", "kms.key", "parapet-key-rotated", "pass"),
      // moto does not implement Access Analyzer: the check must say it could not judge.
      .init("iam.access_analyzer_enabled", "region", "us-east-1", "not_evaluated"),
      .init("iam.access_analyzer_enabled", "region", "eu-west-1", "not_evaluated"),
    ]

  @Test(arguments: expectations + twins.flatMap(\.expectations))
  func seededResourceHasExactStatus(_ expected: Expectation) async throws {
    let scan = try await SeededScan.shared.result()
    let statuses = scan.statuses(expected.check, type: expected.type, name: expected.name)

    if expected.status.isEmpty {
      #expect(statuses.isEmpty)
    } else {
      #expect(!statuses.isEmpty, "no finding for \(expected.name)")
      #expect(Set(statuses) == [expected.status])
    }
  }

  @Test func failingFindingsExitWithThree() async throws {
    #expect(try await SeededScan.shared.result().exitCode == .findingsFailed)
  }

  @Test func failedCallsAreListedWithTheirPermission() async throws {
    let failures = try await SeededScan.shared.result().inventory["failures"]?.arrayValue ?? []
    let analyzers = failures.filter { $0["operation"]?.stringValue == "ListAnalyzers" }

    #expect(analyzers.count == 2)
    #expect(Set(analyzers.compactMap { $0["region"]?.stringValue }) == ["us-east-1", "eu-west-1"])
    #expect(
      analyzers.allSatisfy { $0["permission"]?.stringValue == "access-analyzer:ListAnalyzers" })
  }

  @Test func lambdaEnvironmentValuesAreRedacted() async throws {
    let resources = try await SeededScan.shared.result().inventory["resources"]?.arrayValue
    let function = resources?.first { $0["name"]?.stringValue == "parapet-private-function" }

    #expect(
      function?["properties"]?.value(at: "Environment.Variables") == ["STAGE": "<redacted>"])
  }

  /// Bucket and key tags come from one Resource Groups Tagging call per region and kind, not
  /// a call per bucket or key.
  @Test func bucketAndKeyTagsAreReadInBulk() async throws {
    let scan = try await SeededScan.shared.result()
    let buckets = (scan.inventory["resources"]?.arrayValue ?? []).filter {
      $0["type"] == "aws.s3.bucket"
    }
    let tags = Dictionary(
      uniqueKeysWithValues: buckets.compactMap { bucket -> (String, JSONValue)? in
        guard let name = bucket["name"]?.stringValue else { return nil }
        return (name, bucket["tags"] ?? .null)
      })

    #expect(tags["parapet-private-bucket"] == ["parapet:expect": "secure"])
    #expect(tags["parapet-public-acl-bucket"] == ["parapet:expect": "insecure"])
    let keys = (scan.inventory["resources"]?.arrayValue ?? []).filter {
      $0["type"] == "aws.kms.key" && $0["name"]?.stringValue?.hasPrefix("parapet-") == true
    }
    #expect(
      keys.first { $0["name"] == "parapet-key-not-rotated" }?["tags"]?["parapet:expect"]
        == "insecure")
    #expect(keys.first { $0["name"] == "parapet-eu-key" }?["tags"] == [:])
    let calls = scan.inventory.value(at: "scan.api_calls")
    #expect(
      calls?["tagging"]?["calls"] == 4,
      "one GetResources per bucket region (2) and per region with KMS keys (2)")
  }

  /// moto leaves BucketRegion out of ListBuckets; one listing filtered to the home region
  /// places the buckets there, so only the others cost a GetBucketLocation each. Every
  /// bucket then takes its seven configuration reads.
  @Test func onlyBucketsOutsideTheHomeRegionAreLocatedOneByOne() async throws {
    let scan = try await SeededScan.shared.result()
    let buckets = (scan.inventory["resources"]?.arrayValue ?? []).filter {
      $0["type"] == "aws.s3.bucket"
    }
    let elsewhere = buckets.filter { $0["region"] != "us-east-1" }
    #expect(!elsewhere.isEmpty, "the seed keeps a bucket outside the home region")

    let calls = scan.inventory.value(at: "scan.api_calls.s3.calls")
    #expect(calls == .number(Double(2 + elsewhere.count + 7 * buckets.count)))
  }

  /// A failing finding carries its check's CLI fix with the resource filled in; a passing
  /// one carries none.
  @Test func failingFindingsCarryFilledInRemediationSnippets() async throws {
    let scan = try await SeededScan.shared.result()
    let check = "aws.ec2.security_group_no_public_admin_ports_ipv4"
    let findings = scan.findings.filter { $0["check_id"] == .string(check) }
    let failing = try #require(findings.first { $0["status"] == "fail" })
    let passing = try #require(findings.first { $0["status"] == "pass" })
    let group = try #require(
      scan.inventory["resources"]?.arrayValue?.first { $0["id"] == failing["resource_id"] })
    let groupId = try #require(group["properties"]?["GroupId"]?.stringValue)

    #expect(
      failing["remediation_snippets"]?["cli"]
        == .string(
          "aws ec2 revoke-security-group-ingress --group-id \(groupId) "
            + "--ip-permissions file://open-rule.json"))
    #expect(passing["remediation_snippets"] == nil)
  }

  /// moto returns each virtual MFA device's seed and QR code; they are the second factor.
  @Test func mfaSeedsAreNotStored() async throws {
    let scan = try await SeededScan.shared.result()
    let resources = scan.inventory["resources"]?.arrayValue ?? []
    let account = resources.first { $0["type"] == "aws.account" }
    let devices = account?["properties"]?["VirtualMFADevices"]?.arrayValue ?? []

    #expect(devices.count == 1)
    #expect(devices.allSatisfy { $0["SerialNumber"] != nil && $0["Base32StringSeed"] == nil })
    #expect(devices.allSatisfy { $0["QRCodePNG"] == nil })
  }

  @Test func credentialsNeverReachTheReports() async throws {
    let scan = try await SeededScan.shared.result()
    for directory in [scan.directory, scan.wellRun.directory] {
      try Self.expectNoSecret(in: directory)
    }
  }

  static func expectNoSecret(in directory: URL) throws {
    for file in ["inventory.json", "findings.json", "findings.csv"] {
      let text = try String(
        contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
      #expect(!text.contains("testing"), "the secret access key appears in \(file)")
    }
  }
}
