#!/usr/bin/env python3
"""Seeds a large emulated AWS account (moto) for scan benchmarks.

About N resources (default 2000) spread over IAM, S3, EC2, VPC, KMS, CloudTrail, RDS and
Lambda in us-east-1, one in three of each kind insecure (decided by its index, so the
mix is known exactly). Instances are created in batches of 100 by one RunInstances
call each. Prints the count per type and the time taken, and writes a
summary JSON when --manifest is given.

    .venv/bin/python bench/seed_large.py --endpoint-url URL [--resources 2000]
"""

import argparse
import io
import json
import os
import sys
import time
import urllib.request
import zipfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))

from botocore.exceptions import ClientError  # noqa: E402
from seed_support import EXPECT_TAG, client_factory  # noqa: E402

REGION = "us-east-1"
FAKE_AMI = "ami-0123456789abcdef0"

# Share of the total per resource type; the shares add up to 100.
SHARES = {
    "aws.iam.user": 20, "aws.iam.role": 10, "aws.iam.policy": 10,
    "aws.s3.bucket": 10, "aws.ec2.security_group": 10, "aws.ec2.instance": 10,
    "aws.ec2.volume": 8, "aws.ec2.snapshot": 4, "aws.ec2.vpc": 2, "aws.ec2.subnet": 4,
    "aws.kms.key": 4, "aws.cloudtrail.trail": 1, "aws.rds.instance": 3,
    "aws.lambda.function": 4,
}


def insecure(index):
    return index % 3 == 0


def expect(index):
    return "insecure" if insecure(index) else "secure"


def tags(index):
    return [{"Key": EXPECT_TAG, "Value": expect(index)}]


def tag_spec(kind, index):
    return [{"ResourceType": kind, "Tags": tags(index)}]


