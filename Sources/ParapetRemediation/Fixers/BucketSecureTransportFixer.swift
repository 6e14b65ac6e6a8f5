import ParapetAWS
import ParapetCore

/// Adds a statement denying requests over plain HTTP to a bucket's policy. The statement
/// is merged into the existing policy, never replacing it: every existing statement is kept
/// as it is and one Deny statement (Sid `ParapetDenyInsecureTransport`) is appended. A
/// policy that already denies insecure transport, or holds that Sid, is left alone. Undo
/// puts the previous policy back, or deletes the policy when there was none before.
struct BucketSecureTransportFixer: Fixer {
  let id = "s3.bucket_secure_transport"
  let checkIds = ["aws.s3.bucket_secure_transport_required"]
  let resourceType = "aws.s3.bucket"
  let title = "Append a Deny statement for requests without TLS to the bucket policy"
  let permissions = ["s3:PutBucketPolicy", "s3:DeleteBucketPolicy"]
  let recollect = ["s3"]

  /// Sid of the appended statement, so a second run recognises it.
  static let sid = "ParapetDenyInsecureTransport"

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    guard let policy = resource.properties["Policy"] else {
      return .blocked(
        id, checkIds, resource,
        "the bucket policy of \(resource.name) was not read in the scan; rescan with "
          + "s3:GetBucketPolicy allowed")
    }
    let statements = policy.isNull ? [] : (policy["Statement"]?.arrayValue ?? [])
    guard !statements.contains(where: Self.deniesInsecureTransport) else {
      return .alreadyFixed(
        id, checkIds, resource, "the policy already denies requests without TLS", state: policy)
    }

    let arn = "arn:\(context.partition):s3:::\(resource.name)"
    let statement: JSONValue = [
      "Sid": .string(Self.sid), "Effect": "Deny", "Principal": "*", "Action": "s3:*",
      "Resource": [.string(arn), .string(arn + "/*")],
      "Condition": ["Bool": ["aws:SecureTransport": "false"]],
    ]
    let base: JSONValue = policy.isNull ? ["Version": "2012-10-17"] : policy
    let merged = base.setting("Statement", to: .array(statements + [statement]))
    let put = S3Calls.put(
      resource, "policy", operation: "PutBucketPolicy", permission: "s3:PutBucketPolicy",
      body: JSONWriter().string(merged), contentType: "application/json")
    let undo =
      policy.isNull
      ? S3Calls.delete(
        resource, "policy", operation: "DeleteBucketPolicy", permission: "s3:DeleteBucketPolicy")
      : S3Calls.put(
        resource, "policy", operation: "PutBucketPolicy", permission: "s3:PutBucketPolicy",
        body: JSONWriter().string(policy), contentType: "application/json")
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Append statement \(Self.sid) to the policy of bucket \(resource.name), keeping "
        + "its \(statements.count) existing statement(s)",
      calls: [put], before: policy, after: merged, undoCalls: [undo])
  }

  /// True for our own statement, or any Deny conditioned on aws:SecureTransport false.
  static func deniesInsecureTransport(_ statement: JSONValue) -> Bool {
    if statement["Sid"]?.stringValue == sid { return true }
    guard statement["Effect"]?.stringValue == "Deny",
      let bool = statement["Condition"]?["Bool"]?.objectValue
    else { return false }
    let value = bool.first { $0.key.lowercased() == "aws:securetransport" }?.value
    return (value?.arrayValue ?? []).contains { $0.boolValue == false }
  }
}
