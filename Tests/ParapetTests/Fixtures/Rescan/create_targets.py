"""Creates one resource of each type a targeted collector reads, for TargetedCollectorTests.

Usage: create_targets.py ENDPOINT PREFIX REGION. Every name starts with PREFIX; the
regional resources live in REGION. Prints the ids AWS generates as one JSON object.
"""

import io
import json
import sys
import zipfile

import boto3

endpoint, prefix, region = sys.argv[1:4]


def client(service):
    return boto3.client(service, endpoint_url=endpoint, region_name=region,
                        aws_access_key_id="testing", aws_secret_access_key="testing")


ids = {}

s3 = client("s3")
bucket = prefix + "-bucket"
s3.create_bucket(Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": region})
s3.put_bucket_policy(Bucket=bucket, Policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
                   "Resource": f"arn:aws:s3:::{bucket}/*"}]}))
s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
s3.put_bucket_tagging(Bucket=bucket, Tagging={"TagSet": [{"Key": "team", "Value": "data"}]})
ids["bucket"] = bucket

ec2 = client("ec2")
group = ec2.create_security_group(GroupName=prefix + "-sg", Description="rescan target")
ec2.authorize_security_group_ingress(GroupId=group["GroupId"], IpPermissions=[{
    "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}])
ec2.create_tags(Resources=[group["GroupId"]], Tags=[{"Key": "Name", "Value": prefix + "-sg"}])
ids["group"] = group["GroupId"]
instance = ec2.run_instances(
    ImageId="ami-0123456789abcdef0", InstanceType="t3.micro", MinCount=1, MaxCount=1,
    MetadataOptions={"HttpTokens": "optional"})["Instances"][0]
ids["instance"] = instance["InstanceId"]
volume = ec2.create_volume(AvailabilityZone=region + "a", Size=8, Encrypted=False)
ids["volume"] = volume["VolumeId"]
snapshot = ec2.create_snapshot(VolumeId=volume["VolumeId"], Description=prefix)
ec2.modify_snapshot_attribute(SnapshotId=snapshot["SnapshotId"], Attribute="createVolumePermission",
                              OperationType="add", GroupNames=["all"])
ids["snapshot"] = snapshot["SnapshotId"]

kms = client("kms")
key = kms.create_key(Description=prefix, Tags=[{"TagKey": "team", "TagValue": "data"}])
key_id = key["KeyMetadata"]["KeyId"]
kms.enable_key_rotation(KeyId=key_id)
kms.create_alias(AliasName=f"alias/{prefix}-key", TargetKeyId=key_id)
ids["key"] = key_id

trail_bucket = prefix + "-trail"
s3.create_bucket(Bucket=trail_bucket, CreateBucketConfiguration={"LocationConstraint": region})
cloudtrail = client("cloudtrail")
cloudtrail.create_trail(Name=prefix + "-trail", S3BucketName=trail_bucket)
cloudtrail.start_logging(Name=prefix + "-trail")
ids["trail"] = prefix + "-trail"

rds = client("rds")
rds.create_db_instance(
    DBInstanceIdentifier=prefix + "-db", DBInstanceClass="db.t3.micro", Engine="postgres",
    AllocatedStorage=20, MasterUsername="parapet", MasterUserPassword="Rescan-Test-Passw0rd",
    PubliclyAccessible=True)
rds.create_db_snapshot(DBInstanceIdentifier=prefix + "-db", DBSnapshotIdentifier=prefix + "-snap")
rds.modify_db_snapshot_attribute(DBSnapshotIdentifier=prefix + "-snap", AttributeName="restore",
                                 ValuesToAdd=["all"])
ids["db"] = prefix + "-db"
ids["db-snapshot"] = prefix + "-snap"

iam = client("iam")
role = iam.create_role(RoleName=prefix + "-lambda", AssumeRolePolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                   "Action": "sts:AssumeRole"}]}))["Role"]["Arn"]
code = io.BytesIO()
with zipfile.ZipFile(code, "w") as archive:
    archive.writestr("handler.py", "def handle(event, context):\n    return 'ok'\n")
awslambda = client("lambda")
awslambda.create_function(
    FunctionName=prefix + "-fn", Runtime="python3.12", Role=role, Handler="handler.handle",
    Code={"ZipFile": code.getvalue()}, Environment={"Variables": {"TOKEN": "secret"}})
awslambda.add_permission(FunctionName=prefix + "-fn", StatementId="public",
                         Action="lambda:InvokeFunction", Principal="*")
ids["function"] = prefix + "-fn"

print(json.dumps(ids))
