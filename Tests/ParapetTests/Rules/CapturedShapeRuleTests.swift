import Foundation
import ParapetCore
import Testing

@testable import ParapetCollectors
@testable import ParapetRules

/// Checks moto cannot serve, judged on captured shapes: AWS's documented responses
/// (botocore's examples and shapes, the IAM credential report's documented columns) in
/// Fixtures/Captured, turned into resources the way the collector turns the live answer.
/// A `-public` or `-root-idle` file is the same response with the one value the other
/// outcome needs changed.
@Suite struct CapturedShapeRuleTests {
  /// The finding of `check` on the resource of `type`, from `resources`.
  static func status(_ check: String, _ type: String, _ resources: [Resource]) -> [String] {
    RuleTestSupport.findings(check, resources).filter { $0.resourceType == type }
      .map(\.status.rawValue)
  }

  /// Captured shape: Glacier ListVaults and GetVaultAccessPolicy (AWS's examples), the
  /// vault built as GlacierCollector builds it. moto 5.2.5 has no access-policy route.
  @Test(arguments: [
    ("glacier-get-vault-access-policy.json", "pass"),
    ("glacier-get-vault-access-policy-public.json", "fail"),
  ])
  func glacierVaultPolicy(_ policyFile: String, _ expected: String) throws {
    let listing = try JSONValue.parse(Fixture.data("Captured/glacier-list-vaults.json"))
    let answer = try JSONValue.parse(Fixture.data("Captured/\(policyFile)"))
    let item = try #require(listing["VaultList"]?.arrayValue?.first)
    let policy = Shapes.policyDocument(answer.value(at: "policy.Policy")) ?? .null
    let vault = RuleTestSupport.resource(
      "aws.glacier.vault", item.setting("Policy", to: policy), name: "my-vault")

    let statuses = Self.status("aws.glacier.vault_policy_not_public", vault.type, [vault])

    #expect(statuses == [expected])
  }

  /// Captured shape: Access Analyzer ListAnalyzers items (botocore's shape), one analyzer
  /// per region as AccessAnalyzerCollector builds them. moto 5.2.5 answers HTTP 500.
  @Test func accessAnalyzerActiveInOneRegion() throws {
    let answer = try JSONValue.parse(Fixture.data("Captured/accessanalyzer-list-analyzers.json"))
    let analyzers = (answer["analyzers"]?.arrayValue ?? []).map { item in
      let region = item["arn"]?.stringValue?.split(separator: ":")[3] ?? ""
      return RuleTestSupport.resource(
        "aws.accessanalyzer.analyzer", item, name: item["name"]?.stringValue ?? "",
        region: String(region))
    }
    let regions = ["us-east-1", "eu-west-1"].map {
      RuleTestSupport.resource("aws.region", ["RegionName": .string($0)], region: $0)
    }

    let findings = RuleTestSupport.findings(
      "aws.iam.access_analyzer_enabled", regions + analyzers
    ).filter { $0.resourceType == "aws.region" }

    #expect(
      findings.map { "\($0.region)=\($0.status.rawValue)" }.sorted() == [
        "eu-west-1=fail", "us-east-1=pass",
      ])
  }

  /// Captured shape: the credential report in IAM's documented column layout, read by the
  /// collector's parser; its `<root_account>` row becomes `RootCredentials`. moto's report
  /// has no root row.
  @Test(arguments: [
    ("iam-credential-report.csv", "fail"),
    ("iam-credential-report-root-idle.csv", "pass"),
  ])
  func rootUseFromTheCredentialReport(_ file: String, _ expected: String) throws {
    let csv = String(decoding: try Fixture.data("Captured/\(file)"), as: UTF8.self)
    let root = try #require(CredentialReport.rows(csv)["<root_account>"])
    let account = RuleTestSupport.resource("aws.account", ["RootCredentials": root])

    let statuses = Self.status("aws.iam.root_not_used_recently", "aws.account", [account])

    #expect(statuses == [expected])
  }
}
