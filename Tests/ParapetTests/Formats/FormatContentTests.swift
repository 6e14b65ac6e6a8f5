import Foundation
import ParapetCore
import ParapetReport
import Testing

/// Exact values the consumers depend on, beyond what the schemas can say.
@Suite struct FormatContentTests {
  let metadata = FormatFixtures.metadata

  @Test func asffMapsAGlobalResourceIntoTheScansFirstRegionAndTruncates() throws {
    let hostile = FormatFixtures.hostile
    let item = ASFFReport.finding(
      hostile, metadata: metadata, check: CheckInfo.fallback(for: hostile))

    #expect(item["Region"] == "eu-west-1")
    #expect(
      item["ProductArn"]
        == "arn:aws:securityhub:eu-west-1:123456789012:product/123456789012/default")
    #expect(item["Id"] == .string("parapet/123456789012/eu-west-1/" + hostile.fingerprint))
    #expect(item["Title"]?.stringValue?.count == 256)
    #expect(item["Title"]?.stringValue?.hasSuffix("TTT...") == true)
    #expect(item["Description"]?.stringValue?.count == 1024)
    #expect(item["Resources"]?[0]?["Type"] == "AwsIamUser")
    #expect(item["Resources"]?[0]?["Partition"] == "aws")
    #expect(item["Compliance"]?["RelatedRequirements"]?.arrayValue?.count == 32)
    #expect(item["Severity"]?["Label"] == "HIGH")
    #expect(item["Workflow"]?["Status"] == "NEW")
  }

  @Test(arguments: [
    (Finding.Status.fail, "FAILED", "NEW", "MEDIUM"),
    (.pass, "PASSED", "RESOLVED", "INFORMATIONAL"),
    (.muted, "FAILED", "SUPPRESSED", "MEDIUM"),
    (.notEvaluated, "NOT_AVAILABLE", "NEW", "MEDIUM"),
  ])
  func asffStatuses(status: Finding.Status, compliance: String, workflow: String, label: String) {
    var finding = ReportFixtures.findings[1]
    finding.status = status

    let item = ASFFReport.finding(finding, metadata: metadata, check: .fallback(for: finding))

    #expect(item["Compliance"]?["Status"] == .string(compliance))
    #expect(item["Workflow"]?["Status"] == .string(workflow))
    #expect(item["Severity"]?["Label"] == .string(label))
    #expect(item["Resources"]?[0]?["Type"] == "AwsS3Bucket")
  }

  @Test func ocsfEventCarriesClassStatusAndCheckDescription() throws {
    let finding = ReportFixtures.publicBucket
    let check = try #require(FormatFixtures.checks[finding.checkId])

    let event = OCSFReport.event(finding, metadata: metadata, check: check)

    #expect(event["class_uid"] == 2004)
    #expect(event["type_uid"] == 200_401)
    #expect(event["severity_id"] == 5)
    #expect(event["severity"] == "Critical")
    #expect(event["status_id"] == 1)
    #expect(event["status"] == "New")
    #expect(event["status_code"] == "FAIL")
    #expect(event["time"] == 1_714_566_617_500)
    #expect(event["finding_info"]?["uid"] == .string("parapet-" + finding.fingerprint))
    #expect(event["finding_info"]?["desc"] == "Passes when all four settings are on.")
    #expect(event["finding_info"]?["types"] == ["internet-exposed"])
    #expect(event["cloud"]?["account"]?["uid"] == "123456789012")
    #expect(event["resources"]?[0]?["uid"] == "arn:aws:s3:::site")
    #expect(event["remediation"]?["desc"] == "Turn on Block Public Access.")
    #expect(
      event["unmapped"]?["remediation"]?["cli"]
        == "aws s3api put-public-access-block --bucket B")
    #expect(event["unmapped"]?["compliance"] == ["cis-aws-3.0:2.1.4", "nist-800-53:AC-3"])
  }

  /// A failing finding's filled-in CLI fix reaches OCSF, ASFF, SARIF and JUnit.
  @Test func filledInFixTravelsInEveryFormat() throws {
    var finding = ReportFixtures.publicBucket
    let cli = "aws s3api put-public-access-block --bucket site"
    finding.remediationSnippets = RemediationSnippets(cli: cli)
    let check = try #require(FormatFixtures.checks[finding.checkId])

    let event = OCSFReport.event(finding, metadata: metadata, check: check)
    let asff = ASFFReport.finding(finding, metadata: metadata, check: check)
    let sarif = SARIFReport.document(
      findings: [finding], metadata: metadata, checks: FormatFixtures.checks)
    let junit = JUnitReport.render(
      findings: [finding], metadata: metadata, checks: FormatFixtures.checks)

    #expect(event["unmapped"]?["remediation"]?["cli"] == .string(cli))
    #expect(
      event["unmapped"]?["remediation"]?["terraform"]
        == "resource \"aws_s3_bucket_public_access_block\" \"b\" {}")
    #expect(
      asff["Remediation"]?["Recommendation"]?["Text"]
        == .string("Turn on Block Public Access.\nAWS CLI: " + cli))
    #expect(
      sarif["runs"]?[0]?["results"]?[0]?["properties"]?["remediationCli"] == .string(cli))
    #expect(junit.contains("AWS CLI: " + cli))
  }

  @Test func sarifListsRulesAndOnlyFindingsThatNeedAttention() throws {
    let log = SARIFReport.document(
      findings: ReportFixtures.findings, metadata: metadata, checks: FormatFixtures.checks)
    let run = try #require(log["runs"]?[0])
    let rules = try #require(run["tool"]?["driver"]?["rules"]?.arrayValue)
    let results = try #require(run["results"]?.arrayValue)

    #expect(
      rules.map { $0["id"]?.stringValue ?? "" } == [
        "aws.iam.user_mfa_enabled", "aws.s3.bucket_logging",
        "aws.s3.bucket_public_access_block", "aws.s3.bucket_versioning",
      ])
    #expect(rules[2]["properties"]?["security-severity"] == "9.5")
    #expect(rules[2]["helpUri"]?.stringValue?.hasPrefix("https://docs.aws.amazon.com/") == true)
    // Six findings, one pass: five results.
    #expect(
      results.map { $0["kind"]?.stringValue ?? "" } == ["fail", "fail", "open", "fail", "fail"])
    #expect(
      results.map { $0["level"]?.stringValue ?? "" } == [
        "error", "warning", "none", "note", "note",
      ])
    #expect(results[0]["ruleIndex"] == 2)
    #expect(
      results[0]["locations"]?[0]?["logicalLocations"]?[0]?["fullyQualifiedName"]
        == "arn:aws:s3:::site")
    #expect(results[3]["suppressions"]?[0]?["kind"] == "external")
    #expect(results[4]["suppressions"] == nil)
  }

  @Test func markdownSummaryCountsAndEscapes() {
    let text = MarkdownSummary.render(
      findings: FormatFixtures.findings, metadata: metadata, checks: FormatFixtures.checks)

    #expect(text.hasPrefix("## Parapet scan of account 123456789012\n"))
    #expect(text.contains("| fail | 4 |\n| pass | 1 |\n| muted | 1 |\n| not evaluated | 1 |\n"))
    #expect(text.contains("| critical | 1 |\n| high | 1 |\n| medium | 1 |\n| low | 1 |\n"))
    #expect(
      text.contains(
        "| critical | 1 | `aws.s3.bucket_public_access_block` | S3 bucket blocks public access |"))
    #expect(text.contains("### Not evaluated (1)"))
    #expect(!text.contains("<script>"))
    #expect(!text.contains("_Truncated"))
  }

  @Test func markdownSummaryStaysUnderItsLimit() {
    let many = (0..<2000).map { index in
      ReportFixtures.finding(
        "aws.check_\(index)", "Check number \(index) | piped", ReportFixtures.site, .fail, .low)
    }

    let text = MarkdownSummary.render(findings: many, metadata: metadata, limit: 5000)

    #expect(text.utf8.count <= 5000)
    #expect(text.contains("| low | 1 | `aws.check_0` | Check number 0 \\| piped |"))
    #expect(text.hasSuffix("findings.json and findings.csv have every finding._\n"))
    #expect(text.contains("_Truncated: "))
  }
}
