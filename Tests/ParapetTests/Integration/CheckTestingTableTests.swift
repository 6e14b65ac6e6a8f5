import Foundation
import Testing

@testable import ParapetRules

/// How each built-in check gets a failing and a passing resource: on the seeded moto
/// account (SeededAccountScanTests and SeededTwins), on a captured API response
/// (CapturedShapeRuleTests), or only on hand-written JSON (the rule cases in Rules/). The
/// table in docs/RULES.md is generated from this and must match it.
@Suite struct CheckTestingTableTests {
  /// Checks judged on a captured response, with the fixture.
  static let captured: [String: String] = [
    "aws.glacier.vault_policy_not_public": "Glacier ListVaults and GetVaultAccessPolicy",
    "aws.iam.access_analyzer_enabled": "Access Analyzer ListAnalyzers",
    "aws.iam.root_not_used_recently": "IAM credential report CSV",
  ]

  /// Why moto cannot give a check the outcome(s) it lacks in the seeded account.
  static let gaps: [String: String] = [
    "aws.apigateway.stage_client_certificate":
      "moto 5.2.5 has no client certificates (GenerateClientCertificate 404)",
    "aws.cloudtrail.multi_region_trail_logging":
      "both seeded accounts need a logging multi-region trail for their monitoring chains",
    "aws.cloudtrail.trail_cloudwatch_logs_integration":
      "moto never delivers to CloudWatch Logs, so no trail has a recent delivery",
    "aws.cloudtrail.trail_global_service_events":
      "AWS refuses a multi-region trail without global service events",
    "aws.config.recorder_healthy": "moto never fails a delivery, so no recorder reports FAILURE",
    "aws.glacier.vault_policy_not_public": "moto 5.2.5 has no vault access-policy route (404)",
    "aws.iam.access_analyzer_enabled": "moto 5.2.5 answers ListAnalyzers with HTTP 500",
    "aws.iam.admin_user_unused_90_days": "moto cannot date a user's last use in the past",
    "aws.iam.cloudshell_full_access_restricted":
      "AWS-managed policies are collected only when attached, so none can pass on a scan",
    "aws.iam.root_access_keys_absent": "moto's account summary never counts root access keys",
    "aws.iam.root_hardware_mfa_enabled": "moto's account summary never reports root MFA",
    "aws.iam.root_mfa_enabled": "moto's account summary never reports root MFA",
    "aws.iam.root_not_used_recently": "moto's credential report has no `<root_account>` row",
    "aws.iam.server_certificate_not_expired":
      "moto gives every uploaded certificate a fixed 2012 expiration",
    "aws.iam.user_access_keys_rotated_90_days": "moto cannot date an access key in the past",
    "aws.iam.user_unused_credentials_disabled_45_days":
      "moto cannot date a credential's last use in the past",
    "aws.s3.bucket_mfa_delete_enabled": "moto ignores MFADelete in PutBucketVersioning",
    "aws.secretsmanager.secret_rotated_90_days": "moto cannot date a rotation in the past",
  ]

  /// Statuses each check gets on the seeded account, from the scan test's expectations.
  static let seeded: [String: Set<String>] = {
    let twins = SeededAccountScanTests.twins.flatMap(\.expectations)
    let all = SeededAccountScanTests.expectations + twins
    return all.reduce(into: [:]) { $0[$1.check, default: []].insert($1.status) }
  }()

  /// Where one outcome of `check` is tested.
  static func source(_ check: String, _ status: String) -> String {
    if seeded[check]?.contains(status) == true { return "moto" }
    return captured[check] == nil ? "hand-written" : "captured"
  }

  /// The markdown rows, one per built-in check.
  static var rows: [String] {
    RuleTestSupport.builtin.rules.map(\.id).sorted().map { id in
      let fail = source(id, "fail")
      let pass = source(id, "pass")
      let note = [captured[id], gaps[id]].compactMap { $0 }.joined(separator: "; ")
      return "| `\(id)` | \(fail) | \(pass) | \(note) |"
    }
  }

  @Test func everyCheckMissingAMotoOutcomeSaysWhy() {
    let partial = RuleTestSupport.builtin.rules.map(\.id).filter {
      Self.source($0, "fail") != "moto" || Self.source($0, "pass") != "moto"
    }

    #expect(partial.sorted() == Self.gaps.keys.sorted())
  }

  @Test func capturedChecksHaveNoMotoTwin() {
    let twinned = Self.captured.keys.filter {
      Self.seeded[$0]?.isSuperset(of: ["fail", "pass"]) == true
    }

    #expect(twinned == [])
  }

  @Test func rulesDocumentListsEveryCheckAsTested() throws {
    let url = MotoServer.packageRoot.appendingPathComponent("docs/RULES.md")
    let text = try String(contentsOf: url, encoding: .utf8)
    let section = text.components(separatedBy: "## How each check is tested").last ?? ""
    let body = section.components(separatedBy: "\n## ").first ?? ""
    let documented = body.split(separator: "\n").map(String.init).filter {
      $0.hasPrefix("| `")
    }

    #expect(documented == Self.rows)
  }
}
