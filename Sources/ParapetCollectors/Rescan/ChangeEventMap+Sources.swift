import ParapetCore

/// The table: for each event source, the events that name what they touched and what any
/// other write event of the source does. docs/RESCAN.md lists it for users.
extension ChangeEventMap {
  static let sources: [String: SourceRules] = {
    var table: [String: SourceRules] = [
      "s3.amazonaws.com": s3, "ec2.amazonaws.com": ec2, "iam.amazonaws.com": iam,
      "kms.amazonaws.com": kms, "cloudtrail.amazonaws.com": cloudTrail,
      "rds.amazonaws.com": rds, "lambda.amazonaws.com": lambda,
    ]
    // Services without targeted collection: any write event re-collects the service in
    // the event's region.
    let whole: [String: [String]] = [
      "sqs.amazonaws.com": ["sqs"], "sns.amazonaws.com": ["sns"], "logs.amazonaws.com": ["logs"],
      "monitoring.amazonaws.com": ["cloudwatch"], "config.amazonaws.com": ["config"],
      "guardduty.amazonaws.com": ["guardduty"], "securityhub.amazonaws.com": ["securityhub"],
      "access-analyzer.amazonaws.com": ["accessanalyzer"],
      "elasticloadbalancing.amazonaws.com": ["elbv2", "elb"],
      "secretsmanager.amazonaws.com": ["secretsmanager"], "ecr.amazonaws.com": ["ecr"],
      "eks.amazonaws.com": ["eks"], "dynamodb.amazonaws.com": ["dynamodb"],
      "apigateway.amazonaws.com": ["apigateway"], "es.amazonaws.com": ["opensearch"],
      "glacier.amazonaws.com": ["glacier"], "elasticfilesystem.amazonaws.com": ["efs"],
    ]
    for (source, services) in whole { table[source] = SourceRules(services: services) }
    table["cloudfront.amazonaws.com"] = SourceRules(services: ["cloudfront"], global: true)
    return table
  }()

  /// `Touch`es of `type` whose identifiers are the strings at `paths`.
  static func ids(_ service: String, _ type: String, _ paths: String...) -> TouchExtractor {
    { event in [Touch(service, type, paths.flatMap(event.strings))] }
  }

  /// Extractors applied together.
  static func all(_ extractors: TouchExtractor...) -> TouchExtractor {
    { event in extractors.flatMap { $0(event) } }
  }

  static func named(_ names: [String], _ extractor: @escaping TouchExtractor) -> [String:
    TouchExtractor]
  {
    Dictionary(uniqueKeysWithValues: names.map { ($0, extractor) })
  }

  // MARK: S3

  /// Bucket configuration calls carry the bucket's name; the account's public access block
  /// is a fact of the account. A call without a bucket (access points, Storage Lens) changes
  /// nothing Parapet reads.
  static let s3 = SourceRules(
    services: ["s3"],
    events: named(
      ["PutAccountPublicAccessBlock", "DeleteAccountPublicAccessBlock"],
      { _ in [Touch("s3", "aws.account", ["S3PublicAccessBlock"])] }),
    otherwise: .extract { event in
      let buckets = event.strings("request.bucketName")
      return buckets.isEmpty ? [] : [Touch("s3", "aws.s3.bucket", buckets)]
    })

  // MARK: EC2

  static let securityGroup = "aws.ec2.security_group"
  static let instance = "aws.ec2.instance"
  static let volume = "aws.ec2.volume"
  static let snapshot = "aws.ec2.snapshot"

