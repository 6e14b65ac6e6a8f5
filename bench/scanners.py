"""Runs Parapet and Prowler against one moto account, measured the same way.

Shared by bench/compare (timing) and bench/crosscheck.py (findings). Each run goes
through the loopback counting proxy (bench/loopback_proxy.py) with HTTP_PROXY and
HTTPS_PROXY set, so the proxy counts its API requests and refuses anything that is not
loopback; credentials are moto's dummy `testing` pair and no AWS config file is read.
"""

import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from loopback_proxy import LoopbackProxy  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PARAPET = ROOT / ".build/release/parapet"
PROWLER_VENV = Path(os.environ.get("PARAPET_PROWLER_VENV", ROOT / ".venv-prowler"))
PROJECT_PYTHON = ROOT / ".venv/bin/python"
REGION = "us-east-1"

# The services both tools can be restricted to, in each tool's own names. Prowler splits
# VPC out of EC2; Parapet's ec2 collector covers both.
PARAPET_SERVICES = ["iam", "s3", "ec2", "kms", "cloudtrail", "rds", "lambda"]
PROWLER_SERVICES = ["iam", "s3", "ec2", "vpc", "kms", "cloudtrail", "rds", "awslambda"]


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, text=True, **kwargs)


class Account:
    """A private moto server and the counting proxy in front of it; a context manager."""

    def __init__(self, work_dir):
        self.work_dir = Path(work_dir)
        self.moto_env = dict(os.environ, PARAPET_MOTO_DIR=str(self.work_dir / "moto"))

    def __enter__(self):
        self.url = run([str(ROOT / "scripts/moto"), "start"], env=self.moto_env,
                       capture_output=True).stdout.strip()
        self.proxy = LoopbackProxy(0, self.url, str(self.work_dir / "proxy-refusals.log"))
        threading.Thread(target=self.proxy.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.proxy.shutdown()
        self.proxy.server_close()
        run([str(ROOT / "scripts/moto"), "stop"], env=self.moto_env)

    def seed(self, script, *args):
        """Runs a seed script with the project venv straight at moto (not counted)."""
        return run([str(PROJECT_PYTHON), str(ROOT / script), "--endpoint-url", self.url,
                    *args], capture_output=True).stdout

    def base_env(self, home):
        """The environment both scanners get: dummy credentials, proxy, no AWS config."""
        proxy = self.proxy.url
        return {
            "PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8",
            "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": REGION, "AWS_CONFIG_FILE": "/dev/null",
            "AWS_SHARED_CREDENTIALS_FILE": "/dev/null", "AWS_EC2_METADATA_DISABLED": "true",
            # libcurl reads only the lower-case http_proxy; Python reads either.
            "http_proxy": proxy, "HTTP_PROXY": proxy,
            "https_proxy": proxy, "HTTPS_PROXY": proxy,
        }


def timed(cmd, env, out_dir, ledger, tag):
    """Runs cmd under GNU time; returns wall, CPU (process tree), peak RSS, requests."""
    timing = out_dir / "time.txt"
    log = out_dir / "stderr.log"
    ledger.reset()
    ledger.tag = tag
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    with open(log, "w") as stderr:
        status = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(timing),
                                 *cmd], env=env, stdout=subprocess.DEVNULL,
                                stderr=stderr).returncode
    ended = time.monotonic()
    wall = ended - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # GNU time writes "Command exited with non-zero status N" before its line.
    rss_kb = int(timing.read_text().splitlines()[-1].split()[3])
    snapshot = ledger.snapshot()
    counts = snapshot["counts"].get(tag, {"total": 0})
    first, last = snapshot["spans"].get(tag, (started, started))
    return status, {
        "wall_s": round(wall, 2),
        "cpu_s": round((after.ru_utime - before.ru_utime)
                       + (after.ru_stime - before.ru_stime), 2),
        "peak_rss_mb": round(rss_kb / 1024, 1),
        "requests": counts["total"],
        # Before the first API request (start-up), between first and last, after the last.
        "phases_s": [round(first - started, 2), round(last - first, 2),
                     round(ended - last, 2)],
        "requests_by_service": {k: v for k, v in counts.items() if k != "total"},
        "refused": [r for r in snapshot["refused"] if r["tag"] == tag],
    }


def parapet_scan(account, out_dir, regions=(REGION,)):
    """One Parapet scan; returns its measurements and findings by status."""
    out_dir.mkdir(parents=True)
    cmd = [str(PARAPET), "scan", "aws", "--endpoint-url", account.url, "--region",
           ",".join(regions), "--service", ",".join(PARAPET_SERVICES), "--output-dir",
           str(out_dir / "out"), "--format", "json", "--quiet"]
    status, result = timed(cmd, account.base_env(out_dir), out_dir, account.proxy.ledger,
                           f"parapet-{out_dir.name}")
    if status not in (0, 3):
        sys.exit(f"bench: parapet scan exited with {status}; see {out_dir}/stderr.log")
    findings = json.loads(parapet_findings_path(out_dir).read_text())
    result["findings"] = count_by(f["status"].upper() for f in findings["findings"])
    result["self_counted_calls"] = findings["scan"].get("api_calls_total")
    return result


def parapet_findings_path(out_dir):
    return next((out_dir / "out").iterdir()) / "findings.json"


def prowler_scan(account, out_dir, regions=(REGION,), extra_args=()):
    """One Prowler scan; returns its measurements and findings by OCSF status_code."""
    out_dir.mkdir(parents=True)
    cmd = [str(PROWLER_VENV / "bin/prowler"), "aws", "--region", *regions,
           "--aws-retries-max-attempts", "1", "-M", "json-ocsf", "--output-directory",
           str(out_dir / "out"), "--output-filename", "prowler", "--no-banner",
           "--services", *PROWLER_SERVICES, *extra_args]
    env = account.base_env(out_dir)
    env["AWS_ENDPOINT_URL"] = account.url
    env["PATH"] = f"{PROWLER_VENV / 'bin'}:{env['PATH']}"
    status, result = timed(cmd, env, out_dir, account.proxy.ledger, f"prowler-{out_dir.name}")
    # Prowler exits 3 when a check fails.
    path = prowler_findings_path(out_dir)
    if status not in (0, 3) or not path.exists():
        sys.exit(f"bench: prowler exited with {status}; see {out_dir}/stderr.log")
    findings = json.loads(path.read_text())
    result["findings"] = count_by(f["status_code"] for f in findings)
    return result


def prowler_findings_path(out_dir):
    return out_dir / "out" / "prowler.ocsf.json"


def count_by(values):
    counts = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items()))


def versions():
    """Versions of both tools and of moto, for the report."""
    prowler = run([str(PROWLER_VENV / "bin/python"), "-c",
                   "import importlib.metadata as m; print(m.version('prowler'))"],
                  capture_output=True).stdout.strip()
    moto = run([str(PROJECT_PYTHON), "-c", "import moto; print(moto.__version__)"],
               capture_output=True).stdout.strip()
    parapet = run([str(PARAPET), "--version"], capture_output=True).stdout.strip()
    return {"prowler": prowler, "moto": moto, "parapet": parapet}
