#!/usr/bin/env python3
"""Writes a deterministic CloudTrail corpus for `parapet detect cloudtrail` benchmarks.

Files are laid out as AWS writes them to a log bucket
(AWSLogs/<account>/CloudTrail/<region>/YYYY/MM/DD/<name>.json.gz), each a
{"Records": [...]} document of realistic management events, mostly routine
reads and writes with a sprinkle of events the built-in detections and Sigma
rules look for (root use, StopLogging, denied bursts, public bucket policies).

    bench/gen_cloudtrail.py OUT_DIR [--megabytes 220] [--plain] [--seed 7]

--megabytes is the uncompressed JSON size to produce; --plain writes .json
instead of .json.gz. The same arguments always produce the same bytes.
"""
import argparse
import gzip
import json
import os
import random

ACCOUNT = "123456789012"
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2"]
USERS = [f"user{i:03d}" for i in range(60)]
ROLES = [f"role-{name}" for name in ("deploy", "lambda-exec", "ci", "readonly", "ops")]
ROUTINE = [
    ("ec2.amazonaws.com", "DescribeInstances", {"instancesSet": {}, "filterSet": {}}),
    ("ec2.amazonaws.com", "RunInstances", {"instanceType": "t3.micro", "minCount": 1,
                                           "maxCount": 1, "imageId": "ami-0abcdef1234567890"}),
    ("s3.amazonaws.com", "GetBucketAcl", {"bucketName": "logs-bucket", "acl": "",
                                          "Host": "logs-bucket.s3.amazonaws.com"}),
    ("s3.amazonaws.com", "PutBucketTagging", {"bucketName": "data-bucket", "tagging": ""}),
    ("iam.amazonaws.com", "ListRoles", {"maxItems": 100}),
    ("iam.amazonaws.com", "GetUser", {"userName": "user001"}),
    ("sts.amazonaws.com", "AssumeRole", {"roleArn": f"arn:aws:iam::{ACCOUNT}:role/role-ci",
                                         "roleSessionName": "ci-session"}),
    ("kms.amazonaws.com", "Decrypt", {"encryptionAlgorithm": "SYMMETRIC_DEFAULT"}),
    ("lambda.amazonaws.com", "ListFunctions20150331", {}),
    ("logs.amazonaws.com", "CreateLogStream", {"logGroupName": "/aws/lambda/fn",
                                               "logStreamName": "2024/01/01/[$LATEST]abc"}),
    ("dynamodb.amazonaws.com", "DescribeTable", {"tableName": "orders"}),
    ("cloudformation.amazonaws.com", "DescribeStacks", {"stackName": "app"}),
]
SPECIAL = [
    ("cloudtrail.amazonaws.com", "StopLogging",
     {"name": f"arn:aws:cloudtrail:us-east-1:{ACCOUNT}:trail/main"}),
    ("s3.amazonaws.com", "PutBucketPolicy",
     {"bucketName": "data-bucket", "bucketPolicy": {"Version": "2012-10-17", "Statement": [
         {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
          "Resource": "arn:aws:s3:::data-bucket/*"}]}}),
    ("iam.amazonaws.com", "CreateAccessKey", {"userName": "user042"}),
    ("guardduty.amazonaws.com", "DeleteDetector", {"detectorId": "12abc34d567e8fa901bc2d34e56789f0"}),
    ("ec2.amazonaws.com", "AuthorizeSecurityGroupIngress",
     {"groupId": "sg-0123456789abcdef0", "ipPermissions": {"items": [
         {"ipProtocol": "tcp", "fromPort": 22, "toPort": 22,
          "ipRanges": {"items": [{"cidrIp": "0.0.0.0/0"}]}}]}}),
]


