import Foundation
import ParapetCore

@testable import ParapetCLI

/// Findings and scans built in code for the watch tests, named after what they show.
enum WatchFixtures {
  static let account = "123456789012"

  /// A finding of `check` on the bucket `bucket`.
  static func finding(
    _ check: String, on bucket: String, _ status: Finding.Status, _ severity: Severity = .high
  ) -> Finding {
    Finding(
      checkId: check, checkTitle: "Title of \(check)", resourceId: "arn:aws:s3:::\(bucket)",
      resourceType: "aws.s3.bucket", resourceName: bucket, account: account,
      region: "eu-west-1", status: status, severity: severity,
      message: "\(check) on \(bucket) is \(status.rawValue)")
  }

  /// A finished scan holding `findings`, numbered `number` so its times differ.
  static func scan(_ number: Int, _ findings: [Finding]) -> ScannedAccount {
    let started = Date(timeIntervalSince1970: 1_700_000_000 + Double(number) * 60)
    let metadata = ScanMetadata(
      scanId: "scan-\(number)", account: account, callerArn: "arn:aws:iam::\(account):user/a",
      regions: ["eu-west-1"], services: ["s3"], startedAt: started,
      finishedAt: started.addingTimeInterval(5), parapetVersion: "test")
    let buckets = Set(findings.map(\.resourceName)).sorted().map { name in
      Resource(
        id: "arn:aws:s3:::\(name)", type: "aws.s3.bucket", account: account, region: "eu-west-1",
        name: name)
    }
    return ScannedAccount(
      metadata: metadata,
      inventory: Inventory(account: account, regions: ["eu-west-1"], resources: buckets),
      findings: findings)
  }
}
