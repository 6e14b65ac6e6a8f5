import Foundation
import ParapetCore
import ParapetNotify

/// A small batch of new findings, named after what it shows: a critical public bucket and
/// a high open security group whose names hold characters chat formats reserve.
enum NotifyFixtures {
  static let account = "123456789012"
  static let scanId = "5f0c2a9e-1b7d-4c1e-9a53-2f6a8b9d0e11"

  static let scan = ScanMetadata(
    scanId: scanId, account: account, callerArn: "arn:aws:iam::123456789012:user/auditor",
    regions: ["eu-west-1"], services: ["ec2", "s3"],
    startedAt: Date(timeIntervalSince1970: 1_700_000_000),
    finishedAt: Date(timeIntervalSince1970: 1_700_000_042.7), parapetVersion: "0.1.0")

  static let openSSH = Finding(
    checkId: "aws.ec2.security_group_no_public_admin_ports_ipv4",
    checkTitle:
      "Security groups do not allow ingress from 0.0.0.0/0 to remote administration ports",
    resourceId: "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc",
    resourceType: "aws.ec2.security_group", resourceName: "web <prod>", account: account,
    region: "eu-west-1", status: .fail, severity: .high,
    message: "Security group web <prod> (sg-0abc) opens [22, 3389] to 0.0.0.0/0.",
    evidence: [Evidence(path: "IpPermissions[0].IpRanges[0].CidrIp", value: "0.0.0.0/0")],
    remediation: "Remove the rule.", compliance: ["cis-aws-3.0:5.2"])

  static let publicBucket = Finding(
    checkId: "aws.s3.bucket_no_public_read", checkTitle: "S3 buckets do not allow public read",
    resourceId: "arn:aws:s3:::logs-&-more", resourceType: "aws.s3.bucket",
    resourceName: "logs-&-more", account: account, region: "eu-west-1", status: .fail,
    severity: .critical, message: "Bucket logs-&-more grants READ to AllUsers.",
    evidence: [Evidence(path: "Acl.Grants[0].Grantee.URI", value: nil)],
    remediation: "Remove the grant.")

  /// The two findings, given lowest severity first: the batch must put the bucket first.
  static let batch = NotificationBatch(
    scan: scan, storeScanId: 7, threshold: .high, findings: [openSSH, publicBucket])

  /// `count` medium findings on distinct buckets, for list caps.
  static func many(_ count: Int) -> NotificationBatch {
    let findings = (0..<count).map { index in
      Finding(
        checkId: "aws.s3.bucket_versioning", checkTitle: "Versioning",
        resourceId: "arn:aws:s3:::bucket-\(1000 + index)", resourceType: "aws.s3.bucket",
        resourceName: "bucket-\(1000 + index)", account: account, region: "eu-west-1",
        status: .fail, severity: .medium, message: "Versioning is off.")
    }
    return NotificationBatch(scan: scan, storeScanId: 7, threshold: .medium, findings: findings)
  }
}
