import Foundation
import ParapetAWS
import ParapetCore
import Testing

/// A scan with credentials that may not read bucket policies, against a moto that enforces
/// IAM: the denied call is listed with its permission, the checks that needed it are not
/// evaluated, and the checks whose data was readable are still judged.
@Suite struct AccessDeniedScanTests {
  static let bucket = "parapet-denied-policy-bucket"

  /// Sets up the restricted auditor with the five requests moto allows before it starts
  /// enforcing IAM, then scans S3 with the auditor's keys.
  static func scanAsAuditor() async throws -> (ParapetProcess.Outcome, JSONValue, JSONValue) {
    let endpoint = try await MotoServer.enforcingIAM.endpoint()
    let admin = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint))
    let policy: JSONValue = [
      "Version": "2012-10-17",
      "Statement": [
        ["Effect": "Allow", "Action": ["s3:*", "sts:GetCallerIdentity"], "Resource": "*"],
        ["Effect": "Deny", "Action": "s3:GetBucketPolicy", "Resource": "*"],
      ],
    ]

    _ = try await admin.query(
      .iam, region: "us-east-1", action: "CreateUser", parameters: ["UserName": "auditor"])
    _ = try await admin.query(
      .iam, region: "us-east-1", action: "PutUserPolicy",
      parameters: [
        "UserName": "auditor", "PolicyName": "no-bucket-policies",
        "PolicyDocument": JSONWriter().string(policy),
      ])
    let key = try await admin.query(
      .iam, region: "us-east-1", action: "CreateAccessKey", parameters: ["UserName": "auditor"])
    _ = try await admin.rest(
      .s3, region: "us-east-1", operation: "CreateBucket", method: "PUT", path: "/\(bucket)",
      query: [:], headers: [:], body: nil)
    let publicRead =
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","#
      + #""Action":"s3:GetObject","Resource":"arn:aws:s3:::\#(bucket)/*"}]}"#
    _ = try await admin.rest(
      .s3, region: "us-east-1", operation: "PutBucketPolicy", method: "PUT",
      path: "/\(bucket)", query: ["policy": ""], headers: [:], body: Data(publicRead.utf8))

    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-denied"))
    let outcome = try await ParapetProcess.run(
      [
        "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region", "us-east-1",
        "--service", "s3", "--output-dir", output.path,
      ],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": key.value(at: "AccessKey.AccessKeyId")?.stringValue ?? "",
        "AWS_SECRET_ACCESS_KEY": key.value(at: "AccessKey.SecretAccessKey")?.stringValue ?? "",
      ]))
    let directory = try FileManager.default.contentsOfDirectory(
      at: output, includingPropertiesForKeys: nil)
    guard let scan = directory.first else {
      throw HelperProcessFailed(message: "no scan directory; stderr: \(outcome.stderr)")
    }
    let findings = try JSONValue.parse(
      Data(contentsOf: scan.appendingPathComponent("findings.json")))
    let inventory = try JSONValue.parse(
      Data(contentsOf: scan.appendingPathComponent("inventory.json")))
    return (outcome, findings, inventory)
  }

  @Test func deniedCallMakesItsChecksNotEvaluatedAndOthersStillJudged() async throws {
    let (outcome, findingsDocument, inventory) = try await Self.scanAsAuditor()
    let findings = (findingsDocument["findings"]?.arrayValue ?? []).filter {
      $0["resource_name"]?.stringValue == Self.bucket
    }
    func finding(_ check: String) -> JSONValue? {
      findings.first { $0["check_id"]?.stringValue == check }
    }

    let policyCheck = finding("aws.s3.bucket_policy_not_public")
    #expect(policyCheck?["status"] == "not_evaluated")
    #expect(
      policyCheck?["message"]?.stringValue?.hasPrefix(
        "Not evaluated: GetBucketPolicy failed in us-east-1 (access_denied: ") == true)
    #expect(
      policyCheck?["message"]?.stringValue?.hasSuffix(
        "grant s3:GetBucketPolicy and rescan, so Policy is unknown.") == true)
    #expect(finding("aws.s3.bucket_secure_transport_required")?["status"] == "not_evaluated")
    #expect(finding("aws.s3.bucket_acl_not_public")?["status"] == "pass")
    #expect(finding("aws.s3.bucket_versioning_enabled")?["status"] == "fail")

    let denied = (inventory["failures"]?.arrayValue ?? []).filter {
      $0["kind"] == "access_denied"
    }
    #expect(denied.map { $0["operation"] } == ["GetBucketPolicy"])
    #expect(denied.first?["permission"] == "s3:GetBucketPolicy")
    #expect(outcome.stdout.contains("GetBucketPolicy"), "summary must list the denied call")
  }
}
