import ParapetCore

/// Failing and passing CloudWatch resources for the library rules, in the shapes the AWS
/// APIs return; keep in step with the YAML.
let cloudwatchLibraryCases: [BuiltinRuleCase] = [
  monitoringCase(
    "aws.cloudwatch.monitor_unauthorized_api_calls",
    pattern: #"""
      { ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_console_signin_without_mfa",
    pattern: #"""
      { ($.eventName = "ConsoleLogin") || ($.additionalEventData.MFAUsed != "Yes") }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_root_account_usage",
    pattern: #"""
      { ($.userIdentity.type = "Root") || ($.userIdentity.invokedBy NOT EXISTS) || ($.eventType !=\#
       "AwsServiceEvent") }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_iam_policy_changes",
    pattern: #"""
      { ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName =\#
       DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) ||\#
       ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName =\#
       DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion)\#
       || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName =\#
       AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy)\#
       || ($.eventName = DetachGroupPolicy) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_cloudtrail_config_changes",
    pattern: #"""
      { ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail)\#
       || ($.eventName = StartLogging) || ($.eventName = StopLogging) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_console_authentication_failures",
    pattern: #"""
      { ($.eventName = "ConsoleLogin") || ($.errorMessage = ""Failed authentication"") }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_kms_key_disable_or_deletion",
    pattern: #"""
      { ($.eventSource = "kms.amazonaws.com") || ($.eventName = DisableKey) || ($.eventName =\#
       ScheduleKeyDeletion) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_s3_bucket_policy_changes",
    pattern: #"""
      { ($.eventSource = "s3.amazonaws.com") || ($.eventName = PutBucketAcl) || ($.eventName =\#
       PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) ||\#
       ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName\#
       = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName =\#
       DeleteBucketReplication) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_config_changes",
    pattern: #"""
      { ($.eventSource = "config.amazonaws.com") || ($.eventName = StopConfigurationRecorder) ||\#
       ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName\#
       = PutConfigurationRecorder) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_security_group_changes",
    pattern: #"""
      { ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName =\#
       AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName\#
       = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName =\#
       DeleteSecurityGroup) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_nacl_changes",
    pattern: #"""
      { ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName\#
       = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName =\#
       ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_network_gateway_changes",
    pattern: #"""
      { ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) ||\#
       ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) ||\#
       ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_route_table_changes",
    pattern: #"""
      { ($.eventSource = "ec2.amazonaws.com") || ($.eventName = CreateRoute) || ($.eventName =\#
       CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName =\#
       ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName =\#
       DeleteRoute) || ($.eventName = DisassociateRouteTable) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_vpc_changes",
    pattern: #"""
      { ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName =\#
       ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName =\#
       CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName =\#
       RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName =\#
       DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName =\#
       EnableVpcClassicLink) }
      """#),
  monitoringCase(
    "aws.cloudwatch.monitor_organizations_changes",
    pattern: #"""
      { ($.eventSource = "organizations.amazonaws.com") || ($.eventName = AcceptHandshake) ||\#
       ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName =\#
       CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName =\#
       DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName =\#
       DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy)\#
       || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName =\#
       InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName =\#
       MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName =\#
       UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit) }
      """#),
  .init(
    id: "aws.cloudwatch.alarm_has_action", type: "aws.cloudwatch.alarm",
    failing: json(#"{"ActionsEnabled": "true", "AlarmActions": []}"#),
    passing: json(
      #"""
      {
        "ActionsEnabled": "true",
        "AlarmActions": [
          "arn:aws:sns:us-east-1:111122223333:alerts"
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "cpu-high"),
]

