import ParapetAWS
import ParapetCollectors
import ParapetCore

/// Enables yearly automatic rotation of a customer-managed symmetric KMS key. Old key
/// material is kept, so nothing encrypted becomes unreadable. Undo disables rotation.
struct KMSKeyRotationFixer: Fixer {
  let id = "kms.key_rotation"
  let checkIds = ["aws.kms.key_rotation_enabled"]
  let resourceType = "aws.kms.key"
  let title = "Enable automatic rotation of the KMS key"
  let permissions = ["kms:EnableKeyRotation", "kms:DisableKeyRotation"]
  let recollect = ["kms"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    guard resource.properties["KeyRotationEnabled"]?.boolValue == false else {
      return .alreadyFixed(
        id, checkIds, resource, "rotation is on or does not apply to this key")
    }
    let keyId = resource.properties["KeyId"]?.stringValue ?? resource.id
    func call(_ operation: String) -> FixCall {
      FixCall(
        service: .kms, region: resource.region, operation: operation,
        permission: "kms:" + operation, request: .json(["KeyId": .string(keyId)]))
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Rotate key \(keyId) yearly; old material stays for decryption",
      calls: [call("EnableKeyRotation")], before: ["KeyRotationEnabled": false],
      after: ["KeyRotationEnabled": true], undoCalls: [call("DisableKeyRotation")])
  }
}

/// Turns off public accessibility of an RDS instance (applied immediately). Its DNS name
/// then resolves to the private address only. Undo makes it public again.
struct RDSInstancePrivateFixer: Fixer {
  let id = "rds.instance_private"
  let checkIds = ["aws.rds.instance_not_public"]
  let resourceType = "aws.rds.instance"
  let title = "Turn off public accessibility of the RDS instance"
  let permissions = ["rds:ModifyDBInstance"]
  let recollect = ["rds"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    guard resource.properties["PubliclyAccessible"]?.boolValue == true else {
      return .alreadyFixed(id, checkIds, resource, "the instance is not publicly accessible")
    }
    let name = resource.properties["DBInstanceIdentifier"]?.stringValue ?? resource.name
    func call(_ value: String) -> FixCall {
      FixCall(
        service: .rds, region: resource.region, operation: "ModifyDBInstance",
        permission: "rds:ModifyDBInstance",
        request: .query([
          "DBInstanceIdentifier": name, "PubliclyAccessible": value, "ApplyImmediately": "true",
        ]))
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Make DB instance \(name) reachable only from inside its VPC",
      calls: [call("false")], before: ["PubliclyAccessible": true],
      after: ["PubliclyAccessible": false], undoCalls: [call("true")])
  }
}

/// Removes `all` from a manual DB snapshot's `restore` attribute, so no other account can
/// restore it unless named. Accounts named explicitly stay. Undo adds `all` back.
struct RDSSnapshotPrivateFixer: Fixer {
  let id = "rds.snapshot_private"
  let checkIds = ["aws.rds.snapshot_not_public"]
  let resourceType = "aws.rds.snapshot"
  let title = "Stop sharing the DB snapshot with every AWS account"
  let permissions = ["rds:ModifyDBSnapshotAttribute"]
  let recollect = ["rds"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let restore = Shapes.list(resource.properties["Attributes"]?["restore"])
      .compactMap(\.stringValue)
    guard restore.contains("all") else {
      return .alreadyFixed(id, checkIds, resource, "the snapshot is not public")
    }
    let name = resource.properties["DBSnapshotIdentifier"]?.stringValue ?? resource.name
    func call(_ change: String) -> FixCall {
      FixCall(
        service: .rds, region: resource.region, operation: "ModifyDBSnapshotAttribute",
        permission: "rds:ModifyDBSnapshotAttribute",
        request: .query([
          "DBSnapshotIdentifier": name, "AttributeName": "restore",
          "\(change).AttributeValue.1": "all",
        ]))
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Stop sharing DB snapshot \(name) with every AWS account",
      calls: [call("ValuesToRemove")], before: ["restore": .array(restore.map { .string($0) })],
      after: ["restore": .array(restore.filter { $0 != "all" }.map { .string($0) })],
      undoCalls: [call("ValuesToAdd")])
  }
}