def identity(rng, root=False):
    if root:
        return {"type": "Root", "principalId": ACCOUNT, "arn": f"arn:aws:iam::{ACCOUNT}:root",
                "accountId": ACCOUNT, "accessKeyId": "ASIAEXAMPLEROOT00001"}
    if rng.random() < 0.5:
        user = rng.choice(USERS)
        return {"type": "IAMUser", "principalId": "AIDA" + user.upper().ljust(17, "X"),
                "arn": f"arn:aws:iam::{ACCOUNT}:user/{user}", "accountId": ACCOUNT,
                "accessKeyId": "AKIA" + user.upper().ljust(16, "0"), "userName": user}
    role = rng.choice(ROLES)
    return {"type": "AssumedRole", "principalId": f"AROAEXAMPLE{role.upper()}:session",
            "arn": f"arn:aws:sts::{ACCOUNT}:assumed-role/{role}/session",
            "accountId": ACCOUNT, "accessKeyId": "ASIAEXAMPLE000000001",
            "sessionContext": {
                "sessionIssuer": {"type": "Role", "principalId": f"AROAEXAMPLE{role.upper()}",
                                  "arn": f"arn:aws:iam::{ACCOUNT}:role/{role}",
                                  "accountId": ACCOUNT, "userName": role},
                "webIdFederationData": {},
                "attributes": {"creationDate": "2024-03-01T00:00:00Z", "mfaAuthenticated": "false"}}}


def event(rng, number, timestamp, region):
    special = rng.random() < 0.0005
    source, name, params = rng.choice(SPECIAL if special else ROUTINE)
    record = {
        "eventVersion": "1.08",
        "userIdentity": identity(rng, root=rng.random() < 0.0002),
        "eventTime": timestamp,
        "eventSource": source,
        "eventName": name,
        "awsRegion": region,
        "sourceIPAddress": f"203.0.{rng.randrange(4)}.{rng.randrange(1, 255)}",
        "userAgent": "aws-cli/2.15.0 Python/3.11.6 Linux/6.1 exe/x86_64 prompt/off "
                     "command/" + name.lower(),
        "requestParameters": params,
        "responseElements": None,
        "requestID": f"{rng.getrandbits(128):032x}",
        "eventID": f"{rng.getrandbits(128):032x}",
        "readOnly": name.startswith(("Describe", "Get", "List")),
        "eventType": "AwsApiCall",
        "managementEvent": True,
        "recipientAccountId": ACCOUNT,
        "eventCategory": "Management",
        "tlsDetails": {"tlsVersion": "TLSv1.3", "cipherSuite": "TLS_AES_128_GCM_SHA256",
                       "clientProvidedHostHeader": f"{source.split('.')[0]}.{region}.amazonaws.com"},
    }
    if rng.random() < 0.03:
        record["errorCode"] = "AccessDenied"
        record["errorMessage"] = (f"User is not authorized to perform: "
                                  f"{source.split('.')[0]}:{name} with an explicit deny")
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--megabytes", type=int, default=220)
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    target = args.megabytes * 1_000_000
    written = 0
    file_number = 0
    second = 0
    while written < target:
        region = REGIONS[file_number % len(REGIONS)]
        records = []
        size = 0
        while size < 2_000_000:
            second += 1
            day, rest = divmod(second // 20, 86_400)
            timestamp = f"2024-03-{1 + day % 28:02d}T{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}Z"
            record = event(rng, len(records), timestamp, region)
            records.append(record)
            size += len(json.dumps(record, separators=(",", ":")))
        body = json.dumps({"Records": records}, separators=(",", ":")).encode()
        folder = os.path.join(args.out, "AWSLogs", ACCOUNT, "CloudTrail", region, "2024", "03")
        os.makedirs(folder, exist_ok=True)
        name = f"{ACCOUNT}_CloudTrail_{region}_{file_number:05d}.json"
        if args.plain:
            with open(os.path.join(folder, name), "wb") as handle:
                handle.write(body)
        else:
            with open(os.path.join(folder, name + ".gz"), "wb") as handle:
                handle.write(gzip.compress(body, compresslevel=6, mtime=0))
        written += len(body)
        file_number += 1
    print(f"wrote {file_number} files, {written / 1e6:.1f} MB uncompressed")


if __name__ == "__main__":
    main()
