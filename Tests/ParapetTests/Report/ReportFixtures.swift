import Foundation
import ParapetCore
import ParapetReport

/// A small scan shared by the report tests: two buckets and a user, three failing checks,
/// one pass, one muted, one not evaluated, and two failed collection calls.
enum ReportFixtures {
  static let account = "123456789012"

  /// 2024-05-01T12:30:05Z, 12.5 s long.
  static let metadata = ScanMetadata(
    scanId: "5f0c2a52-7d1e-4c43-9a55-0b4f3b1e9d11", account: account,
    callerArn: "arn:aws:iam::123456789012:user/auditor",
    regions: ["eu-west-1", "us-east-1"], services: ["iam", "s3"],
    startedAt: Date(timeIntervalSince1970: 1_714_566_605),
    finishedAt: Date(timeIntervalSince1970: 1_714_566_617.5), parapetVersion: "0.1.0",
    apiCalls: [
      "s3": ServiceCallStats(calls: 14, retries: 2), "iam": ServiceCallStats(calls: 3),
    ],
    cpuSeconds: 0.8125)

  static let logs = Resource(
    id: "arn:aws:s3:::logs", type: "aws.s3.bucket", account: account, region: "us-east-1",
    name: "logs", tags: ["team": "ops"],
    properties: ["Name": "logs", "Versioning": ["Status": "Enabled"], "Policy": nil])

  static let site = Resource(
    id: "arn:aws:s3:::site", type: "aws.s3.bucket", account: account, region: "eu-west-1",
    name: "site")

  static let auditor = Resource(
    id: "arn:aws:iam::123456789012:user/auditor", type: "aws.iam.user", account: account,
    region: "global", name: "auditor")

  static let deniedPolicy = CollectionFailure(
    service: "s3", region: "us-east-1", operation: "GetBucketPolicy",
    resourceTypes: ["aws.s3.bucket"], resourceId: "arn:aws:s3:::site", property: "Policy",
    kind: .accessDenied, permission: "s3:GetBucketPolicy", message: "Access Denied")

  static let throttledUsers = CollectionFailure(
    service: "iam", region: "global", operation: "ListMFADevices",
    resourceTypes: ["aws.iam.user"], kind: .throttled, permission: "iam:ListMFADevices",
    message: "Rate exceeded")

  static let inventory = Inventory(
    account: account, regions: ["eu-west-1", "us-east-1"], resources: [logs, site, auditor],
    failures: [deniedPolicy, deniedPolicy, throttledUsers])

  static func finding(
    _ checkId: String, _ title: String, _ resource: Resource, _ status: Finding.Status,
    _ severity: Severity, message: String = "", compliance: [String] = []
  ) -> Finding {
    Finding(
      checkId: checkId, checkTitle: title, resourceId: resource.id,
      resourceType: resource.type, resourceName: resource.name, account: account,
      region: resource.region, status: status, severity: severity, message: message,
      compliance: compliance)
  }

  static let publicBucket = Finding(
    checkId: "aws.s3.bucket_public_access_block", checkTitle: "S3 bucket blocks public access",
    resourceId: site.id, resourceType: site.type, resourceName: site.name, account: account,
    region: site.region, status: .fail, severity: .critical,
    message: "BlockPublicAcls is false, so \"public\" ACLs apply",
    evidence: [
      Evidence(path: "PublicAccessBlock.BlockPublicAcls", value: false),
      Evidence(path: "Policy", value: nil),
    ],
    remediation: "=Enable all four Block Public Access settings",
    compliance: ["cis-aws-3.0:2.1.4", "nist-800-53:AC-3"])

  static let findings: [Finding] = [
    publicBucket,
    finding(
      "aws.s3.bucket_versioning", "S3 bucket has versioning enabled", site, .fail, .medium),
    finding("aws.s3.bucket_versioning", "S3 bucket has versioning enabled", logs, .pass, .medium),
    finding(
      "aws.iam.user_mfa_enabled",
      "IAM user with a console password has MFA enabled on every sign-in path", auditor,
      .notEvaluated, .high),
    finding("aws.s3.bucket_logging", "S3 bucket has server access logging", site, .muted, .low),
    finding("aws.s3.bucket_logging", "S3 bucket has server access logging", logs, .fail, .low),
  ]

  /// A fresh empty directory under the system temporary directory.
  static func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "parapet-report-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}

/// Collects what a `ProgressReporter` writes.
final class RecordingProgressSink: ProgressSink, @unchecked Sendable {
  private let lock = NSLock()
  private var chunks: [String] = []

  func write(_ text: String) {
    lock.withLock { chunks.append(text) }
  }

  var written: [String] { lock.withLock { chunks } }
}
