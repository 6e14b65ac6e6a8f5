/// The top-level property keys of each AWS resource type, as docs/RESOURCES.md describes
/// them: the list or describe call's item keys plus the enrichment keys collectors add.
/// Rule paths are checked against it when rules load, so that a misspelt key is an error
/// naming the file and line instead of a value that is always absent. Keep it in step with
/// docs/RESOURCES.md when a collector gains a key.
public enum ResourceSchema {
  /// Known top-level keys by resource type.
  public static let topLevelKeys: [String: Set<String>] = [
    "aws.account": [
      "PasswordPolicy", "AccountSummary", "RootCredentials", "S3PublicAccessBlock",
      "VirtualMFADevices", "Regions",
    ],
    "aws.region": [
      "RegionName", "Endpoint", "OptInStatus", "EbsEncryptionByDefault", "SecurityHub",
    ],
    "aws.iam.user": [
      "Path", "UserName", "UserId", "Arn", "CreateDate", "UserPolicyList", "GroupList",
      "AttachedManagedPolicies", "PermissionsBoundary", "Tags", "CredentialReport", "AccessKeys",
    ],
    "aws.iam.group": [
      "Path", "GroupName", "GroupId", "Arn", "CreateDate", "GroupPolicyList",
      "AttachedManagedPolicies",
    ],
    "aws.iam.role": [
      "Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument",
      "InstanceProfileList", "RolePolicyList", "AttachedManagedPolicies", "PermissionsBoundary",
      "Tags", "RoleLastUsed", "Description", "MaxSessionDuration",
    ],
    "aws.iam.policy": [
      "PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId", "AttachmentCount",
      "PermissionsBoundaryUsageCount", "IsAttachable", "Description", "CreateDate",
      "UpdateDate", "PolicyVersionList", "DefaultDocument",
      "Tags",
    ],
    "aws.iam.server_certificate": [
      "Path", "ServerCertificateName", "ServerCertificateId", "Arn", "UploadDate", "Expiration",
    ],
    "aws.s3.bucket": [
      "Name", "CreationDate", "BucketRegion", "Region", "Policy", "Acl", "PublicAccessBlock",
      "Encryption", "Versioning", "Logging", "OwnershipControls",
    ],
    "aws.ec2.instance": [
      "InstanceId", "ImageId", "State", "PrivateDnsName", "PublicDnsName", "StateTransitionReason",
      "KeyName", "AmiLaunchIndex", "ProductCodes", "InstanceType", "LaunchTime", "Placement",
      "Monitoring", "SubnetId", "VpcId", "PrivateIpAddress", "PublicIpAddress", "Architecture",
      "RootDeviceType", "RootDeviceName", "BlockDeviceMappings", "VirtualizationType",
      "ClientToken", "Tags", "SecurityGroups", "SourceDestCheck", "Hypervisor",
      "NetworkInterfaces", "IamInstanceProfile", "EbsOptimized", "EnaSupport", "MetadataOptions",
      "CpuOptions", "CapacityReservationSpecification", "HibernationOptions", "EnclaveOptions",
      "MaintenanceOptions", "PlatformDetails", "UsageOperation", "BootMode", "Platform",
      "PrivateDnsNameOptions", "CurrentInstanceBootMode", "NetworkPerformanceOptions",
      "Operator", "OwnerId", "ReservationId",
      "KernelId", "SriovNetSupport", "StateReason",
    ],
    "aws.ec2.security_group": [
      "GroupId", "GroupName", "Description", "OwnerId", "VpcId", "IpPermissions",
      "IpPermissionsEgress", "Tags", "SecurityGroupArn",
    ],
    "aws.ec2.network_acl": [
      "NetworkAclId", "VpcId", "IsDefault", "Entries", "Associations", "Tags", "OwnerId",
    ],
    "aws.ec2.vpc": [
      "VpcId", "CidrBlock", "CidrBlockAssociationSet", "Ipv6CidrBlockAssociationSet",
      "DhcpOptionsId", "State", "OwnerId", "InstanceTenancy", "IsDefault", "Tags", "FlowLogs",
    ],
    "aws.ec2.subnet": [
      "SubnetId", "SubnetArn", "VpcId", "CidrBlock", "AvailabilityZone", "AvailabilityZoneId",
      "AvailableIpAddressCount", "DefaultForAz", "MapPublicIpOnLaunch",
      "MapCustomerOwnedIpOnLaunch",
      "AssignIpv6AddressOnCreation", "Ipv6CidrBlockAssociationSet", "State", "OwnerId", "Tags",
      "EnableDns64", "Ipv6Native", "PrivateDnsNameOptionsOnLaunch",
    ],
    "aws.ec2.route_table": [
      "RouteTableId", "VpcId", "Routes", "Associations", "PropagatingVgws", "OwnerId", "Tags",
    ],
    "aws.ec2.volume": [
      "VolumeId", "Size", "SnapshotId", "AvailabilityZone", "State", "CreateTime",
      "Attachments", "VolumeType", "Iops", "Throughput", "Encrypted", "KmsKeyId",
      "MultiAttachEnabled", "Tags",
    ],
    "aws.ec2.snapshot": [
      "SnapshotId", "VolumeId", "State", "StartTime", "Progress", "OwnerId", "Description",
      "VolumeSize", "Encrypted", "KmsKeyId", "Tags", "StorageTier", "CreateVolumePermissions",
    ],
    "aws.ec2.image": [
      "ImageId", "ImageLocation", "State", "OwnerId", "CreationDate", "Public", "Architecture",
      "ImageType", "Name", "Description", "RootDeviceType", "RootDeviceName",
      "BlockDeviceMappings", "VirtualizationType", "Hypervisor", "Tags", "DeprecationTime",
      "PlatformDetails", "UsageOperation", "EnaSupport", "BootMode", "ImdsSupport",
    ],
    "aws.kms.key": [
      "AWSAccountId", "KeyId", "Arn", "CreationDate", "Enabled", "Description", "KeyUsage",
      "KeyState", "DeletionDate", "Origin", "KeyManager", "CustomerMasterKeySpec", "KeySpec",
      "EncryptionAlgorithms", "SigningAlgorithms", "MultiRegion", "PendingDeletionWindowInDays",
      "KeyRotationEnabled", "Policy",
    ],
    "aws.cloudtrail.trail": [
      "Name", "S3BucketName", "S3KeyPrefix", "SnsTopicName", "SnsTopicARN",
      "IncludeGlobalServiceEvents", "IsMultiRegionTrail", "HomeRegion", "TrailARN",
      "LogFileValidationEnabled", "CloudWatchLogsLogGroupArn", "CloudWatchLogsRoleArn",
      "KmsKeyId", "HasCustomEventSelectors", "HasInsightSelectors", "IsOrganizationTrail",
      "Status", "EventSelectors", "AdvancedEventSelectors",
    ],
    "aws.config.recorder": ["name", "roleARN", "recordingGroup", "recordingMode", "Status"],
    "aws.logs.log_group": [
      "logGroupName", "creationTime", "retentionInDays", "metricFilterCount", "arn",
      "storedBytes", "kmsKeyId", "dataProtectionStatus", "logGroupClass", "logGroupArn",
      "MetricFilters",
    ],
    "aws.cloudwatch.alarm": [
      "AlarmName", "AlarmArn", "AlarmDescription", "ActionsEnabled", "OKActions",
      "AlarmActions", "InsufficientDataActions", "StateValue", "StateReason",
      "StateUpdatedTimestamp", "MetricName", "Namespace", "Statistic", "Dimensions", "Period",
      "EvaluationPeriods", "DatapointsToAlarm", "Threshold", "ComparisonOperator",
      "TreatMissingData", "Metrics", "AlarmConfigurationUpdatedTimestamp",
      "StateReasonData",
    ],
    "aws.sns.topic": ["TopicArn", "Attributes", "Subscriptions"],
    "aws.rds.instance": [
      "DBInstanceIdentifier", "DBInstanceClass", "Engine", "DBInstanceStatus", "MasterUsername",
      "DBName", "Endpoint", "AllocatedStorage", "InstanceCreateTime",
      "PreferredBackupWindow", "BackupRetentionPeriod", "DBSecurityGroups", "VpcSecurityGroups",
      "DBParameterGroups", "AvailabilityZone", "DBSubnetGroup", "MultiAZ", "EngineVersion",
      "AutoMinorVersionUpgrade", "PubliclyAccessible", "StorageType", "StorageEncrypted",
      "KmsKeyId", "DbiResourceId", "CACertificateIdentifier", "CopyTagsToSnapshot",
      "MonitoringInterval", "DBInstanceArn", "IAMDatabaseAuthenticationEnabled",
      "PerformanceInsightsEnabled", "EnabledCloudwatchLogsExports", "DeletionProtection",
      "DBClusterIdentifier", "TagList", "Port", "LicenseModel", "OptionGroupMemberships",
      "ReadReplicaDBInstanceIdentifiers", "ReadReplicaSourceDBInstanceIdentifier",
      "SecondaryAvailabilityZone", "StatusInfos", "Iops", "MaxAllocatedStorage",
      "CertificateDetails", "LatestRestorableTime", "PreferredMaintenanceWindow",
      "AssociatedRoles", "DbInstancePort", "DomainMemberships", "MonitoringRoleArn",
      "PromotionTier",
    ],
    "aws.rds.cluster": [
      "DBClusterIdentifier", "DBClusterArn", "Engine", "EngineVersion", "EngineMode", "Status",
      "MultiAZ", "AvailabilityZones", "BackupRetentionPeriod", "StorageEncrypted", "KmsKeyId",
      "DeletionProtection", "IAMDatabaseAuthenticationEnabled", "CopyTagsToSnapshot",
      "EnabledCloudwatchLogsExports", "DBClusterMembers", "VpcSecurityGroups",
      "PubliclyAccessible", "AutoMinorVersionUpgrade", "TagList", "Endpoint", "ReaderEndpoint",
      "Port", "MasterUsername", "DbClusterResourceId", "HttpEndpointEnabled",
      "ActivityStreamStatus", "ClusterCreateTime", "DBSubnetGroup",
      "AllocatedStorage", "AssociatedRoles", "BacktrackWindow", "CrossAccountClone",
      "DBClusterParameterGroup", "DomainMemberships", "EarliestRestorableTime",
      "GlobalWriteForwardingRequested", "HostedZoneId", "LatestRestorableTime", "NetworkType",
      "PreferredBackupWindow", "PreferredMaintenanceWindow", "ReadReplicaIdentifiers",
      "ScalingConfigurationInfo", "StorageType",
    ],
    "aws.rds.snapshot": [
      "DBSnapshotIdentifier", "DBInstanceIdentifier", "SnapshotCreateTime", "Engine",
      "AllocatedStorage", "Status", "Port", "AvailabilityZone", "VpcId", "SnapshotType",
      "Encrypted", "KmsKeyId", "DBSnapshotArn", "TagList", "Attributes",
      "DbiResourceId", "EngineVersion", "IAMDatabaseAuthenticationEnabled", "InstanceCreateTime",
      "MasterUsername", "OriginalSnapshotCreateTime",
    ],
    "aws.lambda.function": [
      "FunctionName", "FunctionArn", "Runtime", "Role", "Handler", "CodeSize", "Description",
      "Timeout", "MemorySize", "LastModified", "CodeSha256", "Version", "VpcConfig",
      "DeadLetterConfig", "Environment", "KMSKeyArn", "TracingConfig", "MasterArn",
      "RevisionId", "Layers", "State", "PackageType", "Architectures", "EphemeralStorage",
      "SnapStart", "LoggingConfig", "Policy",
      "LastUpdateStatus", "SigningJobArn", "SigningProfileVersionArn",
    ],
    "aws.efs.file_system": [
      "OwnerId", "CreationToken", "FileSystemId", "FileSystemArn", "CreationTime",
      "LifeCycleState", "Name", "NumberOfMountTargets", "SizeInBytes", "PerformanceMode",
      "Encrypted", "KmsKeyId", "ThroughputMode", "AvailabilityZoneName", "Tags",
      "FileSystemProtection", "Policy", "BackupPolicy",
      "AvailabilityZoneId", "ProvisionedThroughputInMibps",
    ],
    "aws.guardduty.detector": [
      "DetectorId", "createdAt", "findingPublishingFrequency", "serviceRole", "status",
      "updatedAt", "dataSources", "tags", "features",
    ],
    "aws.accessanalyzer.analyzer": [
      "arn", "name", "type", "createdAt", "lastResourceAnalyzed", "lastResourceAnalyzedAt",
      "tags", "status", "statusReason", "configuration",
    ],
  ].merging(ResourceSchema.serviceKeys) { first, _ in first }
}
