import ParapetAWS
import ParapetCollectors
import ParapetCore

/// An EC2 query call on `resource`'s region, permission `ec2:OPERATION`.
func ec2Call(_ resource: Resource, _ operation: String, _ parameters: [String: String])
  -> FixCall
{
  FixCall(
    service: .ec2, region: resource.region, operation: operation,
    permission: "ec2:" + operation, request: .query(parameters))
}

/// Turns on EBS encryption by default in a region. Existing volumes are unchanged; new
/// ones are encrypted with the account's default EBS key. Undo turns it off again.
struct EBSEncryptionByDefaultFixer: Fixer {
  let id = "ec2.ebs_encryption_by_default"
  let checkIds = ["aws.ec2.ebs_encryption_by_default"]
  let resourceType = "aws.region"
  let title = "Turn on EBS encryption by default in the region"
  let permissions = ["ec2:EnableEbsEncryptionByDefault", "ec2:DisableEbsEncryptionByDefault"]
  let recollect = ["ec2"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let enabled = resource.properties["EbsEncryptionByDefault"]?.boolValue ?? false
    let before: JSONValue = ["EbsEncryptionByDefault": .bool(enabled)]
    guard !enabled else {
      return .alreadyFixed(id, checkIds, resource, "already on", state: before)
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Encrypt every new EBS volume in \(resource.region) by default",
      calls: [ec2Call(resource, "EnableEbsEncryptionByDefault", [:])], before: before,
      after: ["EbsEncryptionByDefault": true],
      undoCalls: [ec2Call(resource, "DisableEbsEncryptionByDefault", [:])])
  }
}

/// Removes the `all` group from a snapshot's create-volume permissions, so it is no longer
/// public. Permissions granted to named accounts stay. Undo makes it public again.
struct SnapshotPrivateFixer: Fixer {
  let id = "ec2.snapshot_private"
  let checkIds = ["aws.ec2.snapshot_not_public"]
  let resourceType = "aws.ec2.snapshot"
  let title = "Remove public create-volume permission from the EBS snapshot"
  let permissions = ["ec2:ModifySnapshotAttribute"]
  let recollect = ["ec2"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let groups = Shapes.list(resource.properties["CreateVolumePermissions"])
      .compactMap { $0["Group"]?.stringValue }
    guard groups.contains("all") else {
      return .alreadyFixed(id, checkIds, resource, "the snapshot is not public")
    }
    let snapshotId = resource.properties["SnapshotId"]?.stringValue ?? resource.name
    func call(_ change: String) -> FixCall {
      ec2Call(
        resource, "ModifySnapshotAttribute",
        [
          "SnapshotId": snapshotId, "Attribute": "createVolumePermission",
          "OperationType": change, "UserGroup.1": "all",
        ])
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Stop sharing snapshot \(snapshotId) with every AWS account",
      calls: [call("remove")], before: ["Public": true], after: ["Public": false],
      undoCalls: [call("add")])
  }
}

/// Removes the `all` group from an AMI's launch permissions, so it is no longer public.
/// Undo makes it public again.
struct ImagePrivateFixer: Fixer {
  let id = "ec2.image_private"
  let checkIds = ["aws.ec2.image_not_public"]
  let resourceType = "aws.ec2.image"
  let title = "Remove public launch permission from the AMI"
  let permissions = ["ec2:ModifyImageAttribute"]
  let recollect = ["ec2"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    guard resource.properties["Public"]?.boolValue == true else {
      return .alreadyFixed(id, checkIds, resource, "the image is not public")
    }
    let imageId = resource.properties["ImageId"]?.stringValue ?? resource.name
    func call(_ change: String) -> FixCall {
      ec2Call(
        resource, "ModifyImageAttribute",
        [
          "ImageId": imageId, "Attribute": "launchPermission", "OperationType": change,
          "UserGroup.1": "all",
        ])
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Stop sharing image \(imageId) with every AWS account",
      calls: [call("remove")], before: ["Public": true], after: ["Public": false],
      undoCalls: [call("add")])
  }
}

/// Requires IMDSv2 session tokens on an instance. Software that still calls IMDSv1 gets
/// 401 afterwards, so the plan says so. Undo restores the previous `HttpTokens` value.
struct InstanceIMDSv2Fixer: Fixer {
  let id = "ec2.instance_imdsv2_required"
  let checkIds = ["aws.ec2.instance_imdsv2_required"]
  let resourceType = "aws.ec2.instance"
  let title = "Require IMDSv2 tokens for the instance metadata service"
  let permissions = ["ec2:ModifyInstanceMetadataOptions"]
  let recollect = ["ec2"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let tokens = resource.properties["MetadataOptions"]?["HttpTokens"]?.stringValue ?? "optional"
    guard tokens != "required" else {
      return .alreadyFixed(
        id, checkIds, resource, "IMDSv2 is required", state: ["HttpTokens": "required"])
    }
    let instanceId = resource.properties["InstanceId"]?.stringValue ?? resource.name
    func call(_ value: String) -> FixCall {
      ec2Call(
        resource, "ModifyInstanceMetadataOptions",
        ["InstanceId": instanceId, "HttpTokens": value])
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Require IMDSv2 on \(instanceId); IMDSv1 callers on it will get HTTP 401",
      calls: [call("required")], before: ["HttpTokens": .string(tokens)],
      after: ["HttpTokens": "required"], undoCalls: [call(tokens)])
  }
}

/// Creates a flow log for a VPC delivering to the S3 bucket given with
/// `--flow-logs-bucket`; without it the plan is blocked, because a destination cannot be
/// guessed. Undo is not offered: it would delete the flow log, and its id is only known
/// after creation (it is in the audit entry's call answer in CloudTrail).
struct VPCFlowLogsFixer: Fixer {
  let id = "ec2.vpc_flow_logs"
  let checkIds = ["aws.ec2.vpc_flow_logs_enabled"]
  let resourceType = "aws.ec2.vpc"
  let title = "Create a VPC flow log delivering all traffic records to an S3 bucket"
  let permissions = ["ec2:CreateFlowLogs", "logs:CreateLogDelivery"]
  let recollect = ["ec2"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let active = Shapes.list(resource.properties["FlowLogs"]).contains {
      $0["FlowLogStatus"]?.stringValue == "ACTIVE"
    }
    guard !active else {
      return .alreadyFixed(id, checkIds, resource, "an active flow log exists")
    }
    guard let bucket = context.options.flowLogsBucket else {
      return .blocked(
        id, checkIds, resource,
        "a flow log needs a destination: pass --flow-logs-bucket BUCKET (name or ARN)")
    }
    let destination =
      bucket.hasPrefix("arn:") ? bucket : "arn:\(context.partition):s3:::\(bucket)"
    let vpcId = resource.properties["VpcId"]?.stringValue ?? resource.name
    let call = FixCall(
      service: .ec2, region: resource.region, operation: "CreateFlowLogs",
      permission: "ec2:CreateFlowLogs",
      request: .query([
        "ResourceId.1": vpcId, "ResourceType": "VPC", "TrafficType": "ALL",
        "LogDestinationType": "s3", "LogDestination": destination,
      ]))
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Record all traffic of \(vpcId) to \(destination)", calls: [call],
      before: ["FlowLogs": []], after: ["LogDestination": .string(destination)],
      undoUnavailable: "undo would delete the new flow log; remove it with "
        + "'aws ec2 delete-flow-logs' if it is not wanted")
  }
}
