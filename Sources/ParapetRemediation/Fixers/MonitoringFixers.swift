import ParapetAWS
import ParapetCollectors
import ParapetCore

/// Gets AWS Config recording in a region. An existing recorder is set to record all
/// supported types (if it did not) and started; undo restores its recording group and
/// stops it. With no recorder, one is created only when `--config-role-arn` and
/// `--config-bucket` are given (a recorder needs a role and a delivery bucket); otherwise
/// the plan is blocked and says so. A created recorder is stopped, not deleted, on undo.
struct ConfigRecorderFixer: Fixer {
  let id = "config.recorder_enabled"
  let checkIds = ["aws.config.recorder_enabled_in_region"]
  let resourceType = "aws.region"
  let title = "Start (or create and start) the AWS Config recorder"
  let permissions = [
    "config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus",
    "config:PutConfigurationRecorder", "config:PutDeliveryChannel",
    "config:StartConfigurationRecorder", "config:StopConfigurationRecorder", "iam:PassRole",
  ]
  let recollect = ["config"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let region = resource.region
    let client = context.client
    let recorders = Shapes.list(
      try await client.json(
        .config, region: region, action: "DescribeConfigurationRecorders", body: [:]
      )["ConfigurationRecorders"])
    func call(_ operation: String, _ body: JSONValue) -> FixCall {
      FixCall(
        service: .config, region: region, operation: operation,
        permission: "config:" + operation, request: .json(body))
    }

    guard let recorder = recorders.first, let name = recorder["name"]?.stringValue else {
      guard let role = context.options.configRoleArn, let bucket = context.options.configBucket
      else {
        return .blocked(
          id, checkIds, resource,
          "\(region) has no Config recorder; creating one needs --config-role-arn ROLE and "
            + "--config-bucket BUCKET")
      }
      let created: JSONValue = [
        "name": "default", "roleARN": .string(role),
        "recordingGroup": ["allSupported": true, "includeGlobalResourceTypes": true],
      ]
      return FixPlan(
        fixer: id, checkIds: checkIds, resource: resource,
        summary: "Create recorder 'default' delivering to \(bucket) and start it",
        calls: [
          call("PutConfigurationRecorder", ["ConfigurationRecorder": created]),
          call(
            "PutDeliveryChannel",
            ["DeliveryChannel": ["name": "default", "s3BucketName": .string(bucket)]]),
          call("StartConfigurationRecorder", ["ConfigurationRecorderName": "default"]),
        ], before: ["Recorder": nil], after: ["Recorder": created, "Recording": true],
        undoCalls: [call("StopConfigurationRecorder", ["ConfigurationRecorderName": "default"])])
    }

    let statuses = Shapes.list(
      try await client.json(
        .config, region: region, action: "DescribeConfigurationRecorderStatus", body: [:]
      )["ConfigurationRecordersStatus"])
    let recording =
      statuses.first { $0["name"]?.stringValue == name }?["recording"]?.boolValue ?? false
    let allSupported = recorder["recordingGroup"]?["allSupported"]?.boolValue ?? false
    let before: JSONValue = ["Recorder": recorder, "Recording": .bool(recording)]
    guard !(recording && allSupported) else {
      return .alreadyFixed(id, checkIds, resource, "recorder \(name) records all", state: before)
    }
    var calls: [FixCall] = []
    var undo: [FixCall] = []
    var widened = recorder
    if !allSupported {
      let group = (recorder["recordingGroup"] ?? [:]).setting("allSupported", to: true)
      widened = recorder.setting("recordingGroup", to: group)
      calls.append(call("PutConfigurationRecorder", ["ConfigurationRecorder": widened]))
      undo.append(call("PutConfigurationRecorder", ["ConfigurationRecorder": recorder]))
    }
    if !recording {
      calls.append(call("StartConfigurationRecorder", ["ConfigurationRecorderName": .string(name)]))
      undo.insert(
        call("StopConfigurationRecorder", ["ConfigurationRecorderName": .string(name)]), at: 0)
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Record all supported resource types with recorder \(name)", calls: calls,
      before: before, after: ["Recorder": widened, "Recording": true], undoCalls: undo)
  }
}

/// A CloudWatch Logs call on a log group.
private func logsCall(_ group: Resource, _ operation: String, _ body: JSONValue) -> FixCall {
  FixCall(
    service: .logs, region: group.region, operation: operation,
    permission: "logs:" + operation, request: .json(body))
}

/// Raises a log group's retention to `--log-retention-days` (default 365). Only groups
/// that keep events for less are changed; a group that never expires events is left
/// alone, because setting any retention on it would delete its older events. Raising
/// retention deletes nothing. Undo puts the previous retention back (which lets events
/// older than it expire again).
struct LogGroupRetentionFixer: Fixer {
  let id = "logs.log_group_retention"
  let checkIds = ["aws.logs.log_group_retention_365_days"]
  let resourceType = "aws.logs.log_group"
  let title = "Raise the log group's retention to the configured minimum (default 365 days)"
  let permissions = ["logs:PutRetentionPolicy"]
  let recollect = ["logs"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let days = context.options.logRetentionDays
    guard let current = resource.properties["retentionInDays"]?.intValue, current < days else {
      return .alreadyFixed(
        id, checkIds, resource, "retention is at least \(days) days or never expires")
    }
    let name = resource.properties["logGroupName"]?.stringValue ?? resource.name
    func call(_ value: Int) -> FixCall {
      logsCall(
        resource, "PutRetentionPolicy",
        ["logGroupName": .string(name), "retentionInDays": .number(Double(value))])
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Keep events of \(name) for \(days) days instead of \(current)",
      calls: [call(days)], before: ["retentionInDays": .number(Double(current))],
      after: ["retentionInDays": .number(Double(days))], undoCalls: [call(current)])
  }
}

/// Encrypts a log group with the KMS key given by `--logs-kms-key`; blocked without one.
/// The key policy must let CloudWatch Logs use the key. Undo disassociates the key (events
/// written meanwhile stay readable while the key exists).
struct LogGroupEncryptionFixer: Fixer {
  let id = "logs.log_group_kms_encryption"
  let checkIds = ["aws.logs.log_group_kms_encryption"]
  let resourceType = "aws.logs.log_group"
  let title = "Encrypt the log group with a customer-managed KMS key"
  let permissions = ["logs:AssociateKmsKey", "logs:DisassociateKmsKey"]
  let recollect = ["logs"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    guard resource.properties["kmsKeyId"]?.stringValue == nil else {
      return .alreadyFixed(id, checkIds, resource, "the group is encrypted with a KMS key")
    }
    guard let key = context.options.logsKMSKey else {
      return .blocked(
        id, checkIds, resource, "encrypting a log group needs a key: pass --logs-kms-key ARN")
    }
    let name = resource.properties["logGroupName"]?.stringValue ?? resource.name
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Encrypt new events of \(name) with \(key)",
      calls: [
        logsCall(
          resource, "AssociateKmsKey", ["logGroupName": .string(name), "kmsKeyId": .string(key)])
      ], before: ["kmsKeyId": nil], after: ["kmsKeyId": .string(key)],
      undoCalls: [logsCall(resource, "DisassociateKmsKey", ["logGroupName": .string(name)])])
  }
}
