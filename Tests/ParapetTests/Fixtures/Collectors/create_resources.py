#!/usr/bin/env python3
"""Creates one resource per collector (ELB v2, classic ELB, SQS, Secrets Manager, ECR,
EKS, DynamoDB, API Gateway, CloudFront, OpenSearch, Glacier) in moto, every name starting
with PREFIX, and prints their identifiers as JSON for the collector tests to assert on.

    python create_resources.py ENDPOINT_URL PREFIX REGION
"""

import json
import os
import sys

import boto3
from botocore.config import Config


def main(endpoint, prefix, region):
    for variable in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_SESSION_TOKEN"):
        os.environ.pop(variable, None)
    os.environ["AWS_CONFIG_FILE"] = os.devnull
    os.environ["AWS_SHARED_CREDENTIALS_FILE"] = os.devnull
    session = boto3.session.Session(
        aws_access_key_id="testing", aws_secret_access_key="testing")
    config = Config(retries={"max_attempts": 1})

    def client(name, where=region):
        return session.client(name, region_name=where, endpoint_url=endpoint, config=config)

    public = json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "*", "Resource": "*"}]})
    tags = [{"Key": "owner", "Value": prefix}]
    out = {}

    ec2 = client("ec2")
    vpc = ec2.create_vpc(CidrBlock="10.99.0.0/16")["Vpc"]["VpcId"]
    subnets = [ec2.create_subnet(VpcId=vpc, CidrBlock=f"10.99.{i}.0/24",
                                 AvailabilityZone=f"{region}{zone}")["Subnet"]["SubnetId"]
               for i, zone in enumerate("ab")]

    elbv2 = client("elbv2")
    balancer = elbv2.create_load_balancer(
        Name=f"{prefix}-alb", Subnets=subnets, Scheme="internet-facing",
        Type="application", Tags=tags)["LoadBalancers"][0]["LoadBalancerArn"]
    elbv2.modify_load_balancer_attributes(LoadBalancerArn=balancer, Attributes=[
        {"Key": "deletion_protection.enabled", "Value": "true"}])
    group = elbv2.create_target_group(
        Name=f"{prefix}-tg"[:32], Protocol="HTTP", Port=80, VpcId=vpc,
        Tags=tags)["TargetGroups"][0]["TargetGroupArn"]
    elbv2.create_listener(LoadBalancerArn=balancer, Protocol="HTTP", Port=80,
                          DefaultActions=[{"Type": "forward", "TargetGroupArn": group}])
    out["elbv2"] = {"balancer": balancer, "group": group}

    elb = client("elb")
    elb.create_load_balancer(
        LoadBalancerName=f"{prefix}-clb", AvailabilityZones=[f"{region}a"], Tags=tags,
        Listeners=[{"Protocol": "HTTP", "LoadBalancerPort": 80, "InstancePort": 80}])
    elb.modify_load_balancer_attributes(
        LoadBalancerName=f"{prefix}-clb",
        LoadBalancerAttributes={"ConnectionDraining": {"Enabled": True}})

    sqs = client("sqs")
    sqs.create_queue(QueueName=f"{prefix}-queue", Attributes={"Policy": public},
                     tags={"owner": prefix})

    secrets = client("secretsmanager")
    for suffix, policy in [("with-policy", public), ("without-policy", None)]:
        arn = secrets.create_secret(Name=f"{prefix}-{suffix}", SecretString="not-read",
                                    Tags=tags)["ARN"]
        out[f"secret-{suffix}"] = arn
        if policy:
            secrets.put_resource_policy(SecretId=arn, ResourcePolicy=policy)

    ecr = client("ecr")
    for suffix, policy in [("public", public), ("private", None)]:
        ecr.create_repository(repositoryName=f"{prefix}-{suffix}", tags=tags,
                              imageTagMutability="IMMUTABLE" if not policy else "MUTABLE")
        if policy:
            ecr.set_repository_policy(repositoryName=f"{prefix}-{suffix}", policyText=policy)

    client("eks").create_cluster(
        name=f"{prefix}-cluster", roleArn="arn:aws:iam::123456789012:role/eks",
        resourcesVpcConfig={"subnetIds": subnets, "endpointPublicAccess": True,
                            "publicAccessCidrs": ["0.0.0.0/0"]},
        tags={"owner": prefix})

    dynamodb = client("dynamodb")
    dynamodb.create_table(
        TableName=f"{prefix}-table", BillingMode="PAY_PER_REQUEST", Tags=tags,
        KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}])
    dynamodb.update_continuous_backups(
        TableName=f"{prefix}-table",
        PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True})

    apigateway = client("apigateway")
    api = apigateway.create_rest_api(name=f"{prefix}-api", tags={"owner": prefix})["id"]
    root = apigateway.get_resources(restApiId=api)["items"][0]["id"]
    apigateway.put_method(restApiId=api, resourceId=root, httpMethod="GET",
                          authorizationType="NONE")
    apigateway.put_integration(restApiId=api, resourceId=root, httpMethod="GET",
                               type="MOCK")
    deployment = apigateway.create_deployment(restApiId=api)["id"]
    apigateway.create_stage(restApiId=api, stageName="prod", deploymentId=deployment,
                            tracingEnabled=True)
    out["api"] = api

    cloudfront = client("cloudfront", "us-east-1")
    distribution = cloudfront.create_distribution_with_tags(DistributionConfigWithTags={
        "DistributionConfig": {
            "CallerReference": prefix, "Comment": prefix, "Enabled": True,
            "DefaultRootObject": "index.html",
            "Origins": {"Quantity": 1, "Items": [{
                "Id": "origin", "DomainName": "example.com",
                "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443,
                                       "OriginProtocolPolicy": "http-only"}}]},
            "DefaultCacheBehavior": {
                "TargetOriginId": "origin", "ViewerProtocolPolicy": "allow-all",
                "MinTTL": 0,
                "ForwardedValues": {"QueryString": False, "Cookies": {"Forward": "none"}},
                "TrustedSigners": {"Enabled": False, "Quantity": 0}},
            "Logging": {"Enabled": True, "IncludeCookies": False,
                        "Bucket": "logs.s3.amazonaws.com", "Prefix": "cf/"},
        },
        "Tags": {"Items": tags}})["Distribution"]
    out["distribution"] = distribution["ARN"]

    client("opensearch").create_domain(
        DomainName=f"{prefix}-os"[:28], EngineVersion="OpenSearch_2.11",
        AccessPolicies=public, TagList=tags)

    client("glacier").create_vault(vaultName=f"{prefix}-vault")

    print(json.dumps(out))


if __name__ == "__main__":
    main(*sys.argv[1:4])
