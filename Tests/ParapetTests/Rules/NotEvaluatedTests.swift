import ParapetCore
import Testing

@testable import ParapetRules

@Suite struct NotEvaluatedTests {
  static let policyFailure = CollectionFailure(
    service: "s3", region: "us-east-1", operation: "GetBucketPolicy",
    resourceTypes: ["aws.s3.bucket"], resourceId: "arn:aws.s3.bucket:r1", property: "Policy",
    kind: .accessDenied, permission: "s3:GetBucketPolicy", message: "Access Denied")

  @Test func absentKeyWithFailureIsNotEvaluated() {
    let bucket = RuleTestSupport.resource("aws.s3.bucket", ["Name": "r1"])
    let findings = RuleTestSupport.findings(
      "aws.s3.bucket_policy_not_public", [bucket], failures: [Self.policyFailure])
    #expect(findings.map(\.status) == [.notEvaluated])
    #expect(
      findings.first?.message == "Not evaluated: GetBucketPolicy failed in us-east-1 "
        + "(access_denied: Access Denied); grant s3:GetBucketPolicy and rescan, so Policy is "
        + "unknown.")
  }

  @Test func nullKeyIsData() {
    let bucket = RuleTestSupport.resource("aws.s3.bucket", ["Name": "r1", "Policy": nil])
    let findings = RuleTestSupport.findings(
      "aws.s3.bucket_policy_not_public", [bucket], failures: [Self.policyFailure])
    #expect(findings.map(\.status) == [.pass])
  }

  @Test func failedListCallGivesOneFindingPerRegion() {
    let failures = ["us-east-1", "eu-west-1"].map { region in
      CollectionFailure(
        service: "ec2", region: region, operation: "DescribeVolumes",
        resourceTypes: ["aws.ec2.volume"], kind: .accessDenied,
        permission: "ec2:DescribeVolumes", message: "UnauthorizedOperation")
    }
    let findings = RuleTestSupport.findings("aws.ec2.volume_encrypted", [], failures: failures)
    #expect(findings.map(\.resourceId) == ["aws.ec2.volume/*", "aws.ec2.volume/*"])
    #expect(findings.map(\.region) == ["eu-west-1", "us-east-1"])
    #expect(findings.map(\.status) == [.notEvaluated, .notEvaluated])
    #expect(
      findings.last?.message == "Not evaluated: DescribeVolumes failed in us-east-1 "
        + "(access_denied: UnauthorizedOperation); grant ec2:DescribeVolumes and rescan, so no "
        + "aws.ec2.volume in us-east-1 could be listed.")
  }

  @Test func failedRelatedListIsNotEvaluated() {
    let failure = CollectionFailure(
      service: "cloudtrail", region: "eu-west-1",
      operation: "DescribeTrails", resourceTypes: ["aws.cloudtrail.trail"], kind: .accessDenied,
      permission: "cloudtrail:DescribeTrails", message: "denied")
    let account = RuleTestSupport.resource("aws.account", [:])
    let findings = RuleTestSupport.findings(
      "aws.cloudtrail.multi_region_trail_logging", [account], failures: [failure])
    #expect(findings.filter { $0.resourceType == "aws.account" }.map(\.status) == [.notEvaluated])
  }

  /// A trail whose bucket was deleted passed "has access logging" and "is not public":
  /// an empty join judged nothing and passed.
  @Test(arguments: [
    "aws.cloudtrail.trail_bucket_access_logging", "aws.cloudtrail.trail_bucket_not_public",
  ])
  func trailBucketMissingFromTheInventoryIsNotEvaluated(check: String) {
    let trail = RuleTestSupport.resource(
      "aws.cloudtrail.trail", ["Name": "t", "S3BucketName": "deleted-bucket"])
    let kept = RuleTestSupport.resource(
      "aws.s3.bucket", ["Name": "other", "Policy": nil, "Logging": nil], name: "other")

    let findings = RuleTestSupport.findings(check, [trail, kept])

    #expect(findings.map(\.status) == [.notEvaluated])
    #expect(findings.first?.message.contains("the trail's bucket is not in the inventory") == true)
  }

  @Test func appliesWhenExcludesWithoutFinding() {
    let key = RuleTestSupport.resource(
      "aws.kms.key",
      [
        "KeyManager": "AWS",
        "KeySpec": "SYMMETRIC_DEFAULT", "KeyState": "Enabled", "KeyRotationEnabled": nil,
      ])
    #expect(RuleTestSupport.findings("aws.kms.key_rotation_enabled", [key]).isEmpty)
  }
}
