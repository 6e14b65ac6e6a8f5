import ParapetAWS
import ParapetCore

/// Turns on all four Block Public Access settings of one bucket. Undo restores the
/// previous settings, or removes the configuration when there was none.
struct BucketPublicAccessBlockFixer: Fixer {
  let id = "s3.bucket_public_access_block"
  let checkIds = ["aws.s3.bucket_public_access_block"]
  let resourceType = "aws.s3.bucket"
  let title = "Turn on all four Block Public Access settings of the bucket"
  let permissions = ["s3:PutBucketPublicAccessBlock"]
  let recollect = ["s3"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let current = resource.properties["PublicAccessBlock"]
    let before = PublicAccessBlock.json(current)
    guard !PublicAccessBlock.allOn(current) else {
      return .alreadyFixed(id, checkIds, resource, "all four settings are on", state: before)
    }
    let put = S3Calls.put(
      resource, "publicAccessBlock", operation: "PutPublicAccessBlock",
      permission: permissions[0],
      body: S3Calls.publicAccessBlockXML(PublicAccessBlock.settings(PublicAccessBlock.allOnJSON)))
    let undo: FixCall
    if before.isNull {
      undo = S3Calls.delete(
        resource, "publicAccessBlock", operation: "DeletePublicAccessBlock",
        permission: permissions[0])
    } else {
      undo = S3Calls.put(
        resource, "publicAccessBlock", operation: "PutPublicAccessBlock",
        permission: permissions[0],
        body: S3Calls.publicAccessBlockXML(PublicAccessBlock.settings(current)))
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Block public ACLs and policies on bucket \(resource.name)", calls: [put],
      before: before, after: PublicAccessBlock.allOnJSON, undoCalls: [undo])
  }
}

/// Turns on the account-wide S3 Block Public Access settings. Undo restores the previous
/// settings, or removes the configuration when there was none.
struct AccountPublicAccessBlockFixer: Fixer {
  let id = "s3.account_public_access_block"
  let checkIds = ["aws.s3.account_public_access_block"]
  let resourceType = "aws.account"
  let title = "Turn on all four account-level S3 Block Public Access settings"
  let permissions = ["s3:PutAccountPublicAccessBlock"]
  let recollect = ["s3"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let current = resource.properties["S3PublicAccessBlock"]
    let before = PublicAccessBlock.json(current)
    guard !PublicAccessBlock.allOn(current) else {
      return .alreadyFixed(id, checkIds, resource, "all four settings are on", state: before)
    }
    func call(_ method: String, _ operation: String, _ body: String?) -> FixCall {
      FixCall(
        service: .s3control, region: context.homeRegion, operation: operation,
        permission: permissions[0],
        request: .rest(
          method: method, path: "/v20180820/configuration/publicAccessBlock", query: [:],
          headers: ["x-amz-account-id": context.account], body: body))
    }
    let allOn = S3Calls.publicAccessBlockXML(
      PublicAccessBlock.settings(PublicAccessBlock.allOnJSON))
    let undo =
      before.isNull
      ? call("DELETE", "DeletePublicAccessBlock", nil)
      : call(
        "PUT", "PutPublicAccessBlock",
        S3Calls.publicAccessBlockXML(PublicAccessBlock.settings(current)))
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Block public ACLs and policies on every bucket of account \(context.account)",
      calls: [call("PUT", "PutPublicAccessBlock", allOn)], before: before,
      after: PublicAccessBlock.allOnJSON, undoCalls: [undo])
  }
}

/// Sets SSE-S3 (AES256) default encryption on a bucket that has none. A bucket that
/// already has a rule is left alone, whatever the rule says.
struct BucketEncryptionFixer: Fixer {
  let id = "s3.bucket_default_encryption"
  let checkIds = ["aws.s3.bucket_default_encryption"]
  let resourceType = "aws.s3.bucket"
  let title = "Set SSE-S3 default encryption on the bucket"
  let permissions = ["s3:PutEncryptionConfiguration"]
  let recollect = ["s3"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let before = resource.properties["Encryption"] ?? .null
    guard (before["Rules"]?.arrayValue ?? []).isEmpty else {
      return .alreadyFixed(id, checkIds, resource, "default encryption is set", state: before)
    }
    let body =
      "<ServerSideEncryptionConfiguration xmlns=\"\(S3Calls.namespace)\"><Rule>"
      + "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256</SSEAlgorithm>"
      + "</ApplyServerSideEncryptionByDefault></Rule></ServerSideEncryptionConfiguration>"
    let after: JSONValue = [
      "Rules": [["ApplyServerSideEncryptionByDefault": ["SSEAlgorithm": "AES256"]]]
    ]
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Encrypt new objects in bucket \(resource.name) with SSE-S3 by default",
      calls: [
        S3Calls.put(
          resource, "encryption", operation: "PutBucketEncryption",
          permission: permissions[0], body: body)
      ], before: before, after: after,
      undoCalls: [
        S3Calls.delete(
          resource, "encryption", operation: "DeleteBucketEncryption",
          permission: permissions[0])
      ])
  }
}

/// Enables versioning on a bucket. Undo suspends it: S3 cannot return a bucket to
/// "never versioned", and suspending keeps every version already written.
struct BucketVersioningFixer: Fixer {
  let id = "s3.bucket_versioning"
  let checkIds = ["aws.s3.bucket_versioning_enabled"]
  let resourceType = "aws.s3.bucket"
  let title = "Enable versioning on the bucket"
  let permissions = ["s3:PutBucketVersioning"]
  let recollect = ["s3"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let status = resource.properties["Versioning"]?["Status"]?.stringValue
    let before: JSONValue = ["Status": status.map { .string($0) } ?? .null]
    guard status != "Enabled" else {
      return .alreadyFixed(id, checkIds, resource, "versioning is enabled", state: before)
    }
    func call(_ value: String) -> FixCall {
      S3Calls.put(
        resource, "versioning", operation: "PutBucketVersioning", permission: permissions[0],
        body: "<VersioningConfiguration xmlns=\"\(S3Calls.namespace)\"><Status>\(value)"
          + "</Status></VersioningConfiguration>")
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Keep every version of objects in bucket \(resource.name)",
      calls: [call("Enabled")], before: before, after: ["Status": "Enabled"],
      undoCalls: [call("Suspended")])
  }
}
