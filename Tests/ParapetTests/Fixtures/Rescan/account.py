"""Sets up and changes the account RescanCommandTests rescans, as a user would through the API.

Usage: account.py ENDPOINT REGION PREFIX seed|change|user NAME. `seed` creates three
private buckets (PREFIX-open, PREFIX-gone, PREFIX-quiet) and a security group with no
ingress, and prints the group id; `change` makes PREFIX-open public, deletes PREFIX-gone,
opens SSH to the world on the group, and enables versioning on PREFIX-quiet (a change no
event reports); `user NAME` creates the IAM user PREFIX-NAME.
"""

import json
import sys

import boto3

endpoint, region, prefix, step = sys.argv[1:5]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name=region)
ec2 = boto3.client("ec2", endpoint_url=endpoint, region_name=region)
location = {"LocationConstraint": region}

if step == "seed":
    for name in ("open", "gone", "quiet"):
        s3.create_bucket(Bucket=f"{prefix}-{name}", CreateBucketConfiguration=location)
    group = ec2.create_security_group(GroupName=f"{prefix}-sg", Description="rescan test")
    print(json.dumps({"group": group["GroupId"]}))
elif step == "change":
    group = ec2.describe_security_groups(
        Filters=[{"Name": "group-name", "Values": [f"{prefix}-sg"]}])["SecurityGroups"][0]
    s3.put_bucket_policy(Bucket=f"{prefix}-open", Policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                       "Resource": f"arn:aws:s3:::{prefix}-open/*"}]}))
    s3.delete_bucket(Bucket=f"{prefix}-gone")
    ec2.authorize_security_group_ingress(GroupId=group["GroupId"], IpPermissions=[{
        "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
        "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
    s3.put_bucket_versioning(Bucket=f"{prefix}-quiet",
                             VersioningConfiguration={"Status": "Enabled"})
    print(json.dumps({"group": group["GroupId"]}))
elif step == "user":
    iam = boto3.client("iam", endpoint_url=endpoint, region_name=region)
    user = iam.create_user(UserName=f"{prefix}-{sys.argv[5]}")["User"]
    print(json.dumps({"arn": user["Arn"]}))
else:
    sys.exit(f"unknown step {step}")