  /// Security groups, instances, volumes, snapshots and EBS encryption by default. Other
  /// write calls re-collect EC2 in the region, except those on things Parapet does not
  /// read (network interfaces, key pairs, launch templates, the default EBS key).
  static let ec2: SourceRules = {
    var events: [String: TouchExtractor] = [:]
    events.merge(
      named(
        [
          "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
          "RevokeSecurityGroupIngress", "RevokeSecurityGroupEgress", "DeleteSecurityGroup",
          "UpdateSecurityGroupRuleDescriptionsIngress",
          "UpdateSecurityGroupRuleDescriptionsEgress", "ModifySecurityGroupRules",
        ],
        ids(
          "ec2", securityGroup, "request.groupId",
          "request.ModifySecurityGroupRulesRequest.GroupId")),
      uniquingKeysWith: { $1 })
    events["CreateSecurityGroup"] = ids("ec2", securityGroup, "response.groupId")
    events["RunInstances"] = ids("ec2", instance, "response.instancesSet.items.instanceId")
    events.merge(
      named(
        ["StartInstances", "StopInstances", "TerminateInstances"],
        ids("ec2", instance, "request.instancesSet.items.instanceId")),
      uniquingKeysWith: { $1 })
    events["ModifyInstanceAttribute"] = ids("ec2", instance, "request.instanceId")
    events["ModifyInstanceMetadataOptions"] = ids(
      "ec2", instance, "request.instanceId",
      "request.ModifyInstanceMetadataOptionsRequest.InstanceId")
    events["CreateVolume"] = ids("ec2", volume, "response.volumeId")
    events.merge(
      named(
        ["DeleteVolume", "ModifyVolumeAttribute", "EnableVolumeIO"],
        ids("ec2", volume, "request.volumeId")),
      uniquingKeysWith: { $1 })
    events["ModifyVolume"] = ids(
      "ec2", volume, "request.volumeId", "request.ModifyVolumeRequest.VolumeId")
    events.merge(
      named(
        ["AttachVolume", "DetachVolume"],
        all(ids("ec2", volume, "request.volumeId"), ids("ec2", instance, "request.instanceId"))),
      uniquingKeysWith: { $1 })
    events.merge(
      named(
        ["CreateSnapshot", "CopySnapshot"],
        ids("ec2", snapshot, "response.snapshotId")),
      uniquingKeysWith: { $1 })
    events["CreateSnapshots"] = ids("ec2", snapshot, "response.snapshotSet.items.snapshotId")
    events.merge(
      named(
        ["DeleteSnapshot", "ModifySnapshotAttribute", "ResetSnapshotAttribute"],
        ids("ec2", snapshot, "request.snapshotId")),
      uniquingKeysWith: { $1 })
    events.merge(
      named(
        ["EnableEbsEncryptionByDefault", "DisableEbsEncryptionByDefault"],
        { _ in [Touch("ec2", "aws.region", ["EbsEncryptionByDefault"])] }),
      uniquingKeysWith: { $1 })
    events.merge(named(["CreateTags", "DeleteTags"], taggedEC2Resources)) { $1 }
    events.merge(named(ec2WithoutEffect, { _ in [] })) { $1 }
    return SourceRules(services: ["ec2"], events: events)
  }()

  /// EC2 calls on things Parapet does not read.
  static let ec2WithoutEffect = [
    "CreateNetworkInterface", "DeleteNetworkInterface", "AttachNetworkInterface",
    "DetachNetworkInterface", "AssignPrivateIpAddresses", "UnassignPrivateIpAddresses",
    "CreateKeyPair", "ImportKeyPair", "DeleteKeyPair", "CreateLaunchTemplate",
    "CreateLaunchTemplateVersion", "ModifyLaunchTemplate", "DeleteLaunchTemplate",
    "ModifyEbsDefaultKmsKeyId", "ResetEbsDefaultKmsKeyId", "RebootInstances",
  ]

  /// Tags name their resources by id; the id's prefix gives the type. A tagged resource of
  /// another kind re-collects EC2 in the region.
  static let taggedEC2Resources: TouchExtractor = { event in
    let prefixes = ["sg-": securityGroup, "i-": instance, "vol-": volume, "snap-": snapshot]
    var touches: [Touch] = []
    for id in event.strings("request.resourcesSet.items.resourceId") {
      let type = prefixes.first { id.hasPrefix($0.key) }?.value ?? ResourceTarget.wholeServiceType
      touches.append(Touch("ec2", type, [id]))
    }
    return touches
  }

  // MARK: IAM

  /// IAM is collected whole (one GetAccountAuthorizationDetails), so the table only names
  /// what changed, for the listing: the user, role, group or policy a call names, or the
  /// password policy.
  static let iam = SourceRules(
    services: ["iam"], global: true,
    events: named(
      ["UpdateAccountPasswordPolicy", "DeleteAccountPasswordPolicy"],
      { _ in [Touch("iam", "aws.account", ["PasswordPolicy"])] }),
    otherwise: .extract { event in
      let touches = [
        Touch("iam", "aws.iam.user", event.strings("request.userName")),
        Touch("iam", "aws.iam.role", event.strings("request.roleName")),
        Touch("iam", "aws.iam.group", event.strings("request.groupName")),
        Touch("iam", "aws.iam.policy", event.strings("request.policyArn")),
      ].filter { !$0.ids.isEmpty }
      return touches.isEmpty ? [Touch("iam", ResourceTarget.wholeServiceType)] : touches
    })

