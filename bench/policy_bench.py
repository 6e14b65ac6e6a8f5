#!/usr/bin/env python3
"""Policy bench: exposure and escalation analyses over a large synthetic inventory.

    bench/policy_bench.py [--principals 10000] [--policies 1000] [--runs 3] [--no-write]

Writes an inventory.json with PRINCIPALS IAM users and roles (inline and attached policies
drawn from 200 managed policies, a few administrators, PassRole and AssumeRole grants) and
POLICIES resources with resource policies (buckets with ACLs and Block Public Access,
queues, keys, topics: public, VPC-endpoint-, organization- and account-restricted,
cross-account). Then times `parapet iam analyze` (release build) over it, once for the
exposure checks and once for the identity checks (administrator, escalation). The median
run goes into BENCHMARKS.md between the policy-bench markers, with the machine and command.
"""

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARAPET = ROOT / ".build/release/parapet"
START, END = "<!-- policy-bench:start -->", "<!-- policy-bench:end -->"
ACCOUNT = "123456789012"

EXPOSURE_CHECKS = [
    "aws.s3.bucket_not_publicly_accessible", "aws.s3.bucket_not_shared_cross_account",
    "aws.s3.bucket_policy_not_public", "aws.sqs.queue_policy_not_public",
    "aws.kms.key_policy_not_public", "aws.kms.key_not_shared_cross_account",
    "aws.sns.topic_policy_not_public", "aws.iam.role_trust_not_public",
    "aws.iam.role_trust_external_id_required",
]
IDENTITY_CHECKS = [
    "aws.iam.user_not_administrator", "aws.iam.role_not_administrator",
    "aws.iam.user_no_escalation_paths", "aws.iam.role_no_escalation_paths",
]


def doc(*statements):
    return {"Version": "2012-10-17", "Statement": list(statements)}


def resource(arn, rtype, name, props, region="global"):
    return {"id": arn, "type": rtype, "provider": "aws", "account": ACCOUNT,
            "region": region, "name": name, "tags": {}, "properties": props}


def identity_statement(rng, index):
    kind = index % 10
    if kind == 0:
        return {"Effect": "Allow", "Action": "*", "Resource": "*"}
    if kind == 1:
        return {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}
    if kind == 2:
        return {"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"],
                "Resource": f"arn:aws:iam::{ACCOUNT}:role/app-{rng.randrange(500)}*"}
    if kind == 3:
        return {"Effect": "Allow", "Action": "sts:AssumeRole",
                "Resource": f"arn:aws:iam::{ACCOUNT}:role/*"}
    if kind == 4:
        return {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}
    service = rng.choice(["s3", "sqs", "kms", "sns", "dynamodb", "ec2", "logs"])
    return {"Effect": "Allow", "Action": [f"{service}:Get*", f"{service}:List*"],
            "Resource": f"arn:aws:{service}:::bucket-{rng.randrange(1000)}/*",
            "Condition": {"StringEquals": {"aws:RequestedRegion": "us-east-1"}}}