/// A CIS monitoring case for `check` (`aws.cloudwatch.monitor_METRIC`): a logging
/// multi-region trail sends to a log group with a metric filter on `pattern`, an alarm on
/// the filter's metric notifies a topic, and the topic's email subscription is pending in
/// the failing inventory and confirmed in the passing one.
private func monitoringCase(_ check: String, pattern: String) -> BuiltinRuleCase {
  let metric = String(check.dropFirst("aws.cloudwatch.monitor_".count))
  let logGroup = "arn:aws:logs:us-east-1:111122223333:log-group:cloudtrail:*"
  let topic = "arn:aws:sns:us-east-1:111122223333:security-alerts"
  let trail: JSONValue = [
    "CloudWatchLogsLogGroupArn": .string(logGroup),
    "EventSelectors": [["IncludeManagementEvents": true, "ReadWriteType": "All"]],
    "IsMultiRegionTrail": "true", "Name": "main", "Status": ["IsLogging": true],
  ]
  let filter: JSONValue = [
    "filterName": .string(metric), "filterPattern": .string(pattern),
    "metricTransformations": [
      [
        "metricName": .string(metric), "metricNamespace": "CISBenchmark",
        "metricValue": "1",
      ]
    ],
  ]
  let alarm: JSONValue = [
    "AlarmActions": [.string(topic)], "AlarmName": .string(metric),
    "MetricName": .string(metric), "Namespace": "CISBenchmark",
  ]
  func chain(subscription: String) -> [Resource] {
    let subscribed: JSONValue = [
      "Subscriptions": [
        [
          "Endpoint": "secops@example.com", "Protocol": "email",
          "SubscriptionArn": .string(subscription),
        ]
      ],
      "TopicArn": .string(topic),
    ]
    return [
      RuleTestSupport.resource("aws.cloudtrail.trail", trail, name: "main"),
      RuleTestSupport.resource(
        "aws.logs.log_group",
        ["MetricFilters": [filter], "arn": .string(logGroup), "logGroupName": "cloudtrail"],
        name: "cloudtrail"),
      RuleTestSupport.resource("aws.cloudwatch.alarm", alarm, name: metric),
      RuleTestSupport.resource("aws.sns.topic", subscribed, name: "security-alerts"),
    ]
  }
  return BuiltinRuleCase(
    id: check, type: "aws.account", failing: [:], passing: [:],
    failingExtras: chain(subscription: "PendingConfirmation"),
    passingExtras: chain(subscription: topic + ":0b6941c5"), name: "r1")
}

/// Exact messages of `cloudwatchLibraryCases`.
let cloudwatchLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.cloudwatch.monitor_unauthorized_api_calls": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "unauthorized API calls.",
    pass: "Account 111122223333 alarms on unauthorized API calls through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_console_signin_without_mfa": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "console sign-in without MFA.",
    pass: "Account 111122223333 alarms on console sign-in without MFA through a subscribed SNS "
      + "topic."
  ),
  "aws.cloudwatch.monitor_root_account_usage": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "use of the root user.",
    pass: "Account 111122223333 alarms on use of the root user through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_iam_policy_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "IAM policy changes.",
    pass: "Account 111122223333 alarms on IAM policy changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_cloudtrail_config_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "CloudTrail configuration changes.",
    pass: "Account 111122223333 alarms on CloudTrail configuration changes through a subscribed "
      + "SNS topic."
  ),
  "aws.cloudwatch.monitor_console_authentication_failures": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "console authentication failures.",
    pass: "Account 111122223333 alarms on console authentication failures through a subscribed "
      + "SNS topic."
  ),
  "aws.cloudwatch.monitor_kms_key_disable_or_deletion": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "disabling or scheduled deletion of customer managed keys.",
    pass: "Account 111122223333 alarms on disabling or scheduled deletion of customer managed "
      + "keys through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_s3_bucket_policy_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "S3 bucket policy changes.",
    pass: "Account 111122223333 alarms on S3 bucket policy changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_config_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "AWS Config configuration changes.",
    pass: "Account 111122223333 alarms on AWS Config configuration changes through a subscribed "
      + "SNS topic."
  ),
  "aws.cloudwatch.monitor_security_group_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "security group changes.",
    pass: "Account 111122223333 alarms on security group changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_nacl_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "network ACL changes.",
    pass: "Account 111122223333 alarms on network ACL changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_network_gateway_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "network gateway changes.",
    pass: "Account 111122223333 alarms on network gateway changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_route_table_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "route table changes.",
    pass: "Account 111122223333 alarms on route table changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_vpc_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "VPC changes.",
    pass: "Account 111122223333 alarms on VPC changes through a subscribed SNS topic."
  ),
  "aws.cloudwatch.monitor_organizations_changes": (
    fail: "Account 111122223333 has no metric filter and alarm with a subscribed SNS topic for "
      + "AWS Organizations changes.",
    pass: "Account 111122223333 alarms on AWS Organizations changes through a subscribed SNS "
      + "topic."
  ),
  "aws.cloudwatch.alarm_has_action": (
    fail: "Alarm cpu-high has no enabled alarm action.",
    pass: "Alarm cpu-high has alarm actions."
  ),
]