  // MARK: KMS, CloudTrail, RDS, Lambda

  /// Calls on a key name it in `resources`, as `keyId` or as an alias's `targetKeyId`.
  /// Cryptographic calls change nothing.
  static let kms = SourceRules(
    services: ["kms"],
    events: named(
      [
        "Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey", "GenerateDataKeyWithoutPlaintext",
        "GenerateDataKeyPair", "GenerateRandom", "Sign", "Verify", "GenerateMac", "VerifyMac",
      ], { _ in [] }),
    otherwise: .extract { event in
      var keys = event.resourceARNs(ofType: "AWS::KMS::Key")
      if keys.isEmpty {
        keys =
          event.strings("request.keyId") + event.strings("request.targetKeyId")
          + event.strings("response.keyMetadata.keyId")
      }
      return keys.isEmpty ? [] : [Touch("kms", "aws.kms.key", keys)]
    })

  /// Trail calls name the trail (`name`, `trailName`, or an ARN); event data stores and
  /// channels change nothing Parapet reads.
  static let cloudTrail = SourceRules(
    services: ["cloudtrail"],
    otherwise: .extract { event in
      let trails =
        event.strings("request.name") + event.strings("request.trailName")
        + event.strings("request.resourceId").filter { $0.contains(":trail/") }
      let trailEvents: Set<String> = [
        "CreateTrail", "UpdateTrail", "DeleteTrail", "StartLogging", "StopLogging",
        "PutEventSelectors", "PutInsightSelectors", "AddTags", "RemoveTags",
      ]
      guard trailEvents.contains(event.name), let first = trails.first else { return [] }
      return [Touch("cloudtrail", "aws.cloudtrail.trail", [first])]
    })

  /// Instances and manual snapshots by identifier; tags by the ARN they name; anything else
  /// (clusters, parameter groups) re-collects RDS in the region.
  static let rds: SourceRules = {
    var events = named(
      [
        "CreateDBInstance", "CreateDBInstanceReadReplica", "DeleteDBInstance",
        "ModifyDBInstance", "RebootDBInstance", "StartDBInstance", "StopDBInstance",
        "RestoreDBInstanceFromDBSnapshot", "RestoreDBInstanceToPointInTime", "PromoteReadReplica",
      ],
      ids(
        "rds", "aws.rds.instance", "request.dBInstanceIdentifier",
        "request.newDBInstanceIdentifier", "request.targetDBInstanceIdentifier"))
    events.merge(
      named(
        [
          "CreateDBSnapshot", "DeleteDBSnapshot", "ModifyDBSnapshot", "ModifyDBSnapshotAttribute",
          "CopyDBSnapshot",
        ],
        ids(
          "rds", "aws.rds.snapshot", "request.dBSnapshotIdentifier",
          "request.targetDBSnapshotIdentifier")),
      uniquingKeysWith: { $1 })
    events.merge(
      named(["AddTagsToResource", "RemoveTagsFromResource"]) { event in
        event.strings("request.resourceName").map { arn in
          if arn.contains(":db:") { return Touch("rds", "aws.rds.instance", [arn]) }
          if arn.contains(":snapshot:") { return Touch("rds", "aws.rds.snapshot", [arn]) }
          return Touch("rds", ResourceTarget.wholeServiceType)
        }
      }, uniquingKeysWith: { $1 })
    return SourceRules(services: ["rds"], events: events)
  }()

  /// Calls on a function name it (`functionName`, or the ARN of tags); layers, event source
  /// mappings and the like change nothing Parapet reads.
  static let lambda = SourceRules(
    services: ["lambda"],
    otherwise: .extract { event in
      let functions =
        event.strings("request.functionName")
        + event.strings("request.resource").filter { $0.contains(":function:") }
      return functions.isEmpty ? [] : [Touch("lambda", "aws.lambda.function", functions)]
    })
}
