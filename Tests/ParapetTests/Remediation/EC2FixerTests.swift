import Foundation
import ParapetAWS
import ParapetCore
import ParapetRemediation
import Testing

/// The EC2 and VPC fixers on moto. Each test works in its own VPC, group or snapshot, and
/// region-wide settings use a region no other test uses.
@Suite struct EC2FixerTests {
  private func vpc(_ harness: FixHarness, region: String = "us-east-1") async throws -> String {
    let created = try await harness.ec2("CreateVpc", ["CidrBlock": "10.9.0.0/16"], region: region)
    return try #require(created["Vpc"]?["VpcId"]?.stringValue)
  }

  private func group(_ harness: FixHarness, vpcId: String) async throws -> String {
    let created = try await harness.ec2(
      "CreateSecurityGroup",
      [
        "GroupName": MotoServer.uniqueName("fix-sg"), "GroupDescription": "fixer test",
        "VpcId": vpcId,
      ])
    return try #require(created["GroupId"]?.stringValue)
  }

  private func arn(_ kind: String, _ id: String, region: String = "us-east-1") -> String {
    "arn:aws:ec2:\(region):\(FixHarness.account):\(kind)/\(id)"
  }

  @Test func openAdminPortRevokesOnlyTheOpenRange() async throws {
    let harness = try await FixHarness.make()
    let groupId = try await group(harness, vpcId: try await vpc(harness))
    _ = try await harness.ec2(
      "AuthorizeSecurityGroupIngress",
      [
        "GroupId": groupId, "IpPermissions.1.IpProtocol": "tcp",
        "IpPermissions.1.FromPort": "22", "IpPermissions.1.ToPort": "22",
        "IpPermissions.1.IpRanges.1.CidrIp": "0.0.0.0/0",
        "IpPermissions.1.IpRanges.1.Description": "anyone",
        "IpPermissions.1.IpRanges.2.CidrIp": "10.0.0.0/8",
        "IpPermissions.2.IpProtocol": "tcp", "IpPermissions.2.FromPort": "443",
        "IpPermissions.2.ToPort": "443", "IpPermissions.2.IpRanges.1.CidrIp": "0.0.0.0/0",
      ])
    let plan = try await harness.cycle(
      check: "aws.ec2.security_group_no_public_admin_ports_ipv4",
      resourceId: arn("security-group", groupId), type: "aws.ec2.security_group",
      region: "us-east-1",
      calls: [
        "ec2:RevokeSecurityGroupIngress (us-east-1) GroupId=\(groupId) "
          + "IpPermissions.1.FromPort=22 IpPermissions.1.IpProtocol=tcp "
          + "IpPermissions.1.IpRanges.1.CidrIp=0.0.0.0/0 IpPermissions.1.ToPort=22"
      ]
    ) { resource in
      let ranges = (resource.properties["IpPermissions"]?.arrayValue ?? []).flatMap { rule in
        (rule["IpRanges"]?.arrayValue ?? []).map {
          "\(rule["FromPort"]?.stringValue ?? ""):\($0["CidrIp"]?.stringValue ?? "")"
        }
      }
      return .array(ranges.sorted().map { .string($0) })
    }
    #expect(plan.permissions == ["ec2:RevokeSecurityGroupIngress"])
    #expect(
      plan.undoCalls.first?.summary
        == "ec2:AuthorizeSecurityGroupIngress (us-east-1) GroupId=\(groupId) "
        + "IpPermissions.1.FromPort=22 IpPermissions.1.IpProtocol=tcp "
        + "IpPermissions.1.IpRanges.1.CidrIp=0.0.0.0/0 "
        + "IpPermissions.1.IpRanges.1.Description=anyone IpPermissions.1.ToPort=22")
  }

  @Test func defaultSecurityGroupIsEmptiedAndUndoRestoresItsRules() async throws {
    let harness = try await FixHarness.make()
    let vpcId = try await vpc(harness)
    let groups = try await harness.ec2(
      "DescribeSecurityGroups",
      [
        "Filter.1.Name": "vpc-id", "Filter.1.Value.1": vpcId, "Filter.2.Name": "group-name",
        "Filter.2.Value.1": "default",
      ])
    let groupId = try #require(
      groups["SecurityGroups"]?.arrayValue?.first?["GroupId"]?.stringValue)
    // moto's default group starts with the egress rule only; add the ingress AWS would have.
    _ = try await harness.ec2(
      "AuthorizeSecurityGroupIngress",
      [
        "GroupId": groupId, "IpPermissions.1.IpProtocol": "tcp",
        "IpPermissions.1.FromPort": "80", "IpPermissions.1.ToPort": "80",
        "IpPermissions.1.IpRanges.1.CidrIp": "10.0.0.0/8",
      ])
    let plan = try await harness.cycle(
      check: "aws.ec2.default_security_group_restricts_all",
      resourceId: arn("security-group", groupId), type: "aws.ec2.security_group",
      region: "us-east-1",
      calls: [
        "ec2:RevokeSecurityGroupIngress (us-east-1) GroupId=\(groupId) "
          + "IpPermissions.1.FromPort=80 IpPermissions.1.IpProtocol=tcp "
          + "IpPermissions.1.IpRanges.1.CidrIp=10.0.0.0/8 IpPermissions.1.ToPort=80",
        "ec2:RevokeSecurityGroupEgress (us-east-1) GroupId=\(groupId) "
          + "IpPermissions.1.IpProtocol=-1 IpPermissions.1.IpRanges.1.CidrIp=0.0.0.0/0",
      ]
    ) { resource in
      .array([
        resource.properties["IpPermissions"] ?? nil,
        resource.properties["IpPermissionsEgress"] ?? nil,
      ])
    }
    #expect(
      plan.undoCalls.map(\.operation) == [
        "AuthorizeSecurityGroupIngress", "AuthorizeSecurityGroupEgress",
      ])
  }

  @Test func ebsEncryptionByDefaultIsTurnedOn() async throws {
    let region = "eu-north-1"
    let harness = try await FixHarness.make()
    try await harness.cycle(
      check: "aws.ec2.ebs_encryption_by_default",
      resourceId: "arn:aws:ec2:\(region):\(FixHarness.account):region", type: "aws.region",
      region: region, calls: ["ec2:EnableEbsEncryptionByDefault (\(region)) "]
    ) { $0.properties["EbsEncryptionByDefault"] }
  }

  @Test func publicSnapshotIsMadePrivate() async throws {
    let harness = try await FixHarness.make()
    let volume = try await harness.ec2(
      "CreateVolume", ["AvailabilityZone": "us-east-1a", "Size": "1"])
    let volumeId = try #require(volume["VolumeId"]?.stringValue)
    let snapshot = try await harness.ec2("CreateSnapshot", ["VolumeId": volumeId])
    let snapshotId = try #require(snapshot["SnapshotId"]?.stringValue)
    _ = try await harness.ec2(
      "ModifySnapshotAttribute",
      [
        "SnapshotId": snapshotId, "Attribute": "createVolumePermission",
        "OperationType": "add", "UserGroup.1": "all",
      ])
    try await harness.cycle(
      check: "aws.ec2.snapshot_not_public",
      resourceId: "arn:aws:ec2:us-east-1::snapshot/\(snapshotId)",
      type: "aws.ec2.snapshot", region: "us-east-1",
      calls: [
        "ec2:ModifySnapshotAttribute (us-east-1) Attribute=createVolumePermission "
          + "OperationType=remove SnapshotId=\(snapshotId) UserGroup.1=all"
      ]
    ) { $0.properties["CreateVolumePermissions"] }
  }

  @Test func instanceIsMadeToRequireIMDSv2() async throws {
    let harness = try await FixHarness.make()
    let images = try await harness.ec2("DescribeImages", [:])
    let imageId = images["Images"]?.arrayValue?.first?["ImageId"]?.stringValue ?? "ami-12c6146b"
    let run = try await harness.ec2(
      "RunInstances",
      [
        "ImageId": imageId, "MinCount": "1", "MaxCount": "1", "InstanceType": "t3.micro",
        "MetadataOptions.HttpTokens": "optional",
      ])
    let instanceId = try #require(
      run["Instances"]?.arrayValue?.first?["InstanceId"]?.stringValue)
    try await harness.cycle(
      check: "aws.ec2.instance_imdsv2_required", resourceId: arn("instance", instanceId),
      type: "aws.ec2.instance", region: "us-east-1",
      calls: [
        "ec2:ModifyInstanceMetadataOptions (us-east-1) HttpTokens=required "
          + "InstanceId=\(instanceId)"
      ]
    ) { $0.properties["MetadataOptions"]?["HttpTokens"] }
  }

  @Test func flowLogsAreBlockedWithoutABucketAndCreatedWithOne() async throws {
    let blocked = try await FixHarness.make()
    let vpcId = try await vpc(blocked)
    let finding = try await blocked.finding(
      "aws.ec2.vpc_flow_logs_enabled", arn("vpc", vpcId), type: "aws.ec2.vpc",
      region: "us-east-1")
    let planned = await blocked.remediator.plan([finding])
    #expect(
      planned.first?.plan?.blocked
        == "a flow log needs a destination: pass --flow-logs-bucket BUCKET (name or ARN)")

    let bucket = MotoServer.uniqueName("fix-flow")
    _ = try await blocked.client.rest(
      .s3, region: "us-east-1", operation: "CreateBucket", method: "PUT", path: "/" + bucket,
      query: [:], headers: [:], body: nil)
    let harness = try await FixHarness.make(options: FixOptions(flowLogsBucket: bucket))
    let plan = try await harness.cycle(
      check: "aws.ec2.vpc_flow_logs_enabled", resourceId: arn("vpc", vpcId),
      type: "aws.ec2.vpc", region: "us-east-1",
      calls: [
        "ec2:CreateFlowLogs (us-east-1) LogDestination=arn:aws:s3:::\(bucket) "
          + "LogDestinationType=s3 ResourceId.1=\(vpcId) ResourceType=VPC TrafficType=ALL"
      ], undo: false
    ) { _ in nil }
    #expect(plan.undoUnavailable?.hasPrefix("undo would delete the new flow log") == true)
  }

  @Test func highRiskPortsRevokeBothFamiliesAndLeaveOtherPorts() async throws {
    let harness = try await FixHarness.make()
    let groupId = try await group(harness, vpcId: try await vpc(harness))
    _ = try await harness.ec2(
      "AuthorizeSecurityGroupIngress",
      [
        "GroupId": groupId, "IpPermissions.1.IpProtocol": "tcp",
        "IpPermissions.1.FromPort": "3306", "IpPermissions.1.ToPort": "3306",
        "IpPermissions.1.IpRanges.1.CidrIp": "0.0.0.0/0",
        "IpPermissions.1.Ipv6Ranges.1.CidrIpv6": "::/0",
        "IpPermissions.2.IpProtocol": "tcp", "IpPermissions.2.FromPort": "8080",
        "IpPermissions.2.ToPort": "8080", "IpPermissions.2.IpRanges.1.CidrIp": "0.0.0.0/0",
      ])
    try await harness.cycle(
      check: "aws.ec2.security_group_no_public_high_risk_ports",
      resourceId: arn("security-group", groupId), type: "aws.ec2.security_group",
      region: "us-east-1",
      calls: [
        "ec2:RevokeSecurityGroupIngress (us-east-1) GroupId=\(groupId) "
          + "IpPermissions.1.FromPort=3306 IpPermissions.1.IpProtocol=tcp "
          + "IpPermissions.1.IpRanges.1.CidrIp=0.0.0.0/0 "
          + "IpPermissions.1.Ipv6Ranges.1.CidrIpv6=::/0 IpPermissions.1.ToPort=3306"
      ]
    ) { resource in
      let ports = (resource.properties["IpPermissions"]?.arrayValue ?? []).compactMap {
        $0["FromPort"]?.stringValue
      }
      return .array(ports.sorted().map { .string($0) })
    }
    let remaining = try await harness.resource(
      arn("security-group", groupId), type: "aws.ec2.security_group", region: "us-east-1",
      fixer: "ec2.security_group_high_risk_ports")
    let ports = (remaining.properties["IpPermissions"]?.arrayValue ?? []).compactMap {
      $0["FromPort"]?.stringValue
    }
    #expect(ports.sorted() == ["3306", "8080"], "undo restored 3306; 8080 was never touched")
  }
}
