import Testing

/// The seeded twins of the checks that were once tested only on hand-written JSON: for each
/// check, the seeded resources (scripts/seed_account.py) that must fail it and pass it.
/// `none` lists resources the check must not judge at all.
extension SeededAccountScanTests {
  /// One check's expected outcomes on seeded resources of one type.
  struct Twin: Sendable {
    var check: String
    var type: String
    var fail: [String] = []
    var pass: [String] = []
    var notEvaluated: [String] = []
    var none: [String] = []

    init(
      _ check: String, _ type: String, fail: [String] = [], pass: [String] = [],
      notEvaluated: [String] = [], none: [String] = []
    ) {
      self.check = check
      self.type = type
      self.fail = fail
      self.pass = pass
      self.notEvaluated = notEvaluated
      self.none = none
    }

    var expectations: [Expectation] {
      let outcomes = [("fail", fail), ("pass", pass), ("not_evaluated", notEvaluated), ("", none)]
      return outcomes.flatMap { status, names in
        names.map { Expectation(check, type, $0, status) }
      }
    }
  }

  /// The second, well-run account the seed fills.
  static let wellRun = "210987654321"

  static let twins: [Twin] = [
    // The well-run account (scripts/seed_well_run_account.py): the other outcome of the
    // checks that judge a whole account.
    Twin("cloudwatch.monitor_cloudtrail_config_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_config_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_console_authentication_failures", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_console_signin_without_mfa", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_iam_policy_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_kms_key_disable_or_deletion", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_nacl_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_network_gateway_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_organizations_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_root_account_usage", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_route_table_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_s3_bucket_policy_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_security_group_changes", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_vpc_changes", "account", pass: [wellRun]),
    Twin("iam.password_policy_max_age_90", "account", pass: [wellRun]),
    Twin("iam.password_policy_min_length_14", "account", pass: [wellRun]),
    Twin("iam.password_policy_requires_symbols", "account", pass: [wellRun]),
    Twin("iam.password_policy_reuse_prevention_24", "account", pass: [wellRun]),
    Twin("iam.support_role_exists", "account", pass: [wellRun]),
    Twin("s3.account_public_access_block", "account", pass: [wellRun]),
    Twin("cloudwatch.monitor_unauthorized_api_calls", "account", fail: [wellRun]),
    Twin("iam.password_policy_requires_lowercase", "account", fail: [wellRun]),
    Twin("iam.password_policy_requires_numbers", "account", fail: [wellRun]),
    Twin("iam.password_policy_requires_uppercase", "account", fail: [wellRun]),
    // apigateway
    Twin(
      "apigateway.stage_access_logging", "apigateway.rest_api", fail: ["parapet-api-unlogged"],
      pass: ["parapet-api-logged"]),
    Twin(
      "apigateway.stage_cache_encrypted", "apigateway.rest_api", fail: ["parapet-api-unlogged"],
      pass: ["parapet-api-logged"]),
    // moto 5.2.5 has no client certificates, so no stage can pass.
    Twin(
      "apigateway.stage_client_certificate", "apigateway.rest_api",
      fail: ["parapet-api-logged", "parapet-api-unlogged"]),
    Twin(
      "apigateway.stage_execution_logging", "apigateway.rest_api", fail: ["parapet-api-unlogged"],
      pass: ["parapet-api-logged"]),
    Twin(
      "apigateway.stage_waf", "apigateway.rest_api", fail: ["parapet-api-unlogged"],
      pass: ["parapet-api-logged"]),
    Twin(
      "apigateway.stage_xray_tracing", "apigateway.rest_api", fail: ["parapet-api-unlogged"],
      pass: ["parapet-api-logged"]),
    // cloudfront
    Twin(
      "cloudfront.distribution_access_logging", "cloudfront.distribution",
      fail: ["parapet-cdn-http"], pass: ["parapet-cdn-https"]),
    Twin(
      "cloudfront.distribution_default_root_object", "cloudfront.distribution",
      fail: ["parapet-cdn-http"], pass: ["parapet-cdn-https"]),
    Twin(
      "cloudfront.distribution_modern_tls", "cloudfront.distribution", fail: ["parapet-cdn-http"],
      pass: ["parapet-cdn-https"]),
    Twin(
      "cloudfront.distribution_origin_https", "cloudfront.distribution", fail: ["parapet-cdn-http"],
      pass: ["parapet-cdn-https"]),
    Twin(
      "cloudfront.distribution_viewer_https", "cloudfront.distribution", fail: ["parapet-cdn-http"],
      pass: ["parapet-cdn-https"]),
    Twin(
      "cloudfront.distribution_waf", "cloudfront.distribution", fail: ["parapet-cdn-http"],
      pass: ["parapet-cdn-https"]),
    // cloudtrail
    Twin(
      "cloudtrail.trail_bucket_access_logging", "cloudtrail.trail",
      fail: ["parapet-trail-advanced-selectors"]),
    Twin(
      "cloudtrail.trail_bucket_not_public", "cloudtrail.trail",
      fail: ["parapet-trail-advanced-selectors"], pass: ["parapet-trail-single-region"]),
    Twin(
      "cloudtrail.trail_cloudwatch_logs_integration", "cloudtrail.trail",
      fail: ["parapet-trail-advanced-selectors"]),
    Twin(
      "cloudtrail.trail_global_service_events", "cloudtrail.trail",
      pass: ["parapet-trail-multi-region"]),
    Twin(
      "cloudtrail.trail_kms_encryption", "cloudtrail.trail",
      pass: ["parapet-trail-advanced-selectors"]),
    Twin(
      "cloudtrail.trail_log_file_validation", "cloudtrail.trail",
      pass: ["parapet-trail-advanced-selectors"]),
    Twin(
      "cloudtrail.trail_logging", "cloudtrail.trail", pass: ["parapet-trail-advanced-selectors"]),
    // cloudwatch
    Twin("cloudwatch.alarm_has_action", "cloudwatch.alarm", fail: ["parapet-alarm-no-action"]),
    Twin("cloudwatch.monitor_cloudtrail_config_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_config_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_console_authentication_failures", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_console_signin_without_mfa", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_iam_policy_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_kms_key_disable_or_deletion", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_nacl_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_network_gateway_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_organizations_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_route_table_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_s3_bucket_policy_changes", "account", fail: ["123456789012"]),
    Twin("cloudwatch.monitor_security_group_changes", "account", fail: ["123456789012"]),
    // config
    Twin("config.recorder_healthy", "config.recorder", pass: ["parapet-recorder"]),
    // dynamodb
    Twin(
      "dynamodb.table_deletion_protection", "dynamodb.table", fail: ["parapet-table-no-pitr"],
      pass: ["parapet-table-pitr"]),
    Twin(
      "dynamodb.table_kms_encryption", "dynamodb.table", fail: ["parapet-table-no-pitr"],
      pass: ["parapet-table-pitr"]),
    Twin(
      "dynamodb.table_point_in_time_recovery", "dynamodb.table", fail: ["parapet-table-no-pitr"],
      pass: ["parapet-table-pitr"]),
    // ec2
    Twin(
      "ec2.default_security_group_restricts_all", "ec2.security_group",
      pass: ["parapet-default-sg-restricted"]),
    Twin(
      "ec2.instance_detailed_monitoring", "ec2.instance", fail: ["parapet-imdsv1-instance"],
      pass: ["parapet-imdsv2-instance"]),
    Twin(
      "ec2.instance_metadata_hop_limit", "ec2.instance", fail: ["parapet-imdsv1-instance"],
      pass: ["parapet-imdsv2-instance"]),
    Twin(
      "ec2.instance_no_public_ip", "ec2.instance", fail: ["parapet-imdsv1-instance"],
      pass: ["parapet-imdsv2-instance"]),
    Twin(
      "ec2.instance_uses_instance_profile", "ec2.instance", fail: ["parapet-imdsv1-instance"],
      pass: ["parapet-imdsv2-instance"]),
    Twin(
      "ec2.network_acl_no_public_admin_ports", "ec2.network_acl",
      fail: ["parapet-nacl-open-all-ipv6"]),
    Twin(
      "ec2.network_acl_no_public_all_traffic", "ec2.network_acl",
      fail: ["parapet-nacl-open-all-ipv6"], pass: ["parapet-nacl-restricted-ssh"]),
    Twin(
      "ec2.security_group_no_public_admin_ports_ipv4", "ec2.security_group",
      pass: ["default", "parapet-default-sg-restricted"]),
    Twin(
      "ec2.security_group_no_public_admin_ports_ipv6", "ec2.security_group",
      pass: ["default", "parapet-default-sg-restricted", "sg-open-all-ports", "sg-open-rdp-ipv4"]),
    Twin(
      "ec2.security_group_no_public_all_traffic", "ec2.security_group",
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv6",
        "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_cassandra", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_cifs", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_elasticsearch", "ec2.security_group",
      fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_ftp", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_high_risk_ports", "ec2.security_group",
      pass: ["default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv6"]),
    Twin(
      "ec2.security_group_no_public_kafka", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_kibana", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_memcached", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_mongodb", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_mssql", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_mysql", "ec2.security_group",
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_oracle", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_postgresql", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_redis", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_smtp", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.security_group_no_public_telnet", "ec2.security_group", fail: ["sg-open-all-ports"],
      pass: [
        "default", "parapet-default-sg-restricted", "sg-open-rdp-ipv4", "sg-open-ssh-ipv4",
        "sg-open-ssh-ipv6", "sg-restricted-ssh",
      ]),
    Twin(
      "ec2.subnet_no_auto_public_ip", "ec2.subnet", fail: ["parapet-vpc-flow-logs-b"],
      pass: ["parapet-vpc-flow-logs-a"]),
    // ecr
    Twin(
      "ecr.repository_kms_encryption", "ecr.repository", fail: ["parapet-repo-public"],
      pass: ["parapet-repo-private"]),
    Twin(
      "ecr.repository_policy_not_public", "ecr.repository", fail: ["parapet-repo-public"],
      pass: ["parapet-repo-private"]),
    Twin(
      "ecr.repository_scan_on_push", "ecr.repository", fail: ["parapet-repo-public"],
      pass: ["parapet-repo-private"]),
    Twin(
      "ecr.repository_tags_immutable", "ecr.repository", fail: ["parapet-repo-public"],
      pass: ["parapet-repo-private"]),
    // efs
    Twin(
      "efs.file_system_policy_not_public", "efs.file_system", fail: ["parapet-efs-unencrypted"],
      pass: ["parapet-efs-encrypted"]),
    // eks
    Twin(
      "eks.cluster_control_plane_logging", "eks.cluster", fail: ["parapet-eks-public"],
      pass: ["parapet-eks-private"]),
    Twin(
      "eks.cluster_endpoint_not_open_to_internet", "eks.cluster", fail: ["parapet-eks-public"],
      pass: ["parapet-eks-private"]),
    Twin(
      "eks.cluster_secrets_encrypted", "eks.cluster", fail: ["parapet-eks-public"],
      pass: ["parapet-eks-private"]),
    // elb
    Twin(
      "elb.load_balancer_access_logging", "elb.load_balancer", fail: ["parapet-clb-http"],
      pass: ["parapet-clb-https"]),
    Twin(
      "elb.load_balancer_connection_draining", "elb.load_balancer", fail: ["parapet-clb-http"],
      pass: ["parapet-clb-https"]),
    Twin(
      "elb.load_balancer_cross_zone", "elb.load_balancer", fail: ["parapet-clb-http"],
      pass: ["parapet-clb-https"]),
    Twin(
      "elb.load_balancer_encrypted_listeners", "elb.load_balancer", fail: ["parapet-clb-http"],
      pass: ["parapet-clb-https"]),
    // elbv2
    Twin(
      "elbv2.load_balancer_access_logging", "elbv2.load_balancer", fail: ["parapet-alb-http"],
      pass: ["parapet-alb-https"]),
    Twin(
      "elbv2.load_balancer_deletion_protection", "elbv2.load_balancer", fail: ["parapet-alb-http"],
      pass: ["parapet-alb-https"]),
    Twin(
      "elbv2.load_balancer_desync_mitigation", "elbv2.load_balancer", fail: ["parapet-alb-http"],
      pass: ["parapet-alb-https"]),
    Twin(
      "elbv2.load_balancer_drops_invalid_headers", "elbv2.load_balancer",
      fail: ["parapet-alb-http"], pass: ["parapet-alb-https"]),
    Twin(
      "elbv2.load_balancer_encrypted_listeners", "elbv2.load_balancer", fail: ["parapet-alb-http"],
      pass: ["parapet-alb-https"]),
    Twin(
      "elbv2.load_balancer_modern_tls_policy", "elbv2.load_balancer", fail: ["parapet-alb-http"],
      pass: ["parapet-alb-https"]),
    // guardduty
    Twin(
      "guardduty.detector_s3_protection", "guardduty.detector",
      fail: ["parapet-detector-eu-west-1"], pass: ["parapet-detector-us-east-1"]),
    // iam
    Twin("iam.cloudshell_full_access_restricted", "iam.policy", fail: ["AWSCloudShellFullAccess"]),
    Twin("iam.password_policy_max_age_90", "account", fail: ["123456789012"]),
    Twin("iam.password_policy_requires_lowercase", "account", pass: ["123456789012"]),
    Twin("iam.password_policy_requires_numbers", "account", pass: ["123456789012"]),
    Twin(
      "iam.role_no_escalation_paths", "iam.role", fail: ["parapet-escalation-role"],
      pass: ["parapet-admin-role", "parapet-role-trust-account", "parapet-role-trust-any"]),
    Twin(
      "iam.role_not_administrator", "iam.role", fail: ["parapet-admin-role"],
      pass: ["parapet-escalation-role", "parapet-role-trust-account", "parapet-service-role"]),
    Twin(
      "iam.role_trust_external_id_required", "iam.role",
      pass: ["parapet-admin-role", "parapet-escalation-role"]),
    Twin(
      "iam.role_trust_not_public", "iam.role",
      pass: ["parapet-admin-role", "parapet-escalation-role"]),
    Twin(
      "iam.server_certificate_not_expired", "iam.server_certificate",
      fail: ["parapet-server-certificate"]),
    Twin(
      "iam.user_access_keys_rotated_90_days", "iam.user",
      pass: [
        "inline-star-user", "least-privilege-mfa", "parapet-escalation-user",
        "parapet-group-member",
      ]),
    Twin(
      "iam.user_no_admin_policies", "iam.user",
      pass: ["parapet-escalation-user", "parapet-group-member"]),
    Twin(
      "iam.user_no_escalation_paths", "iam.user", fail: ["parapet-escalation-user"],
      pass: ["inline-star-user", "parapet-group-member"]),
    Twin(
      "iam.user_not_administrator", "iam.user",
      pass: ["parapet-escalation-user", "parapet-group-member"]),
    Twin(
      "iam.user_permissions_through_groups", "iam.user",
      fail: ["admin-no-mfa", "inline-star-user", "parapet-escalation-user"],
      pass: ["parapet-group-member"]),
    Twin(
      "iam.user_single_active_access_key", "iam.user", fail: ["inline-star-user"],
      pass: ["least-privilege-mfa", "parapet-escalation-user", "parapet-group-member"]),
    Twin(
      "iam.user_unused_credentials_disabled_45_days", "iam.user",
      pass: [
        "inline-star-user", "least-privilege-mfa", "parapet-escalation-user",
        "parapet-group-member",
      ]),
    // kms
    Twin(
      "kms.key_not_pending_deletion", "kms.key", fail: ["parapet-key-pending-deletion"],
      pass: ["parapet-eu-key", "parapet-key-not-rotated", "parapet-key-public-policy"]),
    Twin(
      "kms.key_not_shared_cross_account", "kms.key",
      pass: ["parapet-eu-key", "parapet-key-not-rotated", "parapet-key-pending-deletion"]),
    Twin(
      "kms.key_policy_not_public", "kms.key",
      pass: ["parapet-eu-key", "parapet-key-not-rotated", "parapet-key-pending-deletion"]),
    Twin("kms.key_rotation_enabled", "kms.key", pass: ["parapet-key-public-policy"]),
    // lambda
    Twin(
      "lambda.function_in_vpc", "lambda.function", fail: ["parapet-public-function"],
      pass: ["parapet-private-function"]),
    Twin("lambda.function_runtime_supported", "lambda.function", fail: ["parapet-public-function"]),
    Twin(
      "lambda.function_tracing_enabled", "lambda.function", fail: ["parapet-public-function"],
      pass: ["parapet-private-function"]),
    // logs
    Twin("logs.log_group_kms_encrypted", "logs.log_group", pass: ["parapet-app-logs"]),
    Twin("logs.log_group_retention_365_days", "logs.log_group", fail: ["parapet-app-logs"]),
    // opensearch
    Twin(
      "opensearch.domain_access_policy_not_public", "opensearch.domain",
      fail: ["parapet-search-public"], pass: ["parapet-search-private"]),
    Twin(
      "opensearch.domain_audit_logging", "opensearch.domain", fail: ["parapet-search-public"],
      pass: ["parapet-search-private"]),
    Twin(
      "opensearch.domain_encryption_at_rest", "opensearch.domain", fail: ["parapet-search-public"],
      pass: ["parapet-search-private"]),
    Twin(
      "opensearch.domain_enforce_https", "opensearch.domain", fail: ["parapet-search-public"],
      pass: ["parapet-search-private"]),
    Twin(
      "opensearch.domain_fine_grained_access", "opensearch.domain", fail: ["parapet-search-public"],
      pass: ["parapet-search-private"]),
    Twin(
      "opensearch.domain_in_vpc", "opensearch.domain", fail: ["parapet-search-public"],
      pass: ["parapet-search-private"]),
    Twin(
      "opensearch.domain_modern_tls", "opensearch.domain", fail: ["parapet-search-public"],
      pass: ["parapet-search-private"]),
    Twin(
      "opensearch.domain_node_to_node_encryption", "opensearch.domain",
      fail: ["parapet-search-public"], pass: ["parapet-search-private"]),
    // rds
    Twin(
      "rds.cluster_auto_minor_version_upgrade", "rds.cluster", fail: ["parapet-cluster-insecure"],
      pass: ["parapet-cluster-secure"]),
    Twin(
      "rds.cluster_backup_retention_7_days", "rds.cluster", fail: ["parapet-cluster-insecure"],
      pass: ["parapet-cluster-secure"]),
    Twin(
      "rds.cluster_copy_tags_to_snapshots", "rds.cluster", fail: ["parapet-cluster-insecure"],
      pass: ["parapet-cluster-secure"]),
    Twin(
      "rds.cluster_deletion_protection", "rds.cluster", fail: ["parapet-cluster-insecure"],
      pass: ["parapet-cluster-secure"]),
    Twin(
      "rds.cluster_iam_authentication", "rds.cluster", fail: ["parapet-cluster-insecure"],
      pass: ["parapet-cluster-secure"]),
    Twin(
      "rds.cluster_multi_az", "rds.cluster", fail: ["parapet-cluster-insecure"],
      pass: ["parapet-cluster-secure"]),
    Twin(
      "rds.cluster_storage_encrypted", "rds.cluster", fail: ["parapet-cluster-insecure"],
      pass: ["parapet-cluster-secure"]),
    Twin(
      "rds.instance_auto_minor_version_upgrade", "rds.instance", fail: ["parapet-db-public"],
      pass: ["parapet-cluster-secure-a", "parapet-cluster-secure-b", "parapet-db-private"]),
    Twin(
      "rds.instance_backup_retention_7_days", "rds.instance",
      pass: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.instance_copy_tags_to_snapshots", "rds.instance", fail: ["parapet-db-public"],
      pass: ["parapet-db-private"], none: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.instance_deletion_protection", "rds.instance",
      none: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.instance_enhanced_monitoring", "rds.instance", fail: ["parapet-db-public"],
      pass: ["parapet-cluster-secure-a", "parapet-cluster-secure-b", "parapet-db-private"]),
    Twin(
      "rds.instance_iam_authentication", "rds.instance", fail: ["parapet-db-public"],
      pass: ["parapet-db-private"], none: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.instance_logs_exported", "rds.instance", fail: ["parapet-db-public"],
      pass: ["parapet-db-private"], none: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.instance_multi_az", "rds.instance", fail: ["parapet-db-public"],
      pass: ["parapet-db-private"], none: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.instance_not_public", "rds.instance",
      pass: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.instance_storage_encrypted", "rds.instance",
      pass: ["parapet-cluster-secure-a", "parapet-cluster-secure-b"]),
    Twin(
      "rds.snapshot_encrypted", "rds.snapshot", fail: ["parapet-db-snapshot-public"],
      pass: ["parapet-db-snapshot-private"]),
    Twin(
      "rds.snapshot_not_public", "rds.snapshot", fail: ["parapet-db-snapshot-public"],
      pass: ["parapet-db-snapshot-private"]),
    // s3
    Twin(
      "s3.bucket_acls_disabled", "s3.bucket",
      fail: [
        "parapet-log-bucket", "parapet-public-acl-bucket", "parapet-public-policy-bucket",
        "parapet-unencrypted-bucket",
      ], pass: ["parapet-private-bucket"]),
    Twin(
      "s3.bucket_kms_encryption", "s3.bucket",
      fail: ["parapet-log-bucket", "parapet-public-acl-bucket", "parapet-public-policy-bucket"]),
    Twin(
      "s3.bucket_object_level_logging_read", "s3.bucket",
      fail: [
        "parapet-private-bucket", "parapet-public-acl-bucket", "parapet-public-policy-bucket",
        "parapet-unencrypted-bucket",
      ], pass: ["parapet-log-bucket"]),
    Twin(
      "s3.bucket_object_level_logging_write", "s3.bucket",
      fail: [
        "parapet-public-acl-bucket", "parapet-public-policy-bucket", "parapet-unencrypted-bucket",
      ], pass: ["parapet-log-bucket"]),
    // secretsmanager
    Twin(
      "secretsmanager.secret_customer_managed_key", "secretsmanager.secret",
      fail: ["parapet-secret-unrotated"], pass: ["parapet-secret-rotated"]),
    Twin(
      "secretsmanager.secret_policy_not_public", "secretsmanager.secret",
      fail: ["parapet-secret-unrotated"], pass: ["parapet-secret-rotated"]),
    Twin(
      "secretsmanager.secret_rotated_90_days", "secretsmanager.secret",
      pass: ["parapet-secret-rotated"]),
    Twin(
      "secretsmanager.secret_rotation_enabled", "secretsmanager.secret",
      fail: ["parapet-secret-unrotated"], pass: ["parapet-secret-rotated"]),
    // sns
    Twin(
      "sns.topic_encrypted", "sns.topic", fail: ["parapet-topic-public"],
      pass: ["parapet-topic-encrypted"]),
    Twin(
      "sns.topic_policy_not_public", "sns.topic", fail: ["parapet-topic-public"],
      pass: ["parapet-security-alarms", "parapet-topic-encrypted"]),
    // sqs
    Twin(
      "sqs.queue_encrypted", "sqs.queue", fail: ["parapet-queue-public"],
      pass: ["parapet-queue-private"]),
    Twin(
      "sqs.queue_policy_not_public", "sqs.queue", fail: ["parapet-queue-public"],
      pass: ["parapet-queue-private"]),
  ]
}
