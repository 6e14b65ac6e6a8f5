import Foundation
import ParapetCore
import ParapetReport

/// Findings that stress the formats beside the shared report fixtures: a global IAM
/// resource, markup and control characters in a message, and overlong text.
enum FormatFixtures {
  static let metadata = ReportFixtures.metadata

  static let hostile = Finding(
    checkId: "aws.iam.user_console_mfa_enabled",
    checkTitle: String(repeating: "T", count: 300),
    resourceId: "arn:aws:iam::123456789012:user/a<b>&\"c'", resourceType: "aws.iam.user",
    resourceName: "a<b>&\"c'", account: ReportFixtures.account, region: "global",
    status: .fail, severity: .high,
    message: "line one\nline two | <script> & \u{1}" + String(repeating: "m", count: 1100),
    evidence: [Evidence(path: "MFADevices", value: .array([]))],
    compliance: (1...40).map { "cis-aws-3.0:1.\($0)" })

  static let findings = ReportFixtures.findings + [hostile]

  static let checks: [String: CheckInfo] = [
    "aws.s3.bucket_public_access_block": CheckInfo(
      id: "aws.s3.bucket_public_access_block", title: "S3 bucket blocks public access",
      severity: .critical, description: "Passes when all four settings are on.",
      risk: "Public data.",
      remediation: CheckInfo.Remediation(
        text: "Turn on Block Public Access.",
        cli: "aws s3api put-public-access-block --bucket B",
        terraform: "resource \"aws_s3_bucket_public_access_block\" \"b\" {}"),
      references: [
        "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"
      ],
      compliance: ["cis-aws-3.0": ["2.1.4"]], categories: ["internet-exposed"])
  ]
}
