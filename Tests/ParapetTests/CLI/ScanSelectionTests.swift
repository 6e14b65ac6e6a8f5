import Foundation
import ParapetCore
import ParapetReport
import Testing

/// Check selection and mutelists through the built binary, on the seeded moto account
/// (seeded once by `SeededScan`).
@Suite struct ScanSelectionTests {
  /// Runs `parapet scan aws` on the seeded account's S3 in us-east-1 with `extra` options;
  /// returns the outcome and the findings (empty when no report was written).
  static func scan(_ extra: [String]) async throws -> (ParapetProcess.Outcome, [JSONValue]) {
    _ = try await SeededScan.shared.result()
    let endpoint = try await MotoServer.seededAccount.endpoint()
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-selection"))
    let outcome = try await ParapetProcess.run(
      [
        "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region", "us-east-1",
        "--service", "s3", "--format", "json", "--output-dir", output.path, "--quiet",
      ] + extra,
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      ]))
    let directories =
      (try? FileManager.default.contentsOfDirectory(at: output, includingPropertiesForKeys: nil))
      ?? []
    guard let directory = directories.first else { return (outcome, []) }
    let report = try JSONValue.parse(
      Data(contentsOf: directory.appendingPathComponent("findings.json")))
    return (outcome, report["findings"]?.arrayValue ?? [])
  }

  static func checkIds(_ findings: [JSONValue]) -> Set<String> {
    Set(findings.compactMap { $0["check_id"]?.stringValue })
  }

  @Test func checksExcludeSeverityAndCategoriesNarrowTheRun() async throws {
    let (outcome, findings) = try await Self.scan([
      "--checks", "aws.s3.bucket_*", "--exclude-checks", "*mfa*,*object_level*",
      "--severity", "medium", "--categories", "encryption,storage",
    ])

    #expect(outcome.status == 3)
    #expect(
      Self.checkIds(findings) == [
        "aws.s3.bucket_acl_not_public", "aws.s3.bucket_acls_disabled",
        "aws.s3.bucket_default_encryption", "aws.s3.bucket_not_publicly_accessible",
        "aws.s3.bucket_not_shared_cross_account", "aws.s3.bucket_policy_not_public",
        "aws.s3.bucket_public_access_block", "aws.s3.bucket_secure_transport_required",
      ])
  }

  @Test func complianceRestrictsToTheFrameworksChecks() async throws {
    let mapped = Set(try ComplianceCatalog.framework(id: "cis-aws-4.0").checkIds)

    let (outcome, findings) = try await Self.scan(["--compliance", "cis-aws-4.0"])

    #expect(outcome.status == 3)
    #expect(!findings.isEmpty)
    #expect(Self.checkIds(findings).subtracting(mapped) == [])
    #expect(Self.checkIds(findings).contains("aws.s3.bucket_public_access_block"))
    // Object-level logging is judged from trails, which --service s3 does not collect.
    #expect(!Self.checkIds(findings).contains("aws.s3.bucket_object_level_logging_write"))
  }

  @Test func mutelistMarksFindingsMutedWithTheReason() async throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("mute") + ".yaml")
    try """
    mutelist:
      - check: aws.s3.bucket_versioning_enabled
        resource: 'parapet-unencrypted-bucket$'
        reason: scratch bucket, deleted weekly
    """.write(to: file, atomically: true, encoding: .utf8)

    let (outcome, findings) = try await Self.scan([
      "--checks", "aws.s3.bucket_versioning_enabled", "--mutelist", file.path,
    ])
    let muted = findings.filter { $0["status"]?.stringValue == "muted" }

    #expect(outcome.status == 3)
    #expect(muted.compactMap { $0["resource_name"]?.stringValue } == ["parapet-unencrypted-bucket"])
    #expect(
      muted.first?["message"]?.stringValue
        == "Bucket parapet-unencrypted-bucket versioning is Disabled. "
        + "(muted: scratch bucket, deleted weekly)")
  }

  @Test func malformedMutelistExitsOneNamingFileLineAndField() async throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("mute") + ".yaml")
    try "mutelist:\n  - check: x\n".write(to: file, atomically: true, encoding: .utf8)

    let (outcome, _) = try await Self.scan(["--mutelist", file.path])

    #expect(outcome.status == 1)
    #expect(outcome.stderr == "parapet: error: \(file.path):2: mutelist entry needs 'reason'\n")
  }

  @Test func unknownSeverityIsAUsageError() async throws {
    let outcome = try await ParapetProcess.run(["scan", "aws", "--severity", "urgent"])

    #expect(outcome.status == 2)
    #expect(
      outcome.stderr
        == "parapet: unknown severity 'urgent' for --severity; valid severities: "
        + "informational, low, medium, high, critical\n")
  }

  @Test func checksListFiltersByFramework() async throws {
    let outcome = try await ParapetProcess.run([
      "checks", "list", "--compliance", "aws-fsbp", "--service", "ecr",
    ])
    let ids = outcome.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }

    // aws.ecr.repository_kms_encryption exists but no FSBP control maps it.
    #expect(outcome.status == 0)
    #expect(ids == ["aws.ecr.repository_scan_on_push", "aws.ecr.repository_tags_immutable"])
  }
}