def document(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


class LargeSeeder:
    """Creates the resources phase by phase; later phases use earlier ones (VPCs first)."""

    def __init__(self, endpoint_url, total, workers):
        self.client = client_factory(endpoint_url)
        self.plan = {kind: max(1, total * share // 100) for kind, share in SHARES.items()}
        self.pool = ThreadPoolExecutor(max_workers=workers)
        self.created = Counter()
        self.calls = 0

    def each(self, kind, create):
        """Runs `create(index)` for every planned resource of a kind on the pool."""
        count = self.plan[kind]
        results = list(self.pool.map(create, range(count)))
        for index in range(count):
            self.created[(kind, expect(index))] += 1
        return results

    def seed(self):
        ec2 = self.client("ec2", REGION)
        self.seed_network(ec2)
        self.each("aws.kms.key", self.create_key)
        self.each("aws.iam.policy", self.create_policy)
        self.each("aws.iam.user", self.create_user)
        self.each("aws.iam.role", self.create_role)
        self.each("aws.s3.bucket", self.create_bucket)
        self.each("aws.ec2.security_group", self.create_security_group)
        self.seed_instances(ec2)
        volumes = self.each("aws.ec2.volume", self.create_volume)
        self.volumes = volumes
        self.each("aws.ec2.snapshot", self.create_snapshot)
        self.each("aws.cloudtrail.trail", self.create_trail)
        self.each("aws.rds.instance", self.create_db_instance)
        self.each("aws.lambda.function", self.create_function)
        self.pool.shutdown()

    # Network ---------------------------------------------------------------------

    def seed_network(self, ec2):
        self.vpcs = self.each("aws.ec2.vpc", self.create_vpc)
        self.subnets = self.each("aws.ec2.subnet", self.create_subnet)
        self.client("rds", REGION).create_db_subnet_group(
            DBSubnetGroupName="bench-db-subnets", DBSubnetGroupDescription="bench",
            SubnetIds=self.subnets[:2])

    def create_vpc(self, index):
        ec2 = self.client("ec2", REGION)
        vpc = ec2.create_vpc(CidrBlock=f"10.{index % 250}.0.0/16",
                             TagSpecifications=tag_spec("vpc", index))["Vpc"]["VpcId"]
        if not insecure(index):
            ec2.create_flow_logs(ResourceIds=[vpc], ResourceType="VPC", TrafficType="ALL",
                                 LogDestinationType="s3",
                                 LogDestination="arn:aws:s3:::bench-flow-logs")
        return vpc

    def create_subnet(self, index):
        vpc_index = index % len(self.vpcs)
        # Alternate zones so the first two subnets can form an RDS subnet group.
        return self.client("ec2", REGION).create_subnet(
            VpcId=self.vpcs[vpc_index], AvailabilityZone=f"{REGION}{'ab'[index % 2]}",
            CidrBlock=f"10.{vpc_index % 250}.{index // len(self.vpcs)}.0/24",
            TagSpecifications=tag_spec("subnet", index))["Subnet"]["SubnetId"]

    def create_security_group(self, index):
        ec2 = self.client("ec2", REGION)
        group = ec2.create_security_group(
            GroupName=f"bench-sg-{index}", Description="bench",
            VpcId=self.vpcs[index % len(self.vpcs)],
            TagSpecifications=tag_spec("security-group", index))["GroupId"]
        cidr = "0.0.0.0/0" if insecure(index) else "10.0.0.0/8"
        ec2.authorize_security_group_ingress(GroupId=group, IpPermissions=[{
            "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
            "IpRanges": [{"CidrIp": cidr}]}])
        return group

    # Compute and storage ---------------------------------------------------------

    def seed_instances(self, ec2):
        count = self.plan["aws.ec2.instance"]
        insecure_count = len([i for i in range(count) if insecure(i)])
        batches = 0
        for tokens, batch, label in [("optional", insecure_count, "insecure"),
                                     ("required", count - insecure_count, "secure")]:
            while batch > 0:
                size = min(batch, 100)
                # A /24 subnet holds 251 addresses: each batch goes to a subnet of its own.
                subnet = self.subnets[batches % len(self.subnets)]
                batches += 1
                ec2.run_instances(
                    ImageId=FAKE_AMI, InstanceType="t3.micro", MinCount=size,
                    MaxCount=size, SubnetId=subnet,
                    MetadataOptions={"HttpTokens": tokens},
                    TagSpecifications=[{"ResourceType": "instance", "Tags": [
                        {"Key": EXPECT_TAG, "Value": label}]}])
                batch -= size
                self.created[("aws.ec2.instance", label)] += size

    def create_volume(self, index):
        return self.client("ec2", REGION).create_volume(
            AvailabilityZone=f"{REGION}a", Size=1, Encrypted=not insecure(index),
            TagSpecifications=tag_spec("volume", index))["VolumeId"]

    def create_snapshot(self, index):
        ec2 = self.client("ec2", REGION)
        snapshot = ec2.create_snapshot(
            VolumeId=self.volumes[index % len(self.volumes)],
            TagSpecifications=tag_spec("snapshot", index))["SnapshotId"]
        if insecure(index):
            ec2.modify_snapshot_attribute(
                SnapshotId=snapshot, Attribute="createVolumePermission",
                OperationType="add", GroupNames=["all"])
        return snapshot

    def create_key(self, index):
        kms = self.client("kms", REGION)
        key = kms.create_key(Tags=[{"TagKey": EXPECT_TAG, "TagValue": expect(index)}])
        if not insecure(index):
            kms.enable_key_rotation(KeyId=key["KeyMetadata"]["KeyId"])

    # IAM -------------------------------------------------------------------------

    def create_policy(self, index):
        action = "*" if insecure(index) else "s3:GetObject"
        self.client("iam").create_policy(
            PolicyName=f"bench-policy-{index}", Tags=tags(index),
            PolicyDocument=document({"Effect": "Allow", "Action": action, "Resource": "*"}))

    def create_user(self, index):
        iam = self.client("iam")
        name = f"bench-user-{index}"
        iam.create_user(UserName=name, Tags=tags(index))
        if insecure(index):
            iam.put_user_policy(UserName=name, PolicyName="star", PolicyDocument=document(
                {"Effect": "Allow", "Action": "*", "Resource": "*"}))

    def create_role(self, index):
        principal = {"AWS": "*"} if insecure(index) else {"Service": "lambda.amazonaws.com"}
        self.client("iam").create_role(
            RoleName=f"bench-role-{index}", Tags=tags(index),
            AssumeRolePolicyDocument=document(
                {"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole"}))

    # Data and logging services ---------------------------------------------------

    def create_bucket(self, index):
        s3 = self.client("s3", REGION)
        name = f"bench-bucket-{index}"
        s3.create_bucket(Bucket=name)
        s3.put_bucket_tagging(Bucket=name, Tagging={"TagSet": tags(index)})
        if not insecure(index):
            s3.put_bucket_encryption(Bucket=name, ServerSideEncryptionConfiguration={
                "Rules": [{"ApplyServerSideEncryptionByDefault": {"SSEAlgorithm": "AES256"}}]})
            s3.put_public_access_block(Bucket=name, PublicAccessBlockConfiguration={
                "BlockPublicAcls": True, "IgnorePublicAcls": True,
                "BlockPublicPolicy": True, "RestrictPublicBuckets": True})

    def create_trail(self, index):
        trail = self.client("cloudtrail", REGION)
        name = f"bench-trail-{index}"
        trail.create_trail(Name=name, S3BucketName="bench-bucket-0",
                           IsMultiRegionTrail=not insecure(index),
                           EnableLogFileValidation=not insecure(index),
                           TagsList=tags(index))
        if not insecure(index):
            trail.start_logging(Name=name)

    def create_db_instance(self, index):
        secure = not insecure(index)
        self.client("rds", REGION).create_db_instance(
            DBInstanceIdentifier=f"bench-db-{index}", DBInstanceClass="db.t3.micro",
            Engine="postgres", AllocatedStorage=20, MasterUsername="bench",
            MasterUserPassword="bench-password", DBSubnetGroupName="bench-db-subnets",
            PubliclyAccessible=not secure, StorageEncrypted=secure, Tags=tags(index))

    def create_function(self, index):
        awslambda = self.client("lambda", REGION)
        name = f"bench-function-{index}"
        awslambda.create_function(
            FunctionName=name, Runtime="python3.12", Handler="handler.handle",
            Role=self.lambda_role, Code={"ZipFile": self.lambda_zip},
            Tags={EXPECT_TAG: expect(index)})
        if insecure(index):
            awslambda.add_permission(FunctionName=name, StatementId="public",
                                     Action="lambda:InvokeFunction", Principal="*")

    @property
    def lambda_role(self):
        return "arn:aws:iam::123456789012:role/bench-role-1"

    @property
    def lambda_zip(self):
        if not hasattr(self, "_zip"):
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                archive.writestr("handler.py", "def handle(event, context):\n    pass\n")
            self._zip = buffer.getvalue()
        return self._zip


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--endpoint-url", required=True)
    parser.add_argument("--resources", type=int, default=2000,
                        help="approximate number of resources to create (default 2000)")
    # moto's backends are not thread-safe (concurrent CreateRole calls fail with
    # "dictionary changed size during iteration"), and moto serves about 300 requests
    # per second whatever the concurrency, so one worker is both safe and as fast.
    parser.add_argument("--workers", type=int, default=1,
                        help="concurrent API calls (default 1; moto is not thread-safe)")
    parser.add_argument("--manifest", help="write a summary JSON here")
    parser.add_argument("--reset", action="store_true",
                        help="POST /moto-api/reset first, clearing all emulated state")
    args = parser.parse_args(argv)

    if args.reset:
        request = urllib.request.Request(f"{args.endpoint_url}/moto-api/reset",
                                         method="POST")
        urllib.request.urlopen(request, timeout=30).close()

    started = time.monotonic()
    seeder = LargeSeeder(args.endpoint_url, args.resources, args.workers)
    seeder.client("s3", REGION).create_bucket(Bucket="bench-flow-logs")
    try:
        seeder.seed()
    except ClientError as error:
        sys.exit(f"seed: {error}\nIf this moto already holds a seed, run again with --reset.")
    seconds = time.monotonic() - started

    total = sum(seeder.created.values())
    by_type = {}
    for (kind, label), count in sorted(seeder.created.items()):
        by_type.setdefault(kind, {"insecure": 0, "secure": 0})[label] = count
    for kind, counts in by_type.items():
        print(f"{kind:26} {counts['insecure']:5} insecure {counts['secure']:5} secure")
    insecure_total = sum(c["insecure"] for c in by_type.values())
    print(f"seeded {total} resources ({insecure_total} insecure) in {seconds:.1f} s")

    if args.manifest:
        with open(args.manifest, "w") as handle:
            json.dump({"endpoint_url": args.endpoint_url, "region": REGION,
                       "resources": total, "insecure": insecure_total,
                       "seconds": round(seconds, 1), "by_type": by_type}, handle, indent=2)
            handle.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
