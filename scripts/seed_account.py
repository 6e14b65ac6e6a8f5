#!/usr/bin/env python3
"""Seeds an emulated AWS account (moto) with insecure resources and their secure twins.

Every seeded resource is tagged `parapet:expect` = `insecure` or `secure` where the
service supports tags, and listed in a manifest JSON with its type (as in
docs/RESOURCES.md), name, region, identifiers and a short `why`. Checks and the demo
use the manifest to know what a scan should find.

Run against a fresh moto (or pass --reset to clear the one you point at):

    .venv/bin/python scripts/seed_account.py --endpoint-url URL --manifest out/seed.json

Where moto needs a workaround or lacks a feature the seed wants, the manifest says so
under `moto_notes`; a step moto rejects is left out and listed there.
"""

import argparse
import io
import json
import sys
import urllib.request
import zipfile

from botocore.exceptions import ClientError

from seed_support import EXPECT_TAG, Manifest, client_factory
from seed_well_run_account import WellRunAccountSeeder

PRIMARY = "us-east-1"
SECONDARY = "eu-west-1"
FAKE_AMI = "ami-0123456789abcdef0"
TRUSTED_ACCOUNT = "111122223333"

MOTO_NOTES = [
    "S3 PutBucketLogging fails (500) in moto 5.2.5 when the target bucket's policy has "
    "a string Principal (\"*\") before the logging service's grant: the log bucket's "
    "policy lists the service grants first",
    "EC2 CreateFlowLogs in moto reads a key prefix in an S3 destination ARN as part of "
    "the bucket name: flow logs go to the root of parapet-log-bucket",
    "EC2 RunInstances: no AMI is loaded (MOTO_EC2_LOAD_DEFAULT_AMIS=false) and moto "
    f"accepts the unknown image id {FAKE_AMI}",
    "SNS: moto confirms the email subscription at once (AWS leaves it pending until "
    "the recipient confirms)",
    "s3control: moto answers on the bare endpoint, so the seed (and the collector) drop "
    "the ACCOUNT. host prefix that AWS puts before the host name",
    "IAM: moto accepts any pair of codes in EnableMFADevice",
    "ACM: moto issues the requested certificate at once without validation; the HTTPS "
    "listeners and the CloudFront viewer certificate use it",
    "Secrets Manager: moto runs no rotation Lambda; RotateSecret only needs the function "
    "to exist, so the seed names parapet-private-function",
    "IAM: moto reports a fixed 2012 expiration for any uploaded server certificate",
    "S3: moto ignores MFADelete in PutBucketVersioning, so no bucket has MFA delete",
    "RDS: an Aurora cluster is Multi-AZ in moto once it has instances in two zones",
    "OpenSearch and Lambda: moto reports VPC subnets but no VpcId",
    "RDS: moto needs a DB subnet group for clusters as for instances",
    "API Gateway: moto 5.2.5 has no client certificates (GenerateClientCertificate 404) "
    "and no GetTags route; the collector reads tags from the GetRestApis item",
    "Glacier: moto 5.2.5 has no vault access policy or vault tag routes (404), so no "
    "vault is seeded",
    "CloudFront: moto accepts TLSv1.2_2021 with an ACM certificate and SNI without "
    "checking the certificate covers an alias, and still reports "
    "CloudFrontDefaultCertificate true beside it",
    "Classic ELB: moto reports InstanceProtocol HTTPS for an HTTPS listener that was "
    "given InstanceProtocol HTTP",
]

# CIS AWS Foundations 4.1 / 3.1: unauthorized API calls.
UNAUTHORIZED_CALLS_PATTERN = (
    '{ ($.errorCode = "*UnauthorizedOperation") || '
    '($.errorCode = "AccessDenied*") || '
    '($.sourceIPAddress != "delivery.logs.amazonaws.com") || '
    '($.eventName != "HeadBucket") }'
)


