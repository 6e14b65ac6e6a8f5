"""Shared by the seed scripts: boto3 clients aimed at moto, and the seed manifest."""

import json
import os
import time

import boto3
from botocore.config import Config

EXPECT_TAG = "parapet:expect"


def client_factory(endpoint_url, credentials=None):
    """Returns `client(service, region="us-east-1")` for boto3 clients aimed at moto.

    Credentials are moto's fake `testing`/`testing`, passed explicitly so that real
    credentials in the environment can never be picked up by accident, unless
    `credentials` (an STS `Credentials` answer from moto) names others.
    """
    # The seed talks to moto only: a profile or config file from the caller's
    # environment must neither break it (unknown profile) nor leak into it.
    for variable in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        os.environ.pop(variable, None)
    os.environ["AWS_CONFIG_FILE"] = os.devnull
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
    keys = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
    if credentials:
        keys = {"aws_access_key_id": credentials["AccessKeyId"],
                "aws_secret_access_key": credentials["SecretAccessKey"],
                "aws_session_token": credentials["SessionToken"]}
    session = boto3.session.Session(**keys)
    config = Config(retries={"max_attempts": 1, "mode": "standard"},
                    max_pool_connections=32)
    cache = {}

    def client(service, region="us-east-1"):
        key = (service, region)
        if key not in cache:
            cache[key] = session.client(service, region_name=region,
                                        endpoint_url=endpoint_url, config=config)
        return cache[key]

    return client


class Manifest:
    """What a seed created: one entry per resource, merged when seeded twice."""

    def __init__(self, endpoint_url, regions):
        self.endpoint_url = endpoint_url
        self.regions = regions
        self.account = None
        self.resources = []
        self.moto_notes = []
        self.started = time.time()

    def add(self, type_, name, region, expect, why, **ids):
        """Records one resource; a second entry for the same one extends its `why`."""
        for entry in self.resources:
            if (entry["type"], entry["name"], entry["region"]) == (type_, name, region):
                entry["why"] += "; " + why
                entry["ids"].update({k: v for k, v in ids.items() if v is not None})
                return
        self.resources.append({
            "type": type_, "name": name, "region": region, "expect": expect, "why": why,
            "ids": {k: v for k, v in ids.items() if v is not None},
        })

    def note(self, what):
        """Notes where moto shaped the seed: a workaround, or a feature it lacks."""
        self.moto_notes.append(what)

    def counts(self):
        result = {"insecure": 0, "secure": 0}
        for entry in self.resources:
            result[entry["expect"]] += 1
        return result

    def write(self, path):
        directory = os.path.dirname(path)
        if directory:
            os.makedirs(directory, exist_ok=True)
        document = {
            "endpoint_url": self.endpoint_url,
            "account": self.account,
            "regions": self.regions,
            "expect_tag": EXPECT_TAG,
            "counts": self.counts(),
            "seconds": round(time.time() - self.started, 2),
            "resources": self.resources,
            "moto_notes": self.moto_notes,
        }
        with open(path, "w") as handle:
            json.dump(document, handle, indent=2, sort_keys=False)
            handle.write("\n")
