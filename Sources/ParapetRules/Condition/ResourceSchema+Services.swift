extension ResourceSchema {
  /// Keys of the types collected for the FSBP service checks (load balancers, queues,
  /// secrets, registries, clusters, tables, APIs, distributions, search domains).
  static let serviceKeys: [String: Set<String>] = [
    "aws.elbv2.load_balancer": [
      "LoadBalancerArn", "DNSName", "CanonicalHostedZoneId", "CreatedTime", "LoadBalancerName",
      "Scheme", "VpcId", "State", "Type", "AvailabilityZones", "SecurityGroups",
      "IpAddressType", "CustomerOwnedIpv4Pool",
      "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
      "Attributes", "Listeners",
    ],
    "aws.elb.load_balancer": [
      "LoadBalancerName", "DNSName", "CanonicalHostedZoneName", "CanonicalHostedZoneNameID",
      "ListenerDescriptions", "Policies", "BackendServerDescriptions", "AvailabilityZones",
      "Subnets", "VPCId", "Instances", "HealthCheck", "SourceSecurityGroup", "SecurityGroups",
      "CreatedTime", "Scheme", "Attributes",
    ],
    "aws.sqs.queue": ["QueueUrl", "Attributes"],
    "aws.secretsmanager.secret": [
      "ARN", "Name", "Description", "KmsKeyId", "RotationEnabled", "RotationLambdaARN",
      "RotationRules", "LastRotatedDate", "LastChangedDate", "LastAccessedDate", "DeletedDate",
      "NextRotationDate", "Tags", "SecretVersionsToStages", "OwningService", "CreatedDate",
      "PrimaryRegion",
      "ResourcePolicy",
    ],
    "aws.ecr.repository": [
      "repositoryArn", "registryId", "repositoryName", "repositoryUri", "createdAt",
      "imageTagMutability", "imageScanningConfiguration", "encryptionConfiguration",
      "Policy", "LifecyclePolicy",
    ],
    "aws.eks.cluster": [
      "name", "arn", "createdAt", "version", "endpoint", "roleArn", "resourcesVpcConfig",
      "kubernetesNetworkConfig", "logging", "identity", "status", "certificateAuthority",
      "platformVersion", "tags", "encryptionConfig", "accessConfig", "upgradePolicy",
      "clientRequestToken",
    ],
    "aws.dynamodb.table": [
      "TableName", "TableArn", "TableId", "TableStatus", "CreationDateTime", "KeySchema",
      "AttributeDefinitions", "ProvisionedThroughput", "BillingModeSummary", "TableSizeBytes",
      "ItemCount", "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "StreamSpecification",
      "SSEDescription", "DeletionProtectionEnabled", "TableClassSummary", "Replicas",
      "ContinuousBackups",
      "WarmThroughput",
    ],
    "aws.apigateway.rest_api": [
      "id", "name", "description", "createdDate", "version", "binaryMediaTypes",
      "minimumCompressionSize", "apiKeySource", "endpointConfiguration", "policy", "tags",
      "disableExecuteApiEndpoint", "rootResourceId", "Stages",
    ],
    "aws.cloudfront.distribution": [
      "Id", "ARN", "Status", "DomainName", "LastModifiedTime", "CallerReference", "Aliases",
      "DistributionConfig", "Origins", "OriginGroups", "DefaultCacheBehavior", "CacheBehaviors",
      "CustomErrorResponses", "Comment", "PriceClass", "Enabled", "ViewerCertificate",
      "Restrictions", "WebACLId", "HttpVersion", "IsIPV6Enabled", "ContinuousDeploymentPolicyId",
      "Staging",
      "AliasICPRecordals",
    ],
    "aws.opensearch.domain": [
      "DomainId", "DomainName", "ARN", "Created", "Deleted", "Endpoint", "Endpoints",
      "Processing", "UpgradeProcessing", "EngineVersion", "ClusterConfig", "EBSOptions",
      "AccessPolicies", "SnapshotOptions", "VPCOptions", "CognitoOptions",
      "EncryptionAtRestOptions", "NodeToNodeEncryptionOptions", "AdvancedOptions",
      "LogPublishingOptions", "DomainEndpointOptions", "AdvancedSecurityOptions",
      "AutoTuneOptions", "IPAddressType", "SoftwareUpdateOptions",
    ],
    "aws.elbv2.target_group": [
      "TargetGroupArn", "TargetGroupName", "Protocol", "Port", "VpcId", "HealthCheckProtocol",
      "HealthCheckPort", "HealthCheckEnabled", "HealthCheckIntervalSeconds",
      "HealthCheckTimeoutSeconds", "HealthyThresholdCount", "UnhealthyThresholdCount",
      "HealthCheckPath", "Matcher", "LoadBalancerArns", "TargetType", "ProtocolVersion",
      "IpAddressType",
    ],
    "aws.glacier.vault": [
      "VaultARN", "VaultName", "CreationDate", "LastInventoryDate", "NumberOfArchives",
      "SizeInBytes", "Policy",
    ],
  ]
}