def inventory(principals, policies, seed=7):
    rng = random.Random(seed)
    resources = [resource(f"arn:aws:iam::{ACCOUNT}:root", "aws.account", ACCOUNT,
                          {"S3PublicAccessBlock": None})]
    managed = []
    for index in range(200):
        arn = f"arn:aws:iam::{ACCOUNT}:policy/managed-{index}"
        managed.append(arn)
        resources.append(resource(arn, "aws.iam.policy", f"managed-{index}", {
            "Arn": arn, "AttachmentCount": "1",
            "DefaultDocument": doc(identity_statement(rng, index + 5),
                                   identity_statement(rng, index + 7))}))
    for index in range(principals):
        is_role = index % 2 == 1
        name = f"app-{index}" if is_role else f"user-{index}"
        inline = [{"PolicyName": f"inline-{n}",
                   "PolicyDocument": doc(identity_statement(rng, rng.randrange(1000)),
                                         identity_statement(rng, rng.randrange(5, 1000)))}
                  for n in range(2)]
        attached = [{"PolicyArn": rng.choice(managed), "PolicyName": "m"}]
        if is_role:
            trust = rng.choice([
                {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"},
                 "Action": "sts:AssumeRole"},
                {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"},
                 "Action": "sts:AssumeRole",
                 "Condition": {"StringEquals": {"sts:ExternalId": "x"}}},
                {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole",
                 "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}},
            ])
            props = {"RoleName": name, "RolePolicyList": inline,
                     "AttachedManagedPolicies": attached, "AssumeRolePolicyDocument": doc(trust)}
            resources.append(resource(f"arn:aws:iam::{ACCOUNT}:role/{name}", "aws.iam.role",
                                      name, props))
        else:
            props = {"UserName": name, "UserPolicyList": inline, "GroupList": [],
                     "AttachedManagedPolicies": attached}
            resources.append(resource(f"arn:aws:iam::{ACCOUNT}:user/{name}", "aws.iam.user",
                                      name, props))
    grants = [
        {"Principal": "*"},
        {"Principal": "*", "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-1a2b"}}},
        {"Principal": "*", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}},
        {"Principal": "*", "Condition": {"StringEquals": {"aws:PrincipalAccount": ACCOUNT}}},
        {"Principal": {"AWS": "arn:aws:iam::444455556666:root"}},
        {"Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"}},
    ]
    kinds = [("aws.s3.bucket", "Policy"), ("aws.sqs.queue", "Attributes"),
             ("aws.kms.key", "Policy"), ("aws.sns.topic", "Attributes")]
    for index in range(policies):
        rtype, key = kinds[index % len(kinds)]
        statement = dict(rng.choice(grants), Effect="Allow", Action="*", Resource="*")
        policy = doc(statement)
        name = f"res-{index}"
        props = {key: {"Policy": policy} if key == "Attributes" else policy}
        if rtype == "aws.s3.bucket":
            props.update({"Name": name, "PublicAccessBlock": None,
                          "Acl": {"Owner": {"ID": "owner"}, "Grants": []}})
        resources.append(resource(f"arn:{rtype}:{name}", rtype, name, props, "us-east-1"))
    return {"schema": "parapet.inventory", "schema_version": 1,
            "scan": {"account": ACCOUNT, "regions": ["us-east-1"]},
            "resources": resources, "failures": []}


def time_analyze(path, checks):
    cmd = ["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(path) + ".time", str(PARAPET),
           "iam", "analyze", "--from", str(path)]
    for check in checks:
        cmd += ["--check", check]
    out = subprocess.run(cmd, check=True, text=True, capture_output=True).stdout
    wall, user, system, rss = open(str(path) + ".time").read().split()
    evaluate = float(out.strip().split("\n")[-1].split(" in ")[-1].split()[0])
    return {"wall": float(wall), "cpu": float(user) + float(system),
            "rss_mb": int(rss) / 1024, "evaluate": evaluate,
            "summary": out.strip().split("\n")[-1]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--principals", type=int, default=10000)
    parser.add_argument("--policies", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if not PARAPET.exists():
        sys.exit(f"{PARAPET} is missing; build it with `swift build -c release --product parapet`")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "inventory.json"
        path.write_text(json.dumps(inventory(args.principals, args.policies)))
        size_mb = path.stat().st_size / 1e6
        results = {}
        for label, checks in (("exposure", EXPOSURE_CHECKS), ("identity", IDENTITY_CHECKS)):
            runs = [time_analyze(path, checks) for _ in range(args.runs)]
            results[label] = sorted(runs, key=lambda r: r["wall"])[len(runs) // 2]
            print(label, results[label])

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo")
                if l.startswith("model name")), platform.processor())
    command = (f"bench/policy_bench.py --principals {args.principals} "
               f"--policies {args.policies} --runs {args.runs}")
    rows = "\n".join(
        f"| {label} | {r['evaluate']:.2f} s | {r['wall']:.2f} s | {r['cpu']:.2f} s | "
        f"{r['rss_mb']:.0f} MB | {r['summary']} |" for label, r in results.items())
    section = f"""{START}
## Policy engine: exposure and escalation analyses

{args.principals:,} IAM principals (half users, half roles; two inline and one of 200
managed policies each) and {args.policies:,} resource policies (buckets with ACLs and Block
Public Access, queues, keys, topics), {size_mb:.0f} MB of inventory.json, analysed with
`parapet iam analyze` (release build). Median of {args.runs} runs. "evaluate" is the rule
engine alone; wall and CPU include reading the inventory (about 3.5 s of JSON parsing).
The generator makes close to half the principals administrators on purpose, so escalation
analysis has thousands of administrator roles to match granted PassRole and AssumeRole
patterns against. The machine's 2 cores are shared with other work, so wall time can
exceed CPU time.

| analysis | evaluate | wall | CPU (user+sys) | peak RSS | output |
|---|---|---|---|---|---|
{rows}

Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}.
Command: `{command}`.
{END}"""
    print(section)
    if args.no_write:
        return
    target = ROOT / "BENCHMARKS.md"
    text = target.read_text() if target.exists() else "# Benchmarks\n"
    if START in text and END in text:
        text = text[:text.index(START)] + section + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    target.write_text(text)


if __name__ == "__main__":
    main()
