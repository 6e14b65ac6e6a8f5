import ParapetCore

/// Failing and passing EC2 resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let ec2LibraryCases: [BuiltinRuleCase] = [
  portCase("aws.ec2.security_group_no_public_ftp", port: 21),
  portCase("aws.ec2.security_group_no_public_telnet", port: 23),
  portCase("aws.ec2.security_group_no_public_smtp", port: 25),
  portCase("aws.ec2.security_group_no_public_mysql", port: 3306),
  portCase("aws.ec2.security_group_no_public_postgresql", port: 5432),
  portCase("aws.ec2.security_group_no_public_mssql", port: 1434),
  portCase("aws.ec2.security_group_no_public_oracle", port: 2484),
  portCase("aws.ec2.security_group_no_public_mongodb", port: 27018),
  portCase("aws.ec2.security_group_no_public_redis", port: 6379),
  portCase("aws.ec2.security_group_no_public_elasticsearch", port: 9300),
  portCase("aws.ec2.security_group_no_public_kafka", port: 9092),
  portCase("aws.ec2.security_group_no_public_memcached", port: 11211),
  portCase("aws.ec2.security_group_no_public_cassandra", port: 8888),
  portCase("aws.ec2.security_group_no_public_kibana", port: 5601),
  portCase("aws.ec2.security_group_no_public_cifs", port: 445),
  .init(
    id: "aws.ec2.security_group_no_public_all_traffic", type: "aws.ec2.security_group",
    failing: json(
      #"""
      {
        "IpPermissions": [
          {
            "IpProtocol": "-1",
            "IpRanges": [
              {
                "CidrIp": "0.0.0.0/0"
              }
            ]
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "IpPermissions": [
          {
            "IpProtocol": "-1",
            "IpRanges": [
              {
                "CidrIp": "10.0.0.0/8"
              }
            ]
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.network_acl_no_public_all_traffic", type: "aws.ec2.network_acl",
    failing: json(
      #"""
      {
        "Entries": [
          {
            "CidrBlock": "0.0.0.0/0",
            "Egress": "false",
            "Protocol": "-1",
            "RuleAction": "allow"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "Entries": [
          {
            "CidrBlock": "0.0.0.0/0",
            "Egress": "false",
            "PortRange": {
              "From": "443",
              "To": "443"
            },
            "Protocol": "6",
            "RuleAction": "allow"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.ec2.instance_no_public_ip", type: "aws.ec2.instance",
    failing: json(#"{"InstanceId": "i-1", "PublicIpAddress": "203.0.113.10"}"#),
    passing: json(#"{"InstanceId": "i-1", "PrivateIpAddress": "10.0.0.5"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.instance_detailed_monitoring", type: "aws.ec2.instance",
    failing: json(#"{"Monitoring": {"State": "disabled"}}"#),
    passing: json(#"{"Monitoring": {"State": "enabled"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.instance_uses_instance_profile", type: "aws.ec2.instance",
    failing: json(#"{"InstanceId": "i-1"}"#),
    passing: json(
      #"""
      {
        "IamInstanceProfile": {
          "Arn": "arn:aws:iam::111122223333:instance-profile/app"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.instance_metadata_hop_limit", type: "aws.ec2.instance",
    failing: json(
      #"""
      {
        "MetadataOptions": {
          "HttpEndpoint": "enabled",
          "HttpPutResponseHopLimit": "3"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "MetadataOptions": {
          "HttpEndpoint": "enabled",
          "HttpPutResponseHopLimit": "1"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "i-1"),
  .init(
    id: "aws.ec2.subnet_no_auto_public_ip", type: "aws.ec2.subnet",
    failing: json(#"{"MapPublicIpOnLaunch": "true", "SubnetId": "subnet-1"}"#),
    passing: json(#"{"MapPublicIpOnLaunch": "false", "SubnetId": "subnet-1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "subnet-1"),
  .init(
    id: "aws.ec2.volume_in_use", type: "aws.ec2.volume",
    failing: json(#"{"State": "available", "VolumeId": "vol-1"}"#),
    passing: json(#"{"State": "in-use", "VolumeId": "vol-1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "vol-1"),
  .init(
    id: "aws.ec2.snapshot_encrypted", type: "aws.ec2.snapshot",
    failing: json(#"{"Encrypted": "false", "SnapshotId": "snap-1"}"#),
    passing: json(#"{"Encrypted": "true", "SnapshotId": "snap-1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "snap-1"),
]

/// A security-group port check: `port` open over TCP to 0.0.0.0/0 fails, open to
/// 10.0.0.0/8 passes (DescribeSecurityGroups' shape, ports as the XML text).
private func portCase(_ check: String, port: Int) -> BuiltinRuleCase {
  func group(_ cidr: String) -> JSONValue {
    [
      "GroupId": "sg-1",
      "IpPermissions": [
        [
          "FromPort": .string(String(port)), "IpProtocol": "tcp",
          "IpRanges": [["CidrIp": .string(cidr)]], "Ipv6Ranges": [],
          "ToPort": .string(String(port)),
        ]
      ],
    ]
  }
  return BuiltinRuleCase(
    id: check, type: "aws.ec2.security_group", failing: group("0.0.0.0/0"),
    passing: group("10.0.0.0/8"), name: "r1")
}

/// Exact messages of `ec2LibraryCases`.
let ec2LibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.ec2.security_group_no_public_ftp": (
    fail: "Security group r1 opens FTP (20, 21) to the internet.",
    pass: "Security group r1 does not open FTP to the internet."
  ),
  "aws.ec2.security_group_no_public_telnet": (
    fail: "Security group r1 opens Telnet (23) to the internet.",
    pass: "Security group r1 does not open Telnet to the internet."
  ),
  "aws.ec2.security_group_no_public_smtp": (
    fail: "Security group r1 opens SMTP (25) to the internet.",
    pass: "Security group r1 does not open SMTP to the internet."
  ),
  "aws.ec2.security_group_no_public_mysql": (
    fail: "Security group r1 opens MySQL (3306) to the internet.",
    pass: "Security group r1 does not open MySQL to the internet."
  ),
  "aws.ec2.security_group_no_public_postgresql": (
    fail: "Security group r1 opens PostgreSQL (5432) to the internet.",
    pass: "Security group r1 does not open PostgreSQL to the internet."
  ),
  "aws.ec2.security_group_no_public_mssql": (
    fail: "Security group r1 opens SQL Server (1433, 1434) to the internet.",
    pass: "Security group r1 does not open SQL Server to the internet."
  ),
  "aws.ec2.security_group_no_public_oracle": (
    fail: "Security group r1 opens Oracle (1521, 2483, 2484) to the internet.",
    pass: "Security group r1 does not open Oracle to the internet."
  ),
  "aws.ec2.security_group_no_public_mongodb": (
    fail: "Security group r1 opens MongoDB (27017, 27018) to the internet.",
    pass: "Security group r1 does not open MongoDB to the internet."
  ),
  "aws.ec2.security_group_no_public_redis": (
    fail: "Security group r1 opens Redis (6379) to the internet.",
    pass: "Security group r1 does not open Redis to the internet."
  ),
  "aws.ec2.security_group_no_public_elasticsearch": (
    fail: "Security group r1 opens Elasticsearch (9200, 9300) to the internet.",
    pass: "Security group r1 does not open Elasticsearch to the internet."
  ),
  "aws.ec2.security_group_no_public_kafka": (
    fail: "Security group r1 opens Kafka (9092) to the internet.",
    pass: "Security group r1 does not open Kafka to the internet."
  ),
  "aws.ec2.security_group_no_public_memcached": (
    fail: "Security group r1 opens Memcached (11211) to the internet.",
    pass: "Security group r1 does not open Memcached to the internet."
  ),
  "aws.ec2.security_group_no_public_cassandra": (
    fail: "Security group r1 opens Cassandra (7199, 9160, 8888) to the internet.",
    pass: "Security group r1 does not open Cassandra to the internet."
  ),
  "aws.ec2.security_group_no_public_kibana": (
    fail: "Security group r1 opens Kibana (5601) to the internet.",
    pass: "Security group r1 does not open Kibana to the internet."
  ),
  "aws.ec2.security_group_no_public_cifs": (
    fail: "Security group r1 opens CIFS/SMB (139, 445) to the internet.",
    pass: "Security group r1 does not open CIFS/SMB to the internet."
  ),
  "aws.ec2.security_group_no_public_all_traffic": (
    fail: "Security group r1 allows all traffic from the internet.",
    pass: "Security group r1 does not allow all traffic from the internet."
  ),
  "aws.ec2.network_acl_no_public_all_traffic": (
    fail: "Network ACL r1 allows all inbound traffic from the internet.",
    pass: "Network ACL r1 does not allow all inbound traffic from the internet."
  ),
  "aws.ec2.instance_no_public_ip": (
    fail: "Instance i-1 has public IP address 203.0.113.10.",
    pass: "Instance i-1 has no public IP address."
  ),
  "aws.ec2.instance_detailed_monitoring": (
    fail: "Instance i-1 monitoring is disabled.",
    pass: "Instance i-1 has detailed monitoring."
  ),
  "aws.ec2.instance_uses_instance_profile": (
    fail: "Instance i-1 has no IAM instance profile.",
    pass: "Instance i-1 uses instance profile arn:aws:iam::111122223333:instance-profile/app."
  ),
  "aws.ec2.instance_metadata_hop_limit": (
    fail: "Instance i-1 metadata hop limit is 3.",
    pass: "Instance i-1 metadata hop limit is 1."
  ),
  "aws.ec2.subnet_no_auto_public_ip": (
    fail: "Subnet subnet-1 assigns public IPs on launch.",
    pass: "Subnet subnet-1 does not assign public IPs on launch."
  ),
  "aws.ec2.volume_in_use": (
    fail: "Volume vol-1 is not attached to any instance.",
    pass: "Volume vol-1 is in-use."
  ),
  "aws.ec2.snapshot_encrypted": (
    fail: "Snapshot snap-1 is not encrypted.",
    pass: "Snapshot snap-1 is encrypted."
  ),
]