def policy(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


def tag_list(expect, name=None):
    tags = [{"Key": EXPECT_TAG, "Value": expect}]
    if name:
        tags.append({"Key": "Name", "Value": name})
    return tags


def tag_spec(resource_type, expect, name):
    return [{"ResourceType": resource_type, "Tags": tag_list(expect, name)}]


class AccountSeeder:
    """Creates the seeded account one service at a time, recording into a manifest."""

    def __init__(self, endpoint_url, manifest):
        self.client = client_factory(endpoint_url)
        self.manifest = manifest
        self.account = self.client("sts").get_caller_identity()["Account"]
        self.manifest.account = self.account
        self.keys = {}
        self.vpcs = {}
        self.buckets = {}

    def seed(self):
        self.seed_kms()
        self.seed_s3()
        self.seed_iam()
        self.seed_vpc_and_network()
        self.seed_ec2_compute()
        self.seed_ebs_default_encryption()
        self.seed_logging_and_monitoring()
        self.seed_cloudtrail()
        self.seed_config()
        self.seed_rds()
        self.seed_lambda()
        self.seed_efs()
        self.seed_guardduty()
        self.seed_load_balancers()
        self.seed_sqs()
        self.seed_secrets()
        self.seed_ecr()
        self.seed_eks()
        self.seed_dynamodb()
        self.seed_apigateway()
        self.seed_cloudfront()
        self.seed_opensearch()
        self.seed_security_hub()
        # Last, so that no earlier step meets it (moto enforces none of it anyway).
        self.seed_account_public_access_block()

    # KMS -------------------------------------------------------------------------

    def seed_kms(self):
        kms = self.client("kms", PRIMARY)
        root = f"arn:aws:iam::{self.account}:root"
        specs = [
            ("parapet-key-rotated", "secure", True, None,
             "customer key with automatic rotation; policy limited to the account"),
            ("parapet-key-not-rotated", "insecure", False, None,
             "customer key without automatic rotation"),
            ("parapet-key-public-policy", "insecure", True, "*",
             "key policy allows Principal * to use the key (kms:*)"),
        ]
        for name, expect, rotate, principal, why in specs:
            key_policy = policy({
                "Sid": "KeyAdministration",
                "Effect": "Allow",
                "Principal": {"AWS": principal or root},
                "Action": "kms:*",
                "Resource": "*",
            })
            meta = kms.create_key(
                Description=name, Policy=key_policy,
                Tags=[{"TagKey": t["Key"], "TagValue": t["Value"]}
                      for t in tag_list(expect, name)],
            )["KeyMetadata"]
            kms.create_alias(AliasName=f"alias/{name}", TargetKeyId=meta["KeyId"])
            if rotate:
                kms.enable_key_rotation(KeyId=meta["KeyId"])
            self.keys[name] = meta["Arn"]
            self.manifest.add("aws.kms.key", name, PRIMARY, expect, why,
                              arn=meta["Arn"], key_id=meta["KeyId"],
                              alias=f"alias/{name}")

        meta = kms.create_key(
            Description="parapet-key-pending-deletion",
            Tags=[{"TagKey": t["Key"], "TagValue": t["Value"]}
                  for t in tag_list("insecure", "parapet-key-pending-deletion")])["KeyMetadata"]
        kms.create_alias(AliasName="alias/parapet-key-pending-deletion",
                         TargetKeyId=meta["KeyId"])
        kms.schedule_key_deletion(KeyId=meta["KeyId"], PendingWindowInDays=30)
        self.manifest.add("aws.kms.key", "parapet-key-pending-deletion", PRIMARY, "insecure",
                          "customer key scheduled for deletion in 30 days", arn=meta["Arn"],
                          key_id=meta["KeyId"], alias="alias/parapet-key-pending-deletion")

        eu_kms = self.client("kms", SECONDARY)
        meta = eu_kms.create_key(Description="parapet-eu-key")["KeyMetadata"]
        eu_kms.enable_key_rotation(KeyId=meta["KeyId"])
        eu_kms.create_alias(AliasName="alias/parapet-eu-key", TargetKeyId=meta["KeyId"])
        self.keys["parapet-eu-key"] = meta["Arn"]
        self.manifest.add("aws.kms.key", "parapet-eu-key", SECONDARY, "secure",
                          "rotated customer key used by the encrypted EU resources",
                          arn=meta["Arn"], key_id=meta["KeyId"],
                          alias="alias/parapet-eu-key")

    # S3 --------------------------------------------------------------------------

    def create_bucket(self, name, region, expect):
        s3 = self.client("s3", region)
        args = {"Bucket": name}
        if region != "us-east-1":
            args["CreateBucketConfiguration"] = {"LocationConstraint": region}
        s3.create_bucket(**args)
        s3.put_bucket_tagging(Bucket=name, Tagging={"TagSet": tag_list(expect)})
        self.buckets[name] = region
        return s3

    def seed_s3(self):
        self.seed_log_bucket()

        s3 = self.create_bucket("parapet-public-acl-bucket", PRIMARY, "insecure")
        s3.put_bucket_ownership_controls(
            Bucket="parapet-public-acl-bucket",
            OwnershipControls={"Rules": [{"ObjectOwnership": "ObjectWriter"}]})
        s3.put_bucket_acl(Bucket="parapet-public-acl-bucket", ACL="public-read")
        self.add_bucket("parapet-public-acl-bucket", PRIMARY, "insecure",
                        "ACL grants READ to AllUsers (public-read); no public access block")

        s3 = self.create_bucket("parapet-public-policy-bucket", PRIMARY, "insecure")
        s3.put_bucket_policy(Bucket="parapet-public-policy-bucket", Policy=policy({
            "Sid": "PublicRead",
            "Effect": "Allow",
            "Principal": "*",
            "Action": "s3:GetObject",
            "Resource": "arn:aws:s3:::parapet-public-policy-bucket/*",
        }))
        self.add_bucket("parapet-public-policy-bucket", PRIMARY, "insecure",
                        "bucket policy allows s3:GetObject to Principal *")

        self.seed_private_bucket()

        self.create_bucket("parapet-unencrypted-bucket", SECONDARY, "insecure")
        self.add_bucket("parapet-unencrypted-bucket", SECONDARY, "insecure",
                        "no default encryption, no versioning, no access logging, "
                        "no public access block")


    def seed_log_bucket(self):
        name = "parapet-log-bucket"
        s3 = self.create_bucket(name, PRIMARY, "secure")
        # The service grant comes first: moto 5.2.5 fails (500) on PutBucketLogging
        # when it meets a string Principal ("*") before the logging service's grant.
        self.harden_bucket(s3, name, {"SSEAlgorithm": "AES256"}, [{
            "Sid": "ServerAccessLogs",
            "Effect": "Allow",
            "Principal": {"Service": "logging.s3.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": f"arn:aws:s3:::{name}/*",
        }, {
            "Sid": "CloudTrailAndConfigDelivery",
            "Effect": "Allow",
            "Principal": {"Service": ["cloudtrail.amazonaws.com", "config.amazonaws.com",
                                      "delivery.logs.amazonaws.com"]},
            "Action": ["s3:PutObject", "s3:GetBucketAcl"],
            "Resource": [f"arn:aws:s3:::{name}", f"arn:aws:s3:::{name}/*"],
        }])
        s3.put_bucket_logging(Bucket=name, BucketLoggingStatus={"LoggingEnabled": {
            "TargetBucket": name, "TargetPrefix": "self/"}})
        self.add_bucket(name, PRIMARY, "secure",
                        "access-log target: public access block, AES256, versioning, "
                        "TLS-only policy, logs to itself")

    def seed_private_bucket(self):
        name = "parapet-private-bucket"
        s3 = self.create_bucket(name, PRIMARY, "secure")
        self.harden_bucket(s3, name, {
            "SSEAlgorithm": "aws:kms", "KMSMasterKeyID": self.keys["parapet-key-rotated"]})
        s3.put_bucket_logging(Bucket=name, BucketLoggingStatus={"LoggingEnabled": {
            "TargetBucket": "parapet-log-bucket", "TargetPrefix": f"{name}/"}})
        s3.put_bucket_ownership_controls(Bucket=name, OwnershipControls={
            "Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]})
        self.add_bucket(name, PRIMARY, "secure",
                        "public access block, SSE-KMS, versioning, access logging, "
                        "policy denies aws:SecureTransport false, ACLs disabled")

    def seed_account_public_access_block(self):
        """Sets two of the four account-level settings: the account check still fails, and
        the two that neutralise existing public grants stay off, so bucket exposure is
        still decided by each bucket."""
        s3control = self.client("s3control", PRIMARY)

        # moto serves s3control on the bare endpoint, without the ACCOUNT. host prefix.
        def drop_account_prefix(request, **_):
            request.url = request.url.replace(f"://{self.account}.", "://")

        s3control.meta.events.register("before-send.s3-control.*", drop_account_prefix)
        s3control.put_public_access_block(
            AccountId=self.account, PublicAccessBlockConfiguration={
                "BlockPublicAcls": True, "IgnorePublicAcls": False,
                "BlockPublicPolicy": True, "RestrictPublicBuckets": False})
        self.manifest.add(
            "aws.account", self.account, "global", "insecure",
            "account-level S3 public access block blocks new public ACLs and policies but "
            "neither ignores public ACLs nor restricts public buckets",
            arn=f"arn:aws:iam::{self.account}:root")

    def harden_bucket(self, s3, name, encryption, grants=()):
        s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={
            "BlockPublicAcls": True, "IgnorePublicAcls": True,
            "BlockPublicPolicy": True, "RestrictPublicBuckets": True})
        s3.put_bucket_encryption(Bucket=name, ServerSideEncryptionConfiguration={
            "Rules": [{"ApplyServerSideEncryptionByDefault": encryption}]})
        s3.put_bucket_versioning(Bucket=name,
                                 VersioningConfiguration={"Status": "Enabled"})
        s3.put_bucket_policy(Bucket=name, Policy=policy(*grants, {
            "Sid": "DenyInsecureTransport",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": [f"arn:aws:s3:::{name}", f"arn:aws:s3:::{name}/*"],
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        }))

    def add_bucket(self, name, region, expect, why):
        self.manifest.add("aws.s3.bucket", name, region, expect, why,
                          arn=f"arn:aws:s3:::{name}")

    # IAM -------------------------------------------------------------------------

    def seed_iam(self):
        iam = self.client("iam")
        self.seed_password_policy(iam)
        full_admin, least = self.seed_customer_policies(iam)
        self.seed_users(iam, least)
        self.seed_admin_group(iam, full_admin)
        self.seed_reader_group(iam, least)
        self.seed_roles(iam)
        self.seed_server_certificate(iam)

    def seed_password_policy(self, iam):
        iam.update_account_password_policy(
            MinimumPasswordLength=8, RequireSymbols=False, RequireNumbers=True,
            RequireUppercaseCharacters=True, RequireLowercaseCharacters=True,
            AllowUsersToChangePassword=True, PasswordReusePrevention=1)
        self.manifest.add(
            "aws.account", self.account, "global", "insecure",
            "password policy: minimum length 8 (CIS wants 14), no symbols, no expiry, "
            "reuse prevention 1 (CIS wants 24)",
            arn=f"arn:aws:iam::{self.account}:root")

    def seed_customer_policies(self, iam):
        created = {}
        specs = [
            ("parapet-full-admin", "insecure",
             {"Effect": "Allow", "Action": "*", "Resource": "*"},
             "customer-managed policy allows Action * on Resource *; attached to a group"),
            ("parapet-least-privilege", "secure",
             {"Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"],
              "Resource": ["arn:aws:s3:::parapet-private-bucket",
                           "arn:aws:s3:::parapet-private-bucket/*"]},
             "customer-managed policy limited to reading one bucket"),
        ]
        for name, expect, statement, why in specs:
            arn = iam.create_policy(PolicyName=name, PolicyDocument=policy(statement),
                                    Tags=tag_list(expect))["Policy"]["Arn"]
            created[name] = arn
            self.manifest.add("aws.iam.policy", name, "global", expect, why, arn=arn)
        return created["parapet-full-admin"], created["parapet-least-privilege"]

    def create_user(self, iam, name, expect, console=False, access_key=False):
        arn = iam.create_user(UserName=name, Tags=tag_list(expect))["User"]["Arn"]
        if console:
            iam.create_login_profile(UserName=name, Password="Parapet-Seed-Passw0rd!",
                                     PasswordResetRequired=False)
        ids = {"arn": arn}
        if access_key:
            # The secret is never written anywhere; only the key id is recorded.
            ids["access_key_id"] = iam.create_access_key(
                UserName=name)["AccessKey"]["AccessKeyId"]
        return ids

    def seed_users(self, iam, least_privilege_arn):
        ids = self.create_user(iam, "admin-no-mfa", "insecure", console=True,
                               access_key=True)
        iam.attach_user_policy(UserName="admin-no-mfa",
                               PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
        self.manifest.add("aws.iam.user", "admin-no-mfa", "global", "insecure",
                          "AdministratorAccess attached directly, console password "
                          "without MFA, active access key", **ids)

        ids = self.create_user(iam, "least-privilege-mfa", "secure", console=True)
        iam.attach_user_policy(UserName="least-privilege-mfa",
                               PolicyArn=least_privilege_arn)
        serial = iam.create_virtual_mfa_device(
            VirtualMFADeviceName="least-privilege-mfa",
            Tags=tag_list("secure"))["VirtualMFADevice"]["SerialNumber"]
        iam.enable_mfa_device(UserName="least-privilege-mfa", SerialNumber=serial,
                              AuthenticationCode1="123456", AuthenticationCode2="654321")
        self.manifest.add("aws.iam.user", "least-privilege-mfa", "global", "secure",
                          "console password with a virtual MFA device; least-privilege "
                          "customer policy; no access keys", mfa_serial=serial, **ids)

        ids = self.create_user(iam, "inline-star-user", "insecure", access_key=True)
        ids["second_access_key_id"] = iam.create_access_key(
            UserName="inline-star-user")["AccessKey"]["AccessKeyId"]
        iam.put_user_policy(UserName="inline-star-user", PolicyName="star-star",
                            PolicyDocument=policy(
                                {"Effect": "Allow", "Action": "*:*", "Resource": "*"}))
        self.manifest.add("aws.iam.user", "inline-star-user", "global", "insecure",
                          "inline policy allows Action *:* on Resource *; two active "
                          "access keys", **ids)

        ids = self.create_user(iam, "parapet-escalation-user", "insecure")
        iam.put_user_policy(UserName="parapet-escalation-user", PolicyName="policy-versions",
                            PolicyDocument=policy({
                                "Effect": "Allow", "Action": "iam:CreatePolicyVersion",
                                "Resource": "*"}))
        self.manifest.add("aws.iam.user", "parapet-escalation-user", "global", "insecure",
                          "may create a new default version of any policy, its own "
                          "included: a privilege escalation path", **ids)

    def seed_admin_group(self, iam, full_admin_arn):
        arn = iam.create_group(GroupName="parapet-admins")["Group"]["Arn"]
        iam.attach_group_policy(GroupName="parapet-admins", PolicyArn=full_admin_arn)
        self.manifest.add("aws.iam.group", "parapet-admins", "global", "insecure",
                          "has parapet-full-admin (Action * Resource *) attached; "
                          "IAM groups take no tags", arn=arn)

    def seed_reader_group(self, iam, least_privilege_arn):
        arn = iam.create_group(GroupName="parapet-readers")["Group"]["Arn"]
        iam.attach_group_policy(GroupName="parapet-readers", PolicyArn=least_privilege_arn)
        iam.attach_group_policy(GroupName="parapet-readers",
                                PolicyArn="arn:aws:iam::aws:policy/AWSCloudShellFullAccess")
        self.manifest.add("aws.iam.group", "parapet-readers", "global", "insecure",
                          "least-privilege reading, but AWSCloudShellFullAccess attached "
                          "(CloudShell can move files in and out)", arn=arn)
        ids = self.create_user(iam, "parapet-group-member", "secure")
        iam.add_user_to_group(GroupName="parapet-readers", UserName="parapet-group-member")
        self.manifest.add("aws.iam.user", "parapet-group-member", "global", "secure",
                          "no policies of its own: permissions come from parapet-readers",
                          **ids)

    def seed_server_certificate(self, iam):
        body, key = self_signed_certificate("parapet.example.com")
        metadata = iam.upload_server_certificate(
            ServerCertificateName="parapet-server-certificate", CertificateBody=body,
            PrivateKey=key, Tags=tag_list("insecure"))["ServerCertificateMetadata"]
        self.manifest.add("aws.iam.server_certificate", "parapet-server-certificate",
                          "global", "insecure",
                          "moto reports a fixed expiration in 2012, so the certificate is "
                          "expired", arn=metadata["Arn"])

    def seed_roles(self, iam):
        specs = [
            ("parapet-role-trust-any", "insecure",
             {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"},
             "trust policy lets any AWS principal (*) assume the role"),
            ("parapet-role-trust-account", "secure",
             {"Effect": "Allow",
              "Principal": {"AWS": f"arn:aws:iam::{TRUSTED_ACCOUNT}:root"},
              "Action": "sts:AssumeRole",
              "Condition": {"StringEquals": {"sts:ExternalId": "parapet-seed"}}},
             f"trust policy names one account ({TRUSTED_ACCOUNT}) with an external id"),
            ("parapet-service-role", "secure",
             {"Effect": "Allow",
              "Principal": {"Service": ["lambda.amazonaws.com", "config.amazonaws.com",
                                        "cloudtrail.amazonaws.com",
                                        "vpc-flow-logs.amazonaws.com"]},
              "Action": "sts:AssumeRole"},
             "service role for Lambda, Config, CloudTrail and flow logs"),
        ]
        trusted_account = {
            "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{self.account}:root"},
            "Action": "sts:AssumeRole"}
        specs += [
            ("parapet-admin-role", "insecure", trusted_account,
             "AdministratorAccess attached; assumable from this account"),
            ("parapet-escalation-role", "insecure", trusted_account,
             "may pass any role to a new Lambda function and invoke it: with "
             "parapet-admin-role that is a path to administrator"),
        ]
        for name, expect, statement, why in specs:
            arn = iam.create_role(RoleName=name, AssumeRolePolicyDocument=policy(statement),
                                  Tags=tag_list(expect))["Role"]["Arn"]
            self.manifest.add("aws.iam.role", name, "global", expect, why, arn=arn)
        self.service_role = f"arn:aws:iam::{self.account}:role/parapet-service-role"
        iam.attach_role_policy(
            RoleName="parapet-service-role",
            PolicyArn="arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole")
        iam.attach_role_policy(RoleName="parapet-admin-role",
                               PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
        iam.put_role_policy(RoleName="parapet-escalation-role", PolicyName="pass-to-lambda",
                            PolicyDocument=policy({
                                "Effect": "Allow",
                                "Action": ["iam:PassRole", "lambda:CreateFunction",
                                           "lambda:InvokeFunction"],
                                "Resource": "*"}))
        iam.create_instance_profile(InstanceProfileName="parapet-instance-profile")
        iam.add_role_to_instance_profile(InstanceProfileName="parapet-instance-profile",
                                         RoleName="parapet-service-role")

    # VPC and network -------------------------------------------------------------

    def seed_vpc_and_network(self):
        ec2 = self.client("ec2", PRIMARY)
        self.seed_vpcs(ec2)
        self.seed_security_groups(ec2)
        self.seed_network_acls(ec2)

    def create_vpc(self, ec2, name, cidr, expect):
        vpc_id = ec2.create_vpc(CidrBlock=cidr, TagSpecifications=tag_spec(
            "vpc", expect, name))["Vpc"]["VpcId"]
        subnets = []
        for index, zone in enumerate(["a", "b"]):
            base = cidr.split("/")[0].rsplit(".", 2)[0]
            subnet = ec2.create_subnet(
                VpcId=vpc_id, CidrBlock=f"{base}.{index}.0/24",
                AvailabilityZone=f"{PRIMARY}{zone}",
                TagSpecifications=tag_spec("subnet", expect, f"{name}-{zone}"),
            )["Subnet"]["SubnetId"]
            subnets.append(subnet)
        self.vpcs[name] = {"id": vpc_id, "subnets": subnets}
        return vpc_id

    def seed_vpcs(self, ec2):
        vpc_id = self.create_vpc(ec2, "parapet-vpc-flow-logs", "10.10.0.0/16", "secure")
        flow = ec2.create_flow_logs(
            ResourceIds=[vpc_id], ResourceType="VPC", TrafficType="ALL",
            # moto 5.2.5 reads a key prefix in the ARN as part of the bucket name.
            LogDestinationType="s3", LogDestination="arn:aws:s3:::parapet-log-bucket",
            TagSpecifications=tag_spec("vpc-flow-log", "secure", "parapet-flow-log"))
        if flow.get("Unsuccessful"):
            raise RuntimeError(f"CreateFlowLogs rejected: {flow['Unsuccessful']}")
        self.manifest.add("aws.ec2.vpc", "parapet-vpc-flow-logs", PRIMARY, "secure",
                          "VPC flow logs (ALL traffic) delivered to S3",
                          vpc_id=vpc_id, flow_log_ids=flow["FlowLogIds"],
                          subnet_ids=self.vpcs["parapet-vpc-flow-logs"]["subnets"])

        vpc_id = self.create_vpc(ec2, "parapet-vpc-no-flow-logs", "10.20.0.0/16",
                                 "insecure")
        self.manifest.add("aws.ec2.vpc", "parapet-vpc-no-flow-logs", PRIMARY, "insecure",
                          "no VPC flow logs", vpc_id=vpc_id,
                          subnet_ids=self.vpcs["parapet-vpc-no-flow-logs"]["subnets"])

        public_subnet = self.vpcs["parapet-vpc-flow-logs"]["subnets"][1]
        ec2.modify_subnet_attribute(SubnetId=public_subnet,
                                    MapPublicIpOnLaunch={"Value": True})
        self.manifest.add("aws.ec2.subnet", "parapet-vpc-flow-logs-b", PRIMARY, "insecure",
                          "gives every instance launched in it a public IPv4 address",
                          subnet_id=public_subnet)
        self.manifest.add("aws.ec2.subnet", "parapet-vpc-flow-logs-a", PRIMARY, "secure",
                          "no public IPv4 address on launch",
                          subnet_id=self.vpcs["parapet-vpc-flow-logs"]["subnets"][0])

    def seed_security_groups(self, ec2):
        vpc_id = self.vpcs["parapet-vpc-flow-logs"]["id"]
        specs = [
            ("sg-open-ssh-ipv4", "insecure",
             [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
               "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
             "SSH (22) open to 0.0.0.0/0"),
            ("sg-open-rdp-ipv4", "insecure",
             [{"IpProtocol": "tcp", "FromPort": 3389, "ToPort": 3389,
               "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
             "RDP (3389) open to 0.0.0.0/0"),
            ("sg-open-ssh-ipv6", "insecure",
             [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
               "Ipv6Ranges": [{"CidrIpv6": "::/0"}]}],
             "SSH (22) open to ::/0"),
            ("sg-open-all-ports", "insecure",
             [{"IpProtocol": "-1", "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}],
             "all protocols and ports open to 0.0.0.0/0"),
            ("sg-restricted-ssh", "secure",
             [{"IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
               "IpRanges": [{"CidrIp": "10.0.0.0/8"}]}],
             "SSH (22) limited to 10.0.0.0/8"),
        ]
        self.groups = {}
        for name, expect, permissions, why in specs:
            group_id = ec2.create_security_group(
                GroupName=name, Description=why, VpcId=vpc_id,
                TagSpecifications=tag_spec("security-group", expect, name))["GroupId"]
            ec2.authorize_security_group_ingress(GroupId=group_id,
                                                 IpPermissions=permissions)
            self.groups[name] = group_id
            self.manifest.add("aws.ec2.security_group", name, PRIMARY, expect, why,
                              group_id=group_id, vpc_id=vpc_id,
                              arn=self.ec2_arn("security-group", group_id))

        # The default group of a seeded VPC loses its rules: the CIS-recommended state.
        restricted = ec2.describe_security_groups(Filters=[
            {"Name": "vpc-id", "Values": [self.vpcs["parapet-vpc-no-flow-logs"]["id"]]},
            {"Name": "group-name", "Values": ["default"]}])["SecurityGroups"][0]
        ec2.revoke_security_group_ingress(GroupId=restricted["GroupId"],
                                          IpPermissions=restricted["IpPermissions"])
        ec2.revoke_security_group_egress(GroupId=restricted["GroupId"],
                                         IpPermissions=restricted["IpPermissionsEgress"])
        ec2.create_tags(Resources=[restricted["GroupId"]],
                        Tags=tag_list("secure", "parapet-default-sg-restricted"))
        self.manifest.add("aws.ec2.security_group", "parapet-default-sg-restricted", PRIMARY,
                          "secure", "default security group of parapet-vpc-no-flow-logs with "
                          "every rule removed", group_id=restricted["GroupId"],
                          arn=self.ec2_arn("security-group", restricted["GroupId"]))

        default_vpc = ec2.describe_vpcs(
            Filters=[{"Name": "isDefault", "Values": ["true"]}])["Vpcs"][0]["VpcId"]
        default_group = ec2.describe_security_groups(Filters=[
            {"Name": "vpc-id", "Values": [default_vpc]},
            {"Name": "group-name", "Values": ["default"]}])["SecurityGroups"][0]["GroupId"]
        self.manifest.add("aws.ec2.security_group", "default", PRIMARY, "insecure",
                          "default security group of the default VPC keeps its default "
                          "rules (all traffic from itself, all egress); left untagged",
                          group_id=default_group, vpc_id=default_vpc,
                          arn=self.ec2_arn("security-group", default_group))

    def seed_network_acls(self, ec2):
        vpc_id = self.vpcs["parapet-vpc-no-flow-logs"]["id"]
        specs = [
            ("parapet-nacl-open-ssh", "insecure", "0.0.0.0/0",
             "allows SSH (22) ingress from 0.0.0.0/0"),
            ("parapet-nacl-restricted-ssh", "secure", "10.0.0.0/8",
             "allows SSH (22) ingress from 10.0.0.0/8 only"),
        ]
        for name, expect, cidr, why in specs:
            acl_id = ec2.create_network_acl(VpcId=vpc_id, TagSpecifications=tag_spec(
                "network-acl", expect, name))["NetworkAcl"]["NetworkAclId"]
            ec2.create_network_acl_entry(
                NetworkAclId=acl_id, RuleNumber=100, Protocol="6", RuleAction="allow",
                Egress=False, CidrBlock=cidr, PortRange={"From": 22, "To": 22})
            self.manifest.add("aws.ec2.network_acl", name, PRIMARY, expect, why,
                              network_acl_id=acl_id, vpc_id=vpc_id,
                              arn=self.ec2_arn("network-acl", acl_id))

        name = "parapet-nacl-open-all-ipv6"
        acl_id = ec2.create_network_acl(VpcId=vpc_id, TagSpecifications=tag_spec(
            "network-acl", "insecure", name))["NetworkAcl"]["NetworkAclId"]
        ec2.create_network_acl_entry(
            NetworkAclId=acl_id, RuleNumber=100, Protocol="-1", RuleAction="allow",
            Egress=False, Ipv6CidrBlock="::/0")
        self.manifest.add("aws.ec2.network_acl", name, PRIMARY, "insecure",
                          "allows all inbound traffic from ::/0",
                          network_acl_id=acl_id, vpc_id=vpc_id,
                          arn=self.ec2_arn("network-acl", acl_id))

    def ec2_arn(self, kind, resource_id, region=PRIMARY):
        return f"arn:aws:ec2:{region}:{self.account}:{kind}/{resource_id}"

    # EC2 compute and storage -----------------------------------------------------

    def seed_ec2_compute(self):
        ec2 = self.client("ec2", PRIMARY)
        private_subnet, public_subnet = self.vpcs["parapet-vpc-flow-logs"]["subnets"]
        specs = [
            ("parapet-imdsv1-instance", "insecure", "optional", 3, public_subnet, None,
             "instance metadata allows IMDSv1 (HttpTokens optional) with a hop limit of 3; "
             "public IPv4 address from its subnet; no instance profile; basic monitoring"),
            ("parapet-imdsv2-instance", "secure", "required", 1, private_subnet,
             "parapet-instance-profile",
             "instance metadata requires IMDSv2 tokens with a hop limit of 1; private "
             "subnet; instance profile; detailed monitoring"),
        ]
        instances = {}
        for name, expect, tokens, hops, subnet, profile, why in specs:
            args = {"ImageId": FAKE_AMI, "InstanceType": "t3.micro", "MinCount": 1,
                    "MaxCount": 1, "SubnetId": subnet,
                    "SecurityGroupIds": [self.groups["sg-restricted-ssh"]],
                    "MetadataOptions": {"HttpTokens": tokens, "HttpEndpoint": "enabled",
                                        "HttpPutResponseHopLimit": hops},
                    "Monitoring": {"Enabled": profile is not None},
                    "TagSpecifications": tag_spec("instance", expect, name)}
            if profile:
                args["IamInstanceProfile"] = {"Name": profile}
            instance = ec2.run_instances(**args)["Instances"][0]["InstanceId"]
            instances[name] = instance
            self.manifest.add("aws.ec2.instance", name, PRIMARY, expect, why,
                              instance_id=instance,
                              arn=self.ec2_arn("instance", instance))

        volumes = {}
        specs = [
            ("parapet-encrypted-volume", "secure", True, "EBS volume encrypted with KMS"),
            ("parapet-unencrypted-volume", "insecure", False, "EBS volume not encrypted"),
        ]
        for name, expect, encrypted, why in specs:
            args = {"AvailabilityZone": f"{PRIMARY}a", "Size": 8, "Encrypted": encrypted,
                    "TagSpecifications": tag_spec("volume", expect, name)}
            if encrypted:
                args["KmsKeyId"] = self.keys["parapet-key-rotated"]
            volume = ec2.create_volume(**args)["VolumeId"]
            volumes[name] = volume
            if encrypted:
                ec2.attach_volume(VolumeId=volume, Device="/dev/sdf",
                                  InstanceId=instances["parapet-imdsv2-instance"])
                why += ", attached to parapet-imdsv2-instance"
            else:
                why += ", attached to nothing"
            self.manifest.add("aws.ec2.volume", name, PRIMARY, expect, why,
                              volume_id=volume, arn=self.ec2_arn("volume", volume))

        specs = [
            ("parapet-public-snapshot", "insecure", "parapet-unencrypted-volume",
             "unencrypted snapshot shared publicly (createVolumePermission group all)"),
            ("parapet-private-snapshot", "secure", "parapet-encrypted-volume",
             "encrypted snapshot, not shared"),
        ]
        for name, expect, volume_name, why in specs:
            snapshot = ec2.create_snapshot(
                VolumeId=volumes[volume_name], Description=name,
                TagSpecifications=tag_spec("snapshot", expect, name))["SnapshotId"]
            if expect == "insecure":
                ec2.modify_snapshot_attribute(
                    SnapshotId=snapshot, Attribute="createVolumePermission",
                    OperationType="add", GroupNames=["all"])
            self.manifest.add("aws.ec2.snapshot", name, PRIMARY, expect, why,
                              snapshot_id=snapshot,
                              arn=f"arn:aws:ec2:{PRIMARY}::snapshot/{snapshot}")

    def seed_ebs_default_encryption(self):
        self.client("ec2", PRIMARY).enable_ebs_encryption_by_default()
        self.client("ec2", SECONDARY).disable_ebs_encryption_by_default()
        for region, expect, why in [
            (PRIMARY, "secure", "EBS encryption by default is on; CloudTrail multi-region "
             "trail, Config recorder, GuardDuty detector and Security Hub are here"),
            (SECONDARY, "insecure", "EBS encryption by default is off; no Config recorder, "
             "a suspended GuardDuty detector, no Security Hub, only a stopped "
             "single-region trail"),
        ]:
            self.manifest.add("aws.region", region, region, expect, why,
                              arn=f"arn:aws:ec2:{region}:{self.account}:region")

    # CloudWatch Logs, alarms, SNS ------------------------------------------------

    def seed_logging_and_monitoring(self):
        logs = self.client("logs", PRIMARY)
        group = "parapet-cloudtrail-logs"
        logs.create_log_group(logGroupName=group, tags={EXPECT_TAG: "secure"})
        logs.put_retention_policy(logGroupName=group, retentionInDays=365)
        logs.put_metric_filter(
            logGroupName=group, filterName="parapet-unauthorized-api-calls",
            filterPattern=UNAUTHORIZED_CALLS_PATTERN,
            metricTransformations=[{"metricName": "UnauthorizedAPICalls",
                                    "metricNamespace": "CISBenchmark",
                                    "metricValue": "1"}])
        self.log_group_arn = (
            f"arn:aws:logs:{PRIMARY}:{self.account}:log-group:{group}:*")
        self.manifest.add("aws.logs.log_group", group, PRIMARY, "secure",
                          "receives CloudTrail; metric filter for unauthorized API calls "
                          "(CIS monitoring); the other CIS metric filters are absent, "
                          "so those controls fail", arn=self.log_group_arn)

        sns = self.client("sns", PRIMARY)
        topic = sns.create_topic(Name="parapet-security-alarms",
                                 Tags=tag_list("secure"))["TopicArn"]
        subscription = sns.subscribe(TopicArn=topic, Protocol="email",
                                     Endpoint="security@example.com",
                                     ReturnSubscriptionArn=True)["SubscriptionArn"]
        self.manifest.add("aws.sns.topic", "parapet-security-alarms", PRIMARY, "secure",
                          "alarm topic with an email subscription", arn=topic,
                          subscription_arn=subscription)

        cloudwatch = self.client("cloudwatch", PRIMARY)
        cloudwatch.put_metric_alarm(
            AlarmName="parapet-unauthorized-api-calls", MetricName="UnauthorizedAPICalls",
            Namespace="CISBenchmark", Statistic="Sum", Period=300, EvaluationPeriods=1,
            Threshold=1, ComparisonOperator="GreaterThanOrEqualToThreshold",
            AlarmActions=[topic], Tags=tag_list("secure"))
        self.manifest.add(
            "aws.cloudwatch.alarm", "parapet-unauthorized-api-calls", PRIMARY, "secure",
            "alarm on the unauthorized-API-calls metric, notifying the SNS topic",
            arn=f"arn:aws:cloudwatch:{PRIMARY}:{self.account}:alarm:"
                "parapet-unauthorized-api-calls")
        cloudwatch.put_metric_alarm(
            AlarmName="parapet-alarm-no-action", MetricName="Errors", Namespace="Parapet",
            Statistic="Sum", Period=300, EvaluationPeriods=1, Threshold=1,
            ComparisonOperator="GreaterThanOrEqualToThreshold", Tags=tag_list("insecure"))
        self.manifest.add(
            "aws.cloudwatch.alarm", "parapet-alarm-no-action", PRIMARY, "insecure",
            "alarm with no action: nobody hears it",
            arn=f"arn:aws:cloudwatch:{PRIMARY}:{self.account}:alarm:parapet-alarm-no-action")

        self.seed_more_logs_and_topics(logs, sns)

    def seed_more_logs_and_topics(self, logs, sns):
        group = "parapet-app-logs"
        logs.create_log_group(logGroupName=group, kmsKeyId=self.keys["parapet-key-rotated"],
                              tags={EXPECT_TAG: "secure"})
        logs.put_retention_policy(logGroupName=group, retentionInDays=30)
        self.manifest.add("aws.logs.log_group", group, PRIMARY, "secure",
                          "encrypted with a customer KMS key; kept 30 days only, short of "
                          "the 365 the retention check wants",
                          arn=f"arn:aws:logs:{PRIMARY}:{self.account}:log-group:{group}:*")

        topic = sns.create_topic(
            Name="parapet-topic-encrypted", Tags=tag_list("secure"),
            Attributes={"KmsMasterKeyId": self.keys["parapet-key-rotated"]})["TopicArn"]
        self.manifest.add("aws.sns.topic", "parapet-topic-encrypted", PRIMARY, "secure",
                          "encrypted with a customer KMS key; default (account-only) policy",
                          arn=topic)
        name = "parapet-topic-public"
        arn = f"arn:aws:sns:{PRIMARY}:{self.account}:{name}"
        sns.create_topic(Name=name, Tags=tag_list("insecure"), Attributes={
            "Policy": policy({"Sid": "PublicPublish", "Effect": "Allow", "Principal": "*",
                              "Action": "SNS:Publish", "Resource": arn})})
        self.manifest.add("aws.sns.topic", name, PRIMARY, "insecure",
                          "topic policy lets Principal * publish; not encrypted", arn=arn)

    # CloudTrail ------------------------------------------------------------------

    def seed_cloudtrail(self):
        name = "parapet-trail-multi-region"
        trail = self.client("cloudtrail", PRIMARY)
        arn = trail.create_trail(
            Name=name, S3BucketName="parapet-log-bucket", S3KeyPrefix="cloudtrail",
            IsMultiRegionTrail=True, IncludeGlobalServiceEvents=True,
            EnableLogFileValidation=True, KmsKeyId=self.keys["parapet-key-rotated"],
            CloudWatchLogsLogGroupArn=self.log_group_arn,
            CloudWatchLogsRoleArn=self.service_role,
            TagsList=tag_list("secure"))["TrailARN"]
        # Real AWS gives a new trail a default selector (all management events, read and
        # write); moto returns none, so the seed states it explicitly.
        trail.put_event_selectors(TrailName=name, EventSelectors=[
            {"ReadWriteType": "All", "IncludeManagementEvents": True, "DataResources": [
                {"Type": "AWS::S3::Object", "Values": ["arn:aws:s3:::parapet-log-bucket/"]}]}])
        trail.start_logging(Name=name)
        self.manifest.add("aws.cloudtrail.trail", name, PRIMARY, "secure",
                          "multi-region, logging, log file validation, KMS encryption, "
                          "CloudWatch Logs integration; S3 object-level read and write "
                          "events of parapet-log-bucket", arn=arn)

        name = "parapet-trail-advanced-selectors"
        arn = trail.create_trail(
            Name=name, S3BucketName="parapet-public-policy-bucket",
            IsMultiRegionTrail=False, IncludeGlobalServiceEvents=True,
            EnableLogFileValidation=True, KmsKeyId=self.keys["parapet-key-rotated"],
            TagsList=tag_list("insecure"))["TrailARN"]
        trail.put_event_selectors(TrailName=name, AdvancedEventSelectors=[{
            "Name": "management events",
            "FieldSelectors": [{"Field": "eventCategory", "Equals": ["Management"]}]}])
        trail.start_logging(Name=name)
        self.manifest.add("aws.cloudtrail.trail", name, PRIMARY, "insecure",
                          "single-region, advanced event selectors for management events; "
                          "delivers to a bucket whose policy is public", arn=arn)

        name = "parapet-trail-single-region"
        trail = self.client("cloudtrail", SECONDARY)
        arn = trail.create_trail(
            Name=name, S3BucketName="parapet-unencrypted-bucket",
            IsMultiRegionTrail=False, IncludeGlobalServiceEvents=False,
            EnableLogFileValidation=False, TagsList=tag_list("insecure"))["TrailARN"]
        trail.stop_logging(Name=name)
        self.manifest.add("aws.cloudtrail.trail", name, SECONDARY, "insecure",
                          "single-region, logging stopped, no log file validation, "
                          "no KMS, no CloudWatch Logs", arn=arn)

    # Config ----------------------------------------------------------------------

    def seed_config(self):
        config = self.client("config", PRIMARY)
        name = "parapet-recorder"
        config.put_configuration_recorder(ConfigurationRecorder={
            "name": name, "roleARN": self.service_role,
            "recordingGroup": {"allSupported": True, "includeGlobalResourceTypes": True}})
        config.put_delivery_channel(DeliveryChannel={
            "name": "parapet-delivery", "s3BucketName": "parapet-log-bucket"})
        config.start_configuration_recorder(ConfigurationRecorderName=name)
        self.manifest.add(
            "aws.config.recorder", name, PRIMARY, "secure",
            "recording all resource types including global ones (none in eu-west-1); "
            "recorders take no tags",
            arn=f"arn:aws:config:{PRIMARY}:{self.account}:config-recorder/{name}")

    # RDS -------------------------------------------------------------------------

    def seed_rds(self):
        rds = self.client("rds", PRIMARY)
        # Without a subnet group moto treats the instance as EC2-Classic.
        rds.create_db_subnet_group(
            DBSubnetGroupName="parapet-db-subnets", DBSubnetGroupDescription="seeded",
            SubnetIds=self.vpcs["parapet-vpc-flow-logs"]["subnets"])
        specs = [
            ("parapet-db-public", "insecure", True, False,
             "publicly accessible, storage not encrypted, no backups retained"),
            ("parapet-db-private", "secure", False, True,
             "private, storage encrypted with KMS, 7-day backups, deletion protection"),
        ]
        for name, expect, public, encrypted, why in specs:
            args = {
                "DBInstanceIdentifier": name, "DBInstanceClass": "db.t3.micro",
                "Engine": "postgres", "AllocatedStorage": 20,
                "MasterUsername": "parapet", "MasterUserPassword": "Parapet-Seed-Passw0rd",
                "DBSubnetGroupName": "parapet-db-subnets",
                "PubliclyAccessible": public, "StorageEncrypted": encrypted,
                "BackupRetentionPeriod": 7 if encrypted else 0,
                "DeletionProtection": encrypted, "MultiAZ": encrypted,
                "AutoMinorVersionUpgrade": encrypted,
                "EnableIAMDatabaseAuthentication": encrypted,
                "CopyTagsToSnapshot": encrypted,
                "Tags": tag_list(expect),
            }
            if encrypted:
                args["KmsKeyId"] = self.keys["parapet-key-rotated"]
                args["MonitoringInterval"] = 60
                args["MonitoringRoleArn"] = self.service_role
                args["EnableCloudwatchLogsExports"] = ["postgresql", "upgrade"]
            arn = rds.create_db_instance(**args)["DBInstance"]["DBInstanceArn"]
            self.manifest.add("aws.rds.instance", name, PRIMARY, expect, why, arn=arn)

        specs = [
            ("parapet-db-snapshot-public", "parapet-db-public", "insecure",
             "unencrypted manual snapshot restorable by anyone (restore attribute all)"),
            ("parapet-db-snapshot-private", "parapet-db-private", "secure",
             "encrypted manual snapshot, not shared"),
        ]
        for name, instance, expect, why in specs:
            arn = rds.create_db_snapshot(
                DBSnapshotIdentifier=name, DBInstanceIdentifier=instance,
                Tags=tag_list(expect))["DBSnapshot"]["DBSnapshotArn"]
            if expect == "insecure":
                rds.modify_db_snapshot_attribute(DBSnapshotIdentifier=name,
                                                 AttributeName="restore", ValuesToAdd=["all"])
            self.manifest.add("aws.rds.snapshot", name, PRIMARY, expect, why, arn=arn)

        specs = [
            ("parapet-cluster-secure", "secure", True,
             "Aurora cluster: encrypted with KMS, deletion protection, IAM authentication, "
             "7-day backups, tags copied to snapshots, instances in two zones"),
            ("parapet-cluster-insecure", "insecure", False,
             "Aurora cluster: unencrypted, no deletion protection, no IAM authentication, "
             "1-day backups, no minor version upgrades"),
        ]
        for name, expect, secure, why in specs:
            args = {
                "DBClusterIdentifier": name, "Engine": "aurora-postgresql",
                "MasterUsername": "parapet", "MasterUserPassword": "Parapet-Seed-Passw0rd",
                "DBSubnetGroupName": "parapet-db-subnets", "StorageEncrypted": secure,
                "DeletionProtection": secure, "EnableIAMDatabaseAuthentication": secure,
                "BackupRetentionPeriod": 7 if secure else 1, "CopyTagsToSnapshot": secure,
                "AutoMinorVersionUpgrade": secure, "Tags": tag_list(expect),
            }
            if secure:
                args["KmsKeyId"] = self.keys["parapet-key-rotated"]
            arn = rds.create_db_cluster(**args)["DBCluster"]["DBClusterArn"]
            # Writer and reader in two zones make the cluster Multi-AZ.
            for zone in ("a", "b") if secure else ():
                rds.create_db_instance(
                    DBInstanceIdentifier=f"{name}-{zone}", DBInstanceClass="db.t3.medium",
                    Engine="aurora-postgresql", DBClusterIdentifier=name,
                    AvailabilityZone=f"{PRIMARY}{zone}", PubliclyAccessible=False,
                    MonitoringInterval=60, MonitoringRoleArn=self.service_role,
                    Tags=tag_list(expect))
                self.manifest.add(
                    "aws.rds.instance", f"{name}-{zone}", PRIMARY, expect,
                    f"member of {name}: private, enhanced monitoring; the cluster decides "
                    "encryption, backups, deletion protection and Multi-AZ",
                    arn=f"arn:aws:rds:{PRIMARY}:{self.account}:db:{name}-{zone}")
            self.manifest.add("aws.rds.cluster", name, PRIMARY, expect, why, arn=arn)

    # Lambda ----------------------------------------------------------------------

    def seed_lambda(self):
        awslambda = self.client("lambda", PRIMARY)
        code = io.BytesIO()
        with zipfile.ZipFile(code, "w") as archive:
            archive.writestr("handler.py", "def handle(event, context):\n    return 'ok'\n")
        specs = [
            ("parapet-public-function", "insecure", "python3.8",
             "resource policy allows lambda:InvokeFunction to Principal *; deprecated "
             "runtime python3.8; outside any VPC; no X-Ray tracing"),
            ("parapet-private-function", "secure", "python3.12",
             "no resource policy; runs in parapet-vpc-flow-logs; X-Ray tracing active"),
        ]
        for name, expect, runtime, why in specs:
            args = {"FunctionName": name, "Runtime": runtime, "Role": self.service_role,
                    "Handler": "handler.handle", "Code": {"ZipFile": code.getvalue()},
                    "Environment": {"Variables": {"STAGE": "seed"}},
                    "Tags": {EXPECT_TAG: expect}}
            if expect == "secure":
                args["VpcConfig"] = {
                    "SubnetIds": [self.vpcs["parapet-vpc-flow-logs"]["subnets"][0]],
                    "SecurityGroupIds": [self.groups["sg-restricted-ssh"]]}
                args["TracingConfig"] = {"Mode": "Active"}
            arn = awslambda.create_function(**args)["FunctionArn"]
            if expect == "insecure":
                awslambda.add_permission(FunctionName=name, StatementId="public-invoke",
                                         Action="lambda:InvokeFunction", Principal="*")
            self.manifest.add("aws.lambda.function", name, PRIMARY, expect, why, arn=arn)

    # EFS -------------------------------------------------------------------------

    def seed_efs(self):
        efs = self.client("efs", PRIMARY)
        for name, expect, encrypted, why in [
            ("parapet-efs-encrypted", "secure", True, "encrypted at rest with KMS"),
            ("parapet-efs-unencrypted", "insecure", False,
             "not encrypted at rest; file system policy lets Principal * mount it"),
        ]:
            args = {"CreationToken": name, "Encrypted": encrypted,
                    "Tags": tag_list(expect, name)}
            if encrypted:
                args["KmsKeyId"] = self.keys["parapet-key-rotated"]
            created = efs.create_file_system(**args)
            if not encrypted:
                efs.put_file_system_policy(FileSystemId=created["FileSystemId"], Policy=policy({
                    "Effect": "Allow", "Principal": {"AWS": "*"},
                    "Action": "elasticfilesystem:ClientMount", "Resource": "*"}))
            self.manifest.add("aws.efs.file_system", name, PRIMARY, expect, why,
                              arn=created.get("FileSystemArn"),
                              file_system_id=created["FileSystemId"])

    # GuardDuty -------------------------------------------------------------------

    def seed_guardduty(self):
        specs = [
            (PRIMARY, "secure", True,
             "GuardDuty enabled in us-east-1 with S3 protection"),
            (SECONDARY, "insecure", False,
             "GuardDuty detector in eu-west-1 suspended, S3 protection off"),
        ]
        for region, expect, enabled, why in specs:
            s3_status = "ENABLED" if enabled else "DISABLED"
            detector = self.client("guardduty", region).create_detector(
                Enable=enabled, DataSources={"S3Logs": {"Enable": enabled}},
                Features=[{"Name": "S3_DATA_EVENTS", "Status": s3_status}],
                Tags={EXPECT_TAG: expect, "Name": f"parapet-detector-{region}"})["DetectorId"]
            self.manifest.add(
                "aws.guardduty.detector", detector, region, expect, why,
                detector_id=detector,
                arn=f"arn:aws:guardduty:{region}:{self.account}:detector/{detector}")

    # Load balancers ----------------------------------------------------------------

    def certificate(self):
        if not hasattr(self, "certificate_arn"):
            self.certificate_arn = self.client("acm", PRIMARY).request_certificate(
                DomainName="parapet.example.com",
                Tags=tag_list("secure"))["CertificateArn"]
        return self.certificate_arn

    def seed_load_balancers(self):
        elbv2 = self.client("elbv2", PRIMARY)
        vpc = self.vpcs["parapet-vpc-flow-logs"]
        group = elbv2.create_target_group(
            Name="parapet-targets", Protocol="HTTP", Port=80, VpcId=vpc["id"],
            Tags=tag_list("secure"))["TargetGroups"][0]["TargetGroupArn"]
        forward = [{"Type": "forward", "TargetGroupArn": group}]
        specs = [
            ("parapet-alb-http", "insecure", False,
             "internet-facing ALB with a plain HTTP listener and an HTTPS one allowing "
             "TLS 1.0, no deletion protection, no access logs, desync mitigation only "
             "monitoring"),
            ("parapet-alb-https", "secure", True,
             "internet-facing ALB with only an HTTPS listener (TLS 1.3/1.2 policy), "
             "deletion protection, access logs to parapet-log-bucket, invalid headers "
             "dropped, strictest desync mitigation"),
        ]
        for name, expect, secure, why in specs:
            arn = elbv2.create_load_balancer(
                Name=name, Subnets=vpc["subnets"], Scheme="internet-facing",
                Type="application", Tags=tag_list(expect, name),
            )["LoadBalancers"][0]["LoadBalancerArn"]
            if secure:
                elbv2.create_listener(
                    LoadBalancerArn=arn, Protocol="HTTPS", Port=443,
                    SslPolicy="ELBSecurityPolicy-TLS13-1-2-2021-06",
                    Certificates=[{"CertificateArn": self.certificate()}],
                    DefaultActions=forward)
                elbv2.modify_load_balancer_attributes(LoadBalancerArn=arn, Attributes=[
                    {"Key": "deletion_protection.enabled", "Value": "true"},
                    {"Key": "access_logs.s3.enabled", "Value": "true"},
                    {"Key": "access_logs.s3.bucket", "Value": "parapet-log-bucket"},
                    {"Key": "access_logs.s3.prefix", "Value": "alb"},
                    {"Key": "routing.http.drop_invalid_header_fields.enabled",
                     "Value": "true"},
                    {"Key": "routing.http.desync_mitigation_mode", "Value": "strictest"}])
            else:
                elbv2.create_listener(LoadBalancerArn=arn, Protocol="HTTP", Port=80,
                                      DefaultActions=forward)
                elbv2.create_listener(
                    LoadBalancerArn=arn, Protocol="HTTPS", Port=443,
                    SslPolicy="ELBSecurityPolicy-TLS-1-0-2015-04",
                    Certificates=[{"CertificateArn": self.certificate()}],
                    DefaultActions=forward)
                elbv2.modify_load_balancer_attributes(LoadBalancerArn=arn, Attributes=[
                    {"Key": "routing.http.desync_mitigation_mode", "Value": "monitor"}])
            self.manifest.add("aws.elbv2.load_balancer", name, PRIMARY, expect, why, arn=arn)

        elb = self.client("elb", PRIMARY)
        specs = [
            ("parapet-clb-http", "insecure",
             [{"Protocol": "HTTP", "LoadBalancerPort": 80, "InstancePort": 80}],
             "classic ELB with a plain HTTP listener, no access logs, no connection "
             "draining"),
            ("parapet-clb-https", "secure",
             [{"Protocol": "HTTPS", "LoadBalancerPort": 443, "InstanceProtocol": "HTTP",
               "InstancePort": 80, "SSLCertificateId": self.certificate()}],
             "classic ELB with only an HTTPS listener, access logs, connection "
             "draining and cross-zone load balancing"),
        ]
        for name, expect, listeners, why in specs:
            elb.create_load_balancer(LoadBalancerName=name, Listeners=listeners,
                                     Subnets=vpc["subnets"], Tags=tag_list(expect))
            if expect == "secure":
                elb.modify_load_balancer_attributes(
                    LoadBalancerName=name, LoadBalancerAttributes={
                        "AccessLog": {"Enabled": True, "S3BucketName": "parapet-log-bucket",
                                      "S3BucketPrefix": "clb", "EmitInterval": 5},
                        "ConnectionDraining": {"Enabled": True, "Timeout": 300},
                        "CrossZoneLoadBalancing": {"Enabled": True}})
            self.manifest.add(
                "aws.elb.load_balancer", name, PRIMARY, expect, why,
                arn=f"arn:aws:elasticloadbalancing:{PRIMARY}:{self.account}:"
                    f"loadbalancer/{name}")

    # SQS -------------------------------------------------------------------------

    def seed_sqs(self):
        sqs = self.client("sqs", PRIMARY)
        specs = [
            ("parapet-queue-public", "insecure", {
                "SqsManagedSseEnabled": "false",
                "Policy": policy({"Effect": "Allow", "Principal": "*",
                                  "Action": "sqs:SendMessage",
                                  "Resource": f"arn:aws:sqs:{PRIMARY}:{self.account}:"
                                              "parapet-queue-public"})},
             "queue policy lets Principal * send messages; not encrypted"),
            ("parapet-queue-private", "secure", {
                "KmsMasterKeyId": self.keys["parapet-key-rotated"],
                "Policy": policy({"Effect": "Allow",
                                  "Principal": {"AWS": f"arn:aws:iam::{self.account}:root"},
                                  "Action": "sqs:SendMessage",
                                  "Resource": f"arn:aws:sqs:{PRIMARY}:{self.account}:"
                                              "parapet-queue-private"})},
             "encrypted with a customer KMS key; policy limited to the account"),
        ]
        for name, expect, attributes, why in specs:
            sqs.create_queue(QueueName=name, Attributes=attributes,
                             tags={EXPECT_TAG: expect})
            self.manifest.add("aws.sqs.queue", name, PRIMARY, expect, why,
                              arn=f"arn:aws:sqs:{PRIMARY}:{self.account}:{name}")

    # Secrets Manager -------------------------------------------------------------

    def seed_secrets(self):
        secrets = self.client("secretsmanager", PRIMARY)
        function = f"arn:aws:lambda:{PRIMARY}:{self.account}:function:parapet-private-function"
        specs = [
            ("parapet-secret-unrotated", "insecure", False,
             "no automatic rotation; encrypted with the AWS-managed key; resource policy "
             "lets Principal * read the value"),
            ("parapet-secret-rotated", "secure", True,
             "rotated every 30 days by a Lambda; encrypted with a customer KMS key"),
        ]
        for name, expect, rotated, why in specs:
            args = {"Name": name, "SecretString": "parapet-seed-value",
                    "Tags": tag_list(expect)}
            if rotated:
                args["KmsKeyId"] = self.keys["parapet-key-rotated"]
            arn = secrets.create_secret(**args)["ARN"]
            if rotated:
                secrets.rotate_secret(SecretId=arn, RotationLambdaARN=function,
                                      RotationRules={"AutomaticallyAfterDays": 30})
            else:
                secrets.put_resource_policy(SecretId=arn, ResourcePolicy=policy({
                    "Effect": "Allow", "Principal": "*",
                    "Action": "secretsmanager:GetSecretValue", "Resource": "*"}))
            self.manifest.add("aws.secretsmanager.secret", name, PRIMARY, expect, why,
                              arn=arn)

    # ECR -------------------------------------------------------------------------

    def seed_ecr(self):
        ecr = self.client("ecr", PRIMARY)
        specs = [
            ("parapet-repo-public", "insecure", "MUTABLE", False, None,
             "mutable tags, no scan on push, policy lets Principal * pull"),
            ("parapet-repo-private", "secure", "IMMUTABLE", True,
             self.keys["parapet-key-rotated"],
             "immutable tags, scan on push, KMS encryption, lifecycle policy"),
        ]
        for name, expect, mutability, scan, key, why in specs:
            args = {"repositoryName": name, "imageTagMutability": mutability,
                    "imageScanningConfiguration": {"scanOnPush": scan},
                    "tags": tag_list(expect)}
            if key:
                args["encryptionConfiguration"] = {"encryptionType": "KMS", "kmsKey": key}
            arn = ecr.create_repository(**args)["repository"]["repositoryArn"]
            if expect == "insecure":
                ecr.set_repository_policy(repositoryName=name, policyText=policy({
                    "Sid": "PublicPull", "Effect": "Allow", "Principal": "*",
                    "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}))
            else:
                ecr.put_lifecycle_policy(repositoryName=name, lifecyclePolicyText=json.dumps(
                    {"rules": [{"rulePriority": 1, "description": "expire untagged",
                                "selection": {"tagStatus": "untagged",
                                              "countType": "sinceImagePushed",
                                              "countUnit": "days", "countNumber": 14},
                                "action": {"type": "expire"}}]}))
            self.manifest.add("aws.ecr.repository", name, PRIMARY, expect, why, arn=arn)

    # EKS -------------------------------------------------------------------------

    def seed_eks(self):
        eks = self.client("eks", PRIMARY)
        subnets = self.vpcs["parapet-vpc-flow-logs"]["subnets"]
        all_logs = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
        specs = [
            ("parapet-eks-public", "insecure",
             {"endpointPublicAccess": True, "endpointPrivateAccess": False,
              "publicAccessCidrs": ["0.0.0.0/0"]}, False,
             "API endpoint public to 0.0.0.0/0, control-plane logging off, secrets not "
             "encrypted with KMS"),
            ("parapet-eks-private", "secure",
             {"endpointPublicAccess": False, "endpointPrivateAccess": True}, True,
             "private API endpoint only, all control-plane logs, secrets encrypted with KMS"),
        ]
        for name, expect, access, secure, why in specs:
            args = {"name": name, "version": "1.29", "roleArn": self.service_role,
                    "resourcesVpcConfig": {"subnetIds": subnets, **access},
                    "logging": {"clusterLogging": [
                        {"types": all_logs, "enabled": secure}]},
                    "tags": {EXPECT_TAG: expect}}
            if secure:
                args["encryptionConfig"] = [{
                    "resources": ["secrets"],
                    "provider": {"keyArn": self.keys["parapet-key-rotated"]}}]
            arn = eks.create_cluster(**args)["cluster"]["arn"]
            self.manifest.add("aws.eks.cluster", name, PRIMARY, expect, why, arn=arn)

    # DynamoDB --------------------------------------------------------------------

    def seed_dynamodb(self):
        dynamodb = self.client("dynamodb", PRIMARY)
        specs = [
            ("parapet-table-no-pitr", "insecure",
             "no point-in-time recovery, AWS-owned encryption key, no deletion protection"),
            ("parapet-table-pitr", "secure",
             "point-in-time recovery on, encrypted with a customer KMS key, deletion "
             "protection"),
        ]
        for name, expect, why in specs:
            args = {"TableName": name, "BillingMode": "PAY_PER_REQUEST",
                    "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                    "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                    "Tags": tag_list(expect)}
            if expect == "secure":
                args["SSESpecification"] = {
                    "Enabled": True, "SSEType": "KMS",
                    "KMSMasterKeyId": self.keys["parapet-key-rotated"]}
                args["DeletionProtectionEnabled"] = True
            arn = dynamodb.create_table(**args)["TableDescription"]["TableArn"]
            if expect == "secure":
                dynamodb.update_continuous_backups(
                    TableName=name,
                    PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True})
            self.manifest.add("aws.dynamodb.table", name, PRIMARY, expect, why, arn=arn)

    # API Gateway -----------------------------------------------------------------

    def seed_apigateway(self):
        apigateway = self.client("apigateway", PRIMARY)
        specs = [
            ("parapet-api-unlogged", "insecure",
             "stage without execution or access logging, no X-Ray tracing, no WAF, "
             "response cache not encrypted"),
            ("parapet-api-logged", "secure",
             "stage with INFO execution logging, access logs to CloudWatch Logs, "
             "X-Ray tracing, a WAF web ACL and an encrypted response cache"),
        ]
        for name, expect, why in specs:
            api = apigateway.create_rest_api(
                name=name, tags={EXPECT_TAG: expect},
                endpointConfiguration={"types": ["REGIONAL"]})["id"]
            root = apigateway.get_resources(restApiId=api)["items"][0]["id"]
            apigateway.put_method(restApiId=api, resourceId=root, httpMethod="GET",
                                  authorizationType="NONE")
            apigateway.put_integration(restApiId=api, resourceId=root, httpMethod="GET",
                                       type="MOCK")
            deployment = apigateway.create_deployment(restApiId=api)["id"]
            apigateway.create_stage(restApiId=api, stageName="prod",
                                    deploymentId=deployment,
                                    tracingEnabled=expect == "secure",
                                    cacheClusterEnabled=True, cacheClusterSize="0.5",
                                    tags={EXPECT_TAG: expect})
            encrypted = "true" if expect == "secure" else "false"
            apigateway.update_stage(restApiId=api, stageName="prod", patchOperations=[
                {"op": "replace", "path": "/*/*/caching/enabled", "value": "true"},
                {"op": "replace", "path": "/*/*/caching/dataEncrypted", "value": encrypted}])
            if expect == "secure":
                apigateway.update_stage(restApiId=api, stageName="prod", patchOperations=[
                    {"op": "replace", "path": "/*/*/logging/loglevel", "value": "INFO"},
                    {"op": "replace", "path": "/accessLogSettings/destinationArn",
                     "value": self.log_group_arn[:-2]},
                    {"op": "replace", "path": "/accessLogSettings/format",
                     "value": "$context.requestId"}])
                self.client("wafv2", PRIMARY).associate_web_acl(
                    WebACLArn=self.web_acl("REGIONAL"),
                    ResourceArn=f"arn:aws:apigateway:{PRIMARY}::/restapis/{api}/stages/prod")
            self.manifest.add("aws.apigateway.rest_api", name, PRIMARY, expect, why,
                              arn=f"arn:aws:apigateway:{PRIMARY}::/restapis/{api}",
                              rest_api_id=api, stage="prod")

    # CloudFront ------------------------------------------------------------------

    def seed_cloudfront(self):
        cloudfront = self.client("cloudfront", PRIMARY)
        specs = [
            ("parapet-cdn-http", "insecure", "allow-all", "http-only",
             {"CloudFrontDefaultCertificate": True, "MinimumProtocolVersion": "TLSv1"},
             None,
             "viewers may use HTTP, origin reached over HTTP, TLSv1 minimum, no access "
             "logging, no default root object, no WAF"),
            ("parapet-cdn-https", "secure", "redirect-to-https", "https-only",
             {"ACMCertificateArn": self.certificate(), "SSLSupportMethod": "sni-only",
              "MinimumProtocolVersion": "TLSv1.2_2021"},
             {"Enabled": True, "IncludeCookies": False,
              "Bucket": "parapet-log-bucket.s3.amazonaws.com", "Prefix": "cloudfront/"},
             "HTTP redirected to HTTPS, HTTPS-only origin, TLSv1.2_2021, access logging, "
             "default root object, WAF web ACL"),
        ]
        for name, expect, viewer, origin, certificate, logging, why in specs:
            config = {
                "CallerReference": name, "Comment": name, "Enabled": True,
                "Origins": {"Quantity": 1, "Items": [{
                    "Id": "origin", "DomainName": "origin.example.com",
                    "CustomOriginConfig": {
                        "HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": origin,
                        "OriginSslProtocols": {"Quantity": 1, "Items": ["TLSv1.2"]}}}]},
                "DefaultCacheBehavior": {
                    "TargetOriginId": "origin", "ViewerProtocolPolicy": viewer,
                    "MinTTL": 0, "ForwardedValues": {
                        "QueryString": False, "Cookies": {"Forward": "none"}},
                    "TrustedSigners": {"Enabled": False, "Quantity": 0}},
                "CacheBehaviors": {"Quantity": 1, "Items": [{
                    "PathPattern": "/static/*", "TargetOriginId": "origin",
                    "ViewerProtocolPolicy": viewer, "MinTTL": 0, "ForwardedValues": {
                        "QueryString": False, "Cookies": {"Forward": "none"}}}]},
                "ViewerCertificate": certificate,
            }
            if logging:
                config["Logging"] = logging
                config["DefaultRootObject"] = "index.html"
                config["WebACLId"] = self.web_acl("CLOUDFRONT")
            distribution = cloudfront.create_distribution_with_tags(
                DistributionConfigWithTags={
                    "DistributionConfig": config,
                    "Tags": {"Items": tag_list(expect, name)}})["Distribution"]
            self.manifest.add("aws.cloudfront.distribution", name, "global", expect, why,
                              arn=distribution["ARN"], distribution_id=distribution["Id"])

    def web_acl(self, scope):
        """A WAF web ACL of `scope` (REGIONAL or CLOUDFRONT), created on first use."""
        cache = self.__dict__.setdefault("web_acls", {})
        if scope not in cache:
            cache[scope] = self.client("wafv2", PRIMARY).create_web_acl(
                Name=f"parapet-{scope.lower()}-acl", Scope=scope, DefaultAction={"Allow": {}},
                VisibilityConfig={"SampledRequestsEnabled": False,
                                  "CloudWatchMetricsEnabled": False,
                                  "MetricName": f"parapet-{scope.lower()}-acl"},
                Tags=tag_list("secure"))["Summary"]["ARN"]
        return cache[scope]

    # OpenSearch ------------------------------------------------------------------

    def seed_opensearch(self):
        opensearch = self.client("opensearch", PRIMARY)
        specs = [
            ("parapet-search-public", "insecure",
             "access policy lets Principal * call es:*; no encryption at rest or between "
             "nodes; HTTP allowed; no fine-grained access control; outside any VPC; no "
             "audit logs"),
            ("parapet-search-private", "secure",
             "access policy limited to the account; encrypted at rest and between nodes; "
             "HTTPS only with TLS 1.2; fine-grained access control; in a VPC; audit logs"),
        ]
        for name, expect, why in specs:
            secure = expect == "secure"
            principal = {"AWS": f"arn:aws:iam::{self.account}:root"} if secure else "*"
            resource = f"arn:aws:es:{PRIMARY}:{self.account}:domain/{name}/*"
            args = {
                "DomainName": name, "EngineVersion": "OpenSearch_2.11",
                "AccessPolicies": policy({"Effect": "Allow", "Principal": principal,
                                          "Action": "es:*", "Resource": resource}),
                "EncryptionAtRestOptions": {"Enabled": secure},
                "NodeToNodeEncryptionOptions": {"Enabled": secure},
                "DomainEndpointOptions": {
                    "EnforceHTTPS": secure,
                    "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07" if secure
                    else "Policy-Min-TLS-1-0-2019-07"},
                "TagList": tag_list(expect),
            }
            if secure:
                args["AdvancedSecurityOptions"] = {
                    "Enabled": True, "InternalUserDatabaseEnabled": True,
                    "MasterUserOptions": {"MasterUserName": "parapet",
                                          "MasterUserPassword": "Parapet-Seed-Passw0rd1!"}}
                args["VPCOptions"] = {
                    "SubnetIds": [self.vpcs["parapet-vpc-flow-logs"]["subnets"][0]],
                    "SecurityGroupIds": [self.groups["sg-restricted-ssh"]]}
                args["LogPublishingOptions"] = {"AUDIT_LOGS": {
                    "CloudWatchLogsLogGroupArn": self.log_group_arn[:-2], "Enabled": True}}
            arn = opensearch.create_domain(**args)["DomainStatus"]["ARN"]
            self.manifest.add("aws.opensearch.domain", name, PRIMARY, expect, why, arn=arn)

    # Security Hub ------------------------------------------------------------------

    def seed_security_hub(self):
        self.client("securityhub", PRIMARY).enable_security_hub(
            Tags={EXPECT_TAG: "secure"}, EnableDefaultStandards=False)


def self_signed_certificate(common_name):
    """A throwaway self-signed certificate and key, PEM-encoded, for IAM to store."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=365))
                   .sign(key, hashes.SHA256()))
    body = certificate.public_bytes(serialization.Encoding.PEM).decode()
    private = key.private_bytes(serialization.Encoding.PEM,
                                serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    return body, private


def reset(endpoint_url):
    request = urllib.request.Request(f"{endpoint_url}/moto-api/reset", method="POST")
    with urllib.request.urlopen(request, timeout=30):
        pass


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint-url", required=True,
                        help="moto server URL, e.g. http://127.0.0.1:5000")
    parser.add_argument("--manifest", required=True,
                        help="where to write the manifest JSON")
    parser.add_argument("--reset", action="store_true",
                        help="POST /moto-api/reset first, clearing all emulated state")
    args = parser.parse_args(argv)

    if args.reset:
        reset(args.endpoint_url)
    manifest = Manifest(args.endpoint_url, [PRIMARY, SECONDARY])
    for note in MOTO_NOTES:
        manifest.note(note)
    try:
        AccountSeeder(args.endpoint_url, manifest).seed()
        WellRunAccountSeeder(args.endpoint_url, manifest).seed()
    except ClientError as error:
        sys.exit(f"seed: {error}\nIf this moto already holds a seed, run again with --reset.")
    manifest.write(args.manifest)
    counts = manifest.counts()
    print(f"seeded {counts['insecure']} insecure and {counts['secure']} secure "
          f"resources; manifest at {args.manifest}")


if __name__ == "__main__":
    main(sys.argv[1:])
