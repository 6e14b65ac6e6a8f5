"""Seeds a second, well-run account in the same moto: the other outcome of the checks that
judge a whole account (password policy, support role, account S3 block, the CIS
monitoring chain), which one account can only give once.

moto keeps accounts apart by credentials: those STS AssumeRole returns for a role in
another account act in that account. The scan reaches it the same way, through a profile
with `role_arn`.
"""

import json

from seed_support import EXPECT_TAG, client_factory

WELL_RUN_ACCOUNT = "210987654321"
WELL_RUN_ROLE = f"arn:aws:iam::{WELL_RUN_ACCOUNT}:role/OrganizationAccountAccessRole"
REGION = "us-east-1"

# CIS AWS Foundations 4.1-4.15 (3.1-3.14 in v3.0): the metric filter pattern of each
# monitoring control, as the checks' hand-written cases use them.
CIS_MONITORING_PATTERNS = {
    "unauthorized_api_calls": (
        '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = '
        '"AccessDenied*") }'
    ),
    "console_signin_without_mfa": (
        '{ ($.eventName = "ConsoleLogin") || ($.additionalEventData.MFAUsed != '
        '"Yes") }'
    ),
    "root_account_usage": (
        '{ ($.userIdentity.type = "Root") || ($.userIdentity.invokedBy NOT EXISTS) '
        '|| ($.eventType != "AwsServiceEvent") }'
    ),
    "iam_policy_changes": (
        '{ ($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) ||'
        ' ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || '
        '($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || '
        '($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || '
        '($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion)'
        ' || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) '
        '|| ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) ||'
        ' ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy) }'
    ),
    "cloudtrail_config_changes": (
        '{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || '
        '($.eventName = DeleteTrail) || ($.eventName = StartLogging) || '
        '($.eventName = StopLogging) }'
    ),
    "console_authentication_failures": (
        '{ ($.eventName = "ConsoleLogin") || ($.errorMessage = ""Failed '
        'authentication"") }'
    ),
    "kms_key_disable_or_deletion": (
        '{ ($.eventSource = "kms.amazonaws.com") || ($.eventName = DisableKey) || '
        '($.eventName = ScheduleKeyDeletion) }'
    ),
    "s3_bucket_policy_changes": (
        '{ ($.eventSource = "s3.amazonaws.com") || ($.eventName = PutBucketAcl) || '
        '($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || '
        '($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication)'
        ' || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors)'
        ' || ($.eventName = DeleteBucketLifecycle) || ($.eventName = '
        'DeleteBucketReplication) }'
    ),
    "config_changes": (
        '{ ($.eventSource = "config.amazonaws.com") || ($.eventName = '
        'StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || '
        '($.eventName = PutDeliveryChannel) || ($.eventName = '
        'PutConfigurationRecorder) }'
    ),
    "security_group_changes": (
        '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = '
        'AuthorizeSecurityGroupEgress) || ($.eventName = '
        'RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) '
        '|| ($.eventName = CreateSecurityGroup) || ($.eventName = '
        'DeleteSecurityGroup) }'
    ),
    "nacl_changes": (
        '{ ($.eventName = CreateNetworkAcl) || ($.eventName = '
        'CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName'
        ' = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || '
        '($.eventName = ReplaceNetworkAclAssociation) }'
    ),
    "network_gateway_changes": (
        '{ ($.eventName = CreateCustomerGateway) || ($.eventName = '
        'DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || '
        '($.eventName = CreateInternetGateway) || ($.eventName = '
        'DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }'
    ),
    "route_table_changes": (
        '{ ($.eventSource = "ec2.amazonaws.com") || ($.eventName = CreateRoute) || '
        '($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || '
        '($.eventName = ReplaceRouteTableAssociation) || ($.eventName = '
        'DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = '
        'DisassociateRouteTable) }'
    ),
    "vpc_changes": (
        '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName ='
        ' ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || '
        '($.eventName = CreateVpcPeeringConnection) || ($.eventName = '
        'DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) '
        '|| ($.eventName = AttachClassicLinkVpc) || ($.eventName = '
        'DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || '
        '($.eventName = EnableVpcClassicLink) }'
    ),
    "organizations_changes": (
        '{ ($.eventSource = "organizations.amazonaws.com") || ($.eventName = '
        'AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = '
        'CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName'
        ' = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = '
        'DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || '
        '($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || '
        '($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || '
        '($.eventName = InviteAccountToOrganization) || ($.eventName = '
        'LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = '
        'RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || '
        '($.eventName = UpdateOrganizationalUnit) }'
    ),
}


