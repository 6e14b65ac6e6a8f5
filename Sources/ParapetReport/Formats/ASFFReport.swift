import ParapetCore

/// Renders findings in the AWS Security Finding Format (2018-10-08) as a JSON array that
/// Security Hub's BatchImportFindings accepts (in batches of at most 100, which is the
/// importer's job, not this file's).
///
/// Choices that follow Security Hub's own conventions: a passed finding has severity
/// INFORMATIONAL and workflow RESOLVED; a muted one keeps its severity, compliance FAILED
/// and workflow SUPPRESSED; a not-evaluated one has compliance NOT_AVAILABLE. Resources in
/// region `global` (IAM) are reported in the scan's first region, since Security Hub
/// findings live in a region. Title and description are cut to Security Hub's limits
/// (256 and 1024 characters), the recommendation text to 512.
public enum ASFFReport {
  /// The ASFF schema version written into every finding.
  public static let schemaVersion = "2018-10-08"

  /// The whole document: a JSON array of findings in the order of `findings`.
  public static func render(
    findings: [Finding], metadata: ScanMetadata, checks: [String: CheckInfo] = [:],
    pretty: Bool = true
  ) -> String {
    let items = findings.map { finding($0, metadata: metadata, check: checks.info(for: $0)) }
    return JSONWriter(pretty: pretty).string(.array(items)) + "\n"
  }

  /// One ASFF finding.
  public static func finding(
    _ finding: Finding, metadata: ScanMetadata, check: CheckInfo
  ) -> JSONValue {
    let home = metadata.regions.first ?? "us-east-1"
    let region = finding.region == "global" || finding.region.isEmpty ? home : finding.region
    let partition = FormatText.partition(ofArn: finding.resourceId)
    let account = finding.account.isEmpty ? metadata.account : finding.account
    let time = JSONValue.string(UTCTimestamp.iso8601(metadata.finishedAt))
    let title = FormatText.firstNonEmpty(finding.checkTitle, check.title, finding.checkId)
    let description = FormatText.firstNonEmpty(finding.message, check.description, title)

    // Security Hub shows the recommendation as it is; the filled-in CLI joins it when both
    // fit in the field's 512 characters.
    var text = FormatText.firstNonEmpty(check.remediation.text, finding.remediation, title)
    if let cli = finding.remediationSnippets.cli, text.count + cli.count + 10 <= 512 {
      text += "\nAWS CLI: " + cli
    }
    var recommendation: [String: JSONValue] = ["Text": .string(FormatText.truncate(text, to: 512))]
    if let url = check.references.first { recommendation["Url"] = .string(url) }

    return [
      "SchemaVersion": .string(schemaVersion),
      "Id": .string("parapet/\(account)/\(region)/\(finding.fingerprint)"),
      "ProductArn": .string(
        "arn:\(partition):securityhub:\(region):\(account):product/\(account)/default"),
      "ProductName": "Parapet",
      "CompanyName": "Parapet",
      "GeneratorId": .string("parapet/" + finding.checkId),
      "AwsAccountId": .string(account),
      "Region": .string(region),
      "Types": ["Software and Configuration Checks/Industry and Regulatory Standards"],
      "CreatedAt": time,
      "UpdatedAt": time,
      "Severity": ["Label": .string(severityLabel(finding))],
      "Title": .string(FormatText.truncate(title, to: 256)),
      "Description": .string(FormatText.truncate(description, to: 1024)),
      "Resources": [
        [
          "Type": .string(resourceType(finding.resourceType)),
          "Id": .string(finding.resourceId),
          "Partition": .string(partition),
          "Region": .string(region),
        ]
      ],
      "Compliance": compliance(finding),
      "Remediation": ["Recommendation": .object(recommendation)],
      "RecordState": "ACTIVE",
      "Workflow": ["Status": .string(workflowStatus(finding.status))],
      "ProductFields": [
        "parapet/check_id": .string(finding.checkId),
        "parapet/status": .string(finding.status.rawValue),
        "parapet/scan_id": .string(metadata.scanId),
      ],
    ]
  }

  /// The ASFF resource type for a Parapet resource type; `Other` when ASFF has none.
  public static func resourceType(_ type: String) -> String {
    resourceTypes[type] ?? "Other"
  }

  /// ASFF resource types Security Hub defines for the types Parapet collects.
  static let resourceTypes: [String: String] = [
    "aws.account": "AwsAccount",
    "aws.cloudtrail.trail": "AwsCloudTrailTrail",
    "aws.ec2.instance": "AwsEc2Instance",
    "aws.ec2.network_acl": "AwsEc2NetworkAcl",
    "aws.ec2.security_group": "AwsEc2SecurityGroup",
    "aws.ec2.volume": "AwsEc2Volume",
    "aws.ec2.vpc": "AwsEc2Vpc",
    "aws.iam.group": "AwsIamGroup",
    "aws.iam.policy": "AwsIamPolicy",
    "aws.iam.role": "AwsIamRole",
    "aws.iam.user": "AwsIamUser",
    "aws.kms.key": "AwsKmsKey",
    "aws.lambda.function": "AwsLambdaFunction",
    "aws.rds.instance": "AwsRdsDbInstance",
    "aws.s3.bucket": "AwsS3Bucket",
  ]

  /// `PASSED`, `FAILED` or `NOT_AVAILABLE`; a muted finding still failed the check.
  public static func complianceStatus(_ status: Finding.Status) -> String {
    switch status {
    case .pass: return "PASSED"
    case .fail, .muted: return "FAILED"
    case .notEvaluated: return "NOT_AVAILABLE"
    }
  }

  /// `NEW`, `RESOLVED` or `SUPPRESSED`.
  public static func workflowStatus(_ status: Finding.Status) -> String {
    switch status {
    case .fail, .notEvaluated: return "NEW"
    case .pass: return "RESOLVED"
    case .muted: return "SUPPRESSED"
    }
  }

  private static func severityLabel(_ finding: Finding) -> String {
    finding.status == .pass ? "INFORMATIONAL" : finding.severity.rawValue.uppercased()
  }

  private static func compliance(_ finding: Finding) -> JSONValue {
    var members: [String: JSONValue] = ["Status": .string(complianceStatus(finding.status))]
    // Security Hub accepts at most 32 related requirements.
    let related = finding.compliance.prefix(32).map(JSONValue.string)
    if !related.isEmpty { members["RelatedRequirements"] = .array(Array(related)) }
    return .object(members)
  }
}
