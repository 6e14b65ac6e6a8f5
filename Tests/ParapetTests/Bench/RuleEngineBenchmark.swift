import Foundation
import ParapetCore
import Testing

@testable import ParapetRules

/// Times every built-in rule over a synthetic inventory (bench/rules.sh). Gated by
/// `PARAPET_BENCH=1` because it only means something in a release build:
/// `PARAPET_BENCH=1 swift test -c release --filter RuleEngineBenchmark`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["PARAPET_BENCH"] == "1"))
struct RuleEngineBenchmark {
  /// 16 bulk types sharing the rest of the resources, plus the account, one region
  /// resource per region, a trail and a Config recorder per region: 20 types.
  static let bulkTypes: [(type: String, make: @Sendable (Int) -> JSONValue)] = [
    (
      "aws.ec2.instance",
      {
        [
          "InstanceId": .string("i-\($0)"),
          "MetadataOptions": ["HttpTokens": "optional", "HttpPutResponseHopLimit": "2"],
          "Monitoring": ["State": "disabled"],
        ]
      }
    ),
    (
      "aws.ec2.security_group",
      {
        [
          "GroupId": .string("sg-\($0)"), "GroupName": "web",
          "IpPermissions": [
            [
              "IpProtocol": "tcp", "FromPort": "22", "ToPort": "22",
              "IpRanges": [["CidrIp": $0 % 2 == 0 ? "0.0.0.0/0" : "10.0.0.0/8"]], "Ipv6Ranges": [],
            ]
          ], "IpPermissionsEgress": [],
        ]
      }
    ),
    (
      "aws.ec2.volume",
      {
        [
          "VolumeId": .string("vol-\($0)"), "Encrypted": $0 % 3 == 0 ? "false" : "true",
          "State": "in-use",
        ]
      }
    ),
    (
      "aws.ec2.snapshot",
      { ["SnapshotId": .string("snap-\($0)"), "Encrypted": "true", "CreateVolumePermissions": []] }
    ),
    ("aws.ec2.subnet", { ["SubnetId": .string("subnet-\($0)"), "MapPublicIpOnLaunch": "false"] }),
    (
      "aws.ec2.network_acl",
      {
        [
          "NetworkAclId": .string("acl-\($0)"), "IsDefault": "false",
          "Entries": [
            [
              "Egress": "false", "RuleAction": "allow", "Protocol": "6", "CidrBlock": "0.0.0.0/0",
              "PortRange": ["From": "443", "To": "443"],
            ]
          ],
        ]
      }
    ),
    (
      "aws.s3.bucket",
      {
        [
          "Name": .string("bucket-\($0)"), "Versioning": ["Status": "Enabled"], "Logging": nil,
          "Encryption": [
            "Rules": [["ApplyServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"]]]
          ], "PublicAccessBlock": nil, "Policy": nil, "Acl": ["Grants": []],
          "OwnershipControls": nil,
        ]
      }
    ),
    (
      "aws.iam.user",
      {
        [
          "UserName": .string("user-\($0)"),
          "CredentialReport": [
            "password_enabled": "true", "mfa_active": "false",
            "password_last_used": "2024-12-01T00:00:00+00:00",
          ], "AccessKeys": [], "AttachedManagedPolicies": [], "UserPolicyList": [], "GroupList": [],
        ]
      }
    ),
    (
      "aws.iam.role",
      {
        [
          "RoleName": .string("role-\($0)"),
          "AttachedManagedPolicies": [["PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"]],
        ]
      }
    ),
    (
      "aws.iam.policy",
      {
        [
          "PolicyName": .string("p-\($0)"), "Arn": .string("arn:aws:iam::1:policy/p-\($0)"),
          "AttachmentCount": "1",
          "DefaultDocument": [
            "Statement": [["Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"]]
          ],
        ]
      }
    ),
    (
      "aws.lambda.function",
      {
        [
          "FunctionName": .string("fn-\($0)"), "Runtime": "python3.12", "Policy": nil,
          "TracingConfig": ["Mode": "PassThrough"],
        ]
      }
    ),
    (
      "aws.logs.log_group",
      {
        [
          "logGroupName": .string("lg-\($0)"),
          "arn": .string("arn:aws:logs:us-east-1:1:log-group:lg-\($0):*"), "MetricFilters": [],
        ]
      }
    ),
    (
      "aws.cloudwatch.alarm",
      {
        [
          "AlarmName": .string("a-\($0)"), "MetricName": .string("m-\($0)"), "Namespace": "x",
          "ActionsEnabled": "true", "AlarmActions": [],
        ]
      }
    ),
    (
      "aws.sns.topic",
      {
        [
          "TopicArn": .string("arn:aws:sns:us-east-1:1:t-\($0)"), "Attributes": [:],
          "Subscriptions": [],
        ]
      }
    ),
    (
      "aws.rds.instance",
      {
        [
          "DBInstanceIdentifier": .string("db-\($0)"), "PubliclyAccessible": "false",
          "StorageEncrypted": "true", "MultiAZ": "false", "BackupRetentionPeriod": "7",
        ]
      }
    ),
    (
      "aws.kms.key",
      {
        [
          "KeyId": .string("k-\($0)"), "KeyManager": "CUSTOMER", "KeySpec": "SYMMETRIC_DEFAULT",
          "KeyState": "Enabled", "KeyRotationEnabled": false, "Policy": ["Statement": []],
        ]
      }
    ),
  ]

  static let regions = (0..<17).map { "region-\($0)" }

  /// An inventory of `total` resources over the 20 types.
  static func inventory(total: Int) -> Inventory {
    var resources: [Resource] = [
      Resource(
        id: "arn:aws:iam::1:root", type: "aws.account", account: "1", region: "global",
        name: "1", properties: ["PasswordPolicy": nil, "AccountSummary": ["AccountMFAEnabled": 1]])
    ]
    for region in regions {
      resources.append(
        Resource(
          id: "arn:aws:ec2:\(region):1:region", type: "aws.region", account: "1",
          region: region, name: region, properties: ["EbsEncryptionByDefault": false]))
      resources.append(
        Resource(
          id: "arn:aws:cloudtrail:\(region):1:trail/t", type: "aws.cloudtrail.trail",
          account: "1", region: region, name: "trail-\(region)",
          properties: [
            "Name": .string("trail-\(region)"), "S3BucketName": "bucket-1",
            "IsMultiRegionTrail": "true", "Status": ["IsLogging": true],
            "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:1:log-group:lg-1:*",
          ]))
      resources.append(
        Resource(
          id: "arn:aws:config:\(region):1:config-recorder/default", type: "aws.config.recorder",
          account: "1", region: region, name: "default",
          properties: ["recordingGroup": ["allSupported": true], "Status": ["recording": true]]))
    }
    let bulk = total - resources.count
    for index in 0..<bulk {
      let kind = bulkTypes[index % bulkTypes.count]
      let region = regions[index % regions.count]
      resources.append(
        Resource(
          id: "arn:\(kind.type):\(index)", type: kind.type, account: "1", region: region,
          name: "r\(index)", properties: kind.make(index)))
    }
    return Inventory(account: "1", regions: regions, resources: resources)
  }

  static func seconds(_ rules: RuleSet, _ inventory: Inventory) -> (Double, Int) {
    let started = DispatchTime.now().uptimeNanoseconds
    let findings = RuleEngine(rules: rules).evaluate(inventory)
    let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    return (elapsed, findings.count)
  }

  @Test func everyBuiltinRuleOverOneHundredThousandResources() throws {
    let rules = try RuleSet.load()
    var lines: [String] = []
    var timings: [Int: Double] = [:]

    for total in [25_000, 50_000, 100_000] {
      let inventory = Self.inventory(total: total)
      _ = Self.seconds(rules, inventory)
      let runs = (0..<3).map { _ in Self.seconds(rules, inventory) }
      let best = runs.map(\.0).min() ?? 0
      timings[total] = best
      lines.append(
        "resources=\(total) types=\(inventory.types.count) rules=\(rules.rules.count) "
          + "findings=\(runs[0].1) best_of_3=\(String(format: "%.3f", best))s")
    }
    print(lines.joined(separator: "\n"))

    #expect((timings[100_000] ?? .infinity) < 2)
    // Linear: four times the resources take at most five times as long.
    #expect((timings[100_000] ?? .infinity) < 5 * (timings[25_000] ?? 0) + 0.05)
  }
}