def policy(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


class WellRunAccountSeeder:
    """Creates the well-run account's account-wide controls, recording into a manifest."""

    def __init__(self, endpoint_url, manifest):
        sts = client_factory(endpoint_url)("sts", REGION)
        credentials = sts.assume_role(RoleArn=WELL_RUN_ROLE,
                                      RoleSessionName="parapet-seed")["Credentials"]
        self.client = client_factory(endpoint_url, credentials)
        self.manifest = manifest
        self.account = self.client("sts", REGION).get_caller_identity()["Account"]
        self.arn = f"arn:aws:iam::{self.account}:root"

    def seed(self):
        self.seed_password_policy()
        self.seed_support_role()
        self.seed_account_public_access_block()
        self.seed_monitoring()

    def note(self, why):
        self.manifest.add("aws.account", self.account, "global", "secure", why, arn=self.arn)

    def seed_password_policy(self):
        # The twin of the first account's policy: what that one lacks this one has, and
        # the character classes it requires this one does not.
        self.client("iam").update_account_password_policy(
            MinimumPasswordLength=14, RequireSymbols=True, RequireNumbers=False,
            RequireUppercaseCharacters=False, RequireLowercaseCharacters=False,
            AllowUsersToChangePassword=True, MaxPasswordAge=90, PasswordReusePrevention=24)
        self.note("password policy: 14 characters, symbols, 90-day expiry, reuse "
                  "prevention 24; no upper-case, lower-case or number rule")

    def seed_support_role(self):
        iam = self.client("iam")
        iam.create_role(RoleName="parapet-support", AssumeRolePolicyDocument=policy({
            "Effect": "Allow", "Principal": {"AWS": self.arn}, "Action": "sts:AssumeRole"}),
            Tags=[{"Key": EXPECT_TAG, "Value": "secure"}])
        iam.attach_role_policy(RoleName="parapet-support",
                               PolicyArn="arn:aws:iam::aws:policy/AWSSupportAccess")
        self.note("a role with AWSSupportAccess handles AWS Support cases")

    def seed_account_public_access_block(self):
        s3control = self.client("s3control", REGION)

        def drop_account_prefix(request, **_):
            request.url = request.url.replace(f"://{self.account}.", "://")

        s3control.meta.events.register("before-send.s3-control.*", drop_account_prefix)
        s3control.put_public_access_block(
            AccountId=self.account, PublicAccessBlockConfiguration={
                "BlockPublicAcls": True, "IgnorePublicAcls": True,
                "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
        self.note("account-level S3 public access block: all four settings on")

    def seed_monitoring(self):
        """A logging multi-region trail into a log group with a metric filter for each CIS
        monitoring control but unauthorized API calls (the first account's one working
        control), each with an alarm notifying a topic with a subscriber."""
        bucket = f"parapet-well-run-trail-{self.account}"
        self.client("s3", REGION).create_bucket(Bucket=bucket)
        logs = self.client("logs", REGION)
        group = "parapet-well-run-trail"
        logs.create_log_group(logGroupName=group)
        group_arn = f"arn:aws:logs:{REGION}:{self.account}:log-group:{group}:*"
        role = self.client("iam").create_role(
            RoleName="parapet-trail-to-logs", AssumeRolePolicyDocument=policy({
                "Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"},
                "Action": "sts:AssumeRole"}))["Role"]["Arn"]
        trail = self.client("cloudtrail", REGION)
        trail.create_trail(Name="parapet-well-run-trail", S3BucketName=bucket,
                           IsMultiRegionTrail=True, IncludeGlobalServiceEvents=True,
                           EnableLogFileValidation=True, CloudWatchLogsLogGroupArn=group_arn,
                           CloudWatchLogsRoleArn=role)
        trail.put_event_selectors(TrailName="parapet-well-run-trail", EventSelectors=[
            {"ReadWriteType": "All", "IncludeManagementEvents": True}])
        trail.start_logging(Name="parapet-well-run-trail")

        sns = self.client("sns", REGION)
        topic = sns.create_topic(Name="parapet-well-run-alarms")["TopicArn"]
        sns.subscribe(TopicArn=topic, Protocol="email", Endpoint="security@example.com")
        cloudwatch = self.client("cloudwatch", REGION)
        for name, pattern in CIS_MONITORING_PATTERNS.items():
            if name == "unauthorized_api_calls":
                continue
            logs.put_metric_filter(
                logGroupName=group, filterName=name, filterPattern=pattern,
                metricTransformations=[{"metricName": name, "metricNamespace": "CISBenchmark",
                                        "metricValue": "1"}])
            cloudwatch.put_metric_alarm(
                AlarmName=name, MetricName=name, Namespace="CISBenchmark", Statistic="Sum",
                Period=300, EvaluationPeriods=1, Threshold=1,
                ComparisonOperator="GreaterThanOrEqualToThreshold", AlarmActions=[topic])
        self.note("multi-region trail to CloudWatch Logs with a metric filter and an alarm "
                  "for 14 of the 15 CIS monitoring controls (not unauthorized API calls), "
                  "notifying a subscribed topic")
