#!/usr/bin/env python3
"""Findings cross-check: where Parapet and Prowler disagree on the same account.

    bench/crosscheck.py [--keep DIR] [--json OUT]
    bench/crosscheck.py --parapet findings.json --prowler prowler.ocsf.json

Without --parapet/--prowler it starts a private moto, seeds it with the demo seed
(scripts/seed_account.py, insecure resources beside their secure twins, in us-east-1 and
eu-west-1) and scans it once with each tool (bench/scanners.py, the same services,
through the loopback proxy). Then, for every pair in bench/prowler_map.json, it matches
the two tools' findings by resource (ARN, else name) and prints the resources where the
verdicts differ or that only one tool judged. docs/PROWLER-CROSSCHECK.md examines each.

A pair's `scope` says how verdicts line up: `resource` compares per resource;
`account` and `region` compare one verdict per account (or per region), the worst of
each tool's findings for the pair, for checks one tool reports on a different resource
(Prowler reports the password policy on the account's ARN in us-east-1, Parapet on the
account). Several Prowler checks on one Parapet check combine the same way: a resource
fails if any of them fails (Prowler splits ports 22 and 3389 into two checks).
`prowler_uid_contains` keeps only the Prowler findings whose resource uid contains that
text (inline policies on users, not on roles or groups).
"""

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scanners import (Account, parapet_findings_path, parapet_scan,  # noqa: E402
                      prowler_findings_path, prowler_scan)

ROOT = Path(__file__).resolve().parent.parent
REGIONS = ("us-east-1", "eu-west-1")
# Worst first: a combined verdict is the first of these that any finding has.
ORDER = ["FAIL", "PASS", "MANUAL", "NOT_EVALUATED", "MUTED"]


def load_parapet(path):
    """Parapet findings as (check, key, name, region, status, message) tuples."""
    doc = json.loads(Path(path).read_text())
    return [(f["check_id"], f["resource_id"], f["resource_name"], f["region"],
             f["status"].upper(), f["message"]) for f in doc["findings"]]


def load_prowler(path):
    """Prowler OCSF findings in the same shape as load_parapet."""
    rows = []
    for f in json.loads(Path(path).read_text()):
        res = (f.get("resources") or [{}])[0]
        region = res.get("region") or (f.get("cloud") or {}).get("region") or ""
        rows.append((f["metadata"]["event_code"], res.get("uid", ""), res.get("name", ""),
                     region, f["status_code"], f.get("status_detail", "")))
    return rows


def match_key(uid):
    """The resource's ARN without its account field, lower-cased: single-account scans,
    and tools differ there (Parapet leaves it empty in snapshot ARNs, as IAM's ARN format
    for snapshots does; Prowler fills it in)."""
    parts = uid.lower().split(":", 5)
    if len(parts) == 6 and parts[0] == "arn":
        parts[4] = ""
    return ":".join(parts)


def worst(statuses):
    return min(statuses, key=lambda s: ORDER.index(s) if s in ORDER else len(ORDER))


def verdicts(rows, checks, scope, uid_contains=""):
    """Combined verdict per match key: {key: (status, name, [messages])}."""
    grouped = {}
    for check, uid, name, region, status, message in rows:
        if check not in checks or uid_contains not in uid:
            continue
        key = {"account": "account", "region": region}.get(scope, match_key(uid))
        entry = grouped.setdefault(key, {"statuses": [], "name": name, "messages": []})
        entry["statuses"].append(status)
        entry["messages"].append(f"{check}: {status} {message}")
    return {k: (worst(v["statuses"]), v["name"], v["messages"]) for k, v in grouped.items()}


def by_name(table):
    return {name.lower(): key for key, (_, name, _) in table.items() if name}


def compare_pair(pair, parapet_rows, prowler_rows):
    scope = pair.get("scope", "resource")
    ours = verdicts(parapet_rows, set(pair["parapet"]), scope)
    theirs = verdicts(prowler_rows, set(pair["prowler"]), scope,
                      pair.get("prowler_uid_contains", ""))

    # ARNs differ in small ways between tools (an S3 bucket, a security group's ARN
    # form); fall back to the resource's name where the key does not line up.
    names = by_name(theirs)
    matched, disagreements, agree = set(), [], 0
    for key, (status, name, messages) in sorted(ours.items()):
        other = key if key in theirs else names.get(name.lower())
        if other is None:
            disagreements.append({"kind": "only parapet", "resource": key, "name": name,
                                  "parapet": status, "prowler": None,
                                  "parapet_says": messages})
            continue
        matched.add(other)
        their_status, _, their_messages = theirs[other]
        if status == their_status:
            agree += 1
            continue
        disagreements.append({"kind": "verdict", "resource": key, "name": name,
                              "parapet": status, "prowler": their_status, "parapet_says": messages,
                              "prowler_says": their_messages})
    for key, (status, name, messages) in sorted(theirs.items()):
        if key not in matched:
            disagreements.append({"kind": "only prowler", "resource": key, "name": name,
                                  "parapet": None, "prowler": status,
                                  "prowler_says": messages})
    return {"parapet": pair["parapet"], "prowler": pair["prowler"], "scope": scope,
            "agree": agree, "disagreements": disagreements}


def scan_demo(work):
    with Account(work) as account:
        account.seed("scripts/seed_account.py", "--reset", "--manifest",
                     str(work / "seed.json"))
        parapet_scan(account, work / "parapet", REGIONS)
        # Prowler by default skips resources it deems unused (security groups on no
        # interface, VPCs without them, regions without volumes); judge the same set.
        prowler_scan(account, work / "prowler", REGIONS, ["--scan-unused-services"])
    return parapet_findings_path(work / "parapet"), prowler_findings_path(work / "prowler")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parapet", help="an existing Parapet findings.json")
    parser.add_argument("--prowler", help="an existing Prowler OCSF JSON")
    parser.add_argument("--keep", help="directory for the scans (default: a temp dir)")
    parser.add_argument("--json", help="write the full comparison here")
    args = parser.parse_args()

    if args.parapet and args.prowler:
        parapet_path, prowler_path = args.parapet, args.prowler
    else:
        work = Path(args.keep or tempfile.mkdtemp(prefix="parapet-crosscheck-"))
        work.mkdir(parents=True, exist_ok=True)
        parapet_path, prowler_path = scan_demo(work)
        print(f"scans in {work}", file=sys.stderr)

    mapping = json.loads((ROOT / "bench/prowler_map.json").read_text())
    parapet_rows, prowler_rows = load_parapet(parapet_path), load_prowler(prowler_path)
    results = [compare_pair(pair, parapet_rows, prowler_rows) for pair in mapping["pairs"]]

    for result in results:
        header = f"{', '.join(result['parapet'])} ~ {', '.join(result['prowler'])}"
        print(f"{header}: {result['agree']} agree, "
              f"{len(result['disagreements'])} disagree")
        for d in result["disagreements"]:
            print(f"  [{d['kind']}] {d['name'] or d['resource']} ({d['resource']}): "
                  f"parapet {d['parapet']} prowler {d['prowler']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1) + "\n")
    total = sum(len(r["disagreements"]) for r in results)
    print(f"{len(results)} mapped pairs, {total} disagreements")


if __name__ == "__main__":
    main()
