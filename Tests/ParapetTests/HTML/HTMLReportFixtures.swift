import Foundation
import ParapetCore
import ParapetReport

/// Scans to render as HTML: a small one whose names carry script-injection attempts, and a
/// synthetic one of any size for the size and speed limits.
enum HTMLReportFixtures {
  /// The injection attempt the brief names, used as a resource name.
  static let imagePayload = "<img src=x onerror=alert(1)>"
  /// An attempt that would leave a visible mark (`data-pwned` on the body) if it ran.
  static let markPayload = "\"><svg onload=document.body.setAttribute('data-pwned','1')>"
  /// An attempt to end the data block early.
  static let scriptPayload = "</script><script>document.body.setAttribute('data-pwned','2')"

  static let account = "123456789012"

  static let metadata = ScanMetadata(
    scanId: "5f0c2a52-7d1e-4c43-9a55-0b4f3b1e9d11", account: account,
    callerArn: "arn:aws:iam::123456789012:user/" + imagePayload,
    regions: ["eu-west-1", "us-east-1"], services: ["ec2", "iam", "s3"],
    startedAt: Date(timeIntervalSince1970: 1_714_566_605),
    finishedAt: Date(timeIntervalSince1970: 1_714_566_617.5), parapetVersion: "0.1.0")

  static let evilBucket = Resource(
    id: "arn:aws:s3:::evil", type: "aws.s3.bucket", account: account, region: "us-east-1",
    name: imagePayload, tags: ["owner": markPayload])

  static let site = Resource(
    id: "arn:aws:s3:::site", type: "aws.s3.bucket", account: account, region: "eu-west-1",
    name: "site")

  static let web = Resource(
    id: "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc",
    type:
      "aws.ec2.security_group", account: account, region: "eu-west-1", name: "web")

  static let auditor = Resource(
    id: "arn:aws:iam::123456789012:user/auditor", type: "aws.iam.user", account: account,
    region: "global", name: "auditor")

  static let inventory = Inventory(
    account: account, regions: ["eu-west-1", "us-east-1"],
    resources: [evilBucket, site, web, auditor],
    failures: [
      CollectionFailure(
        service: "iam", region: "global", operation: "ListMFADevices",
        resourceTypes: ["aws.iam.user"], kind: .accessDenied, permission: "iam:ListMFADevices",
        message: "User is not authorized")
    ])

  static let publicAccessBlock = CheckInfo(
    id: "aws.s3.bucket_public_access_block", title: "S3 bucket blocks public access",
    severity: .critical,
    description: "Checks that all four S3 Block Public Access settings are on.",
    risk: "A bucket without them can be made public by one ACL or policy change.",
    remediation: CheckInfo.Remediation(
      text: "Turn on all four Block Public Access settings.",
      cli: "aws s3api put-public-access-block --bucket NAME \\\n"
        + "  --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,"
        + "BlockPublicPolicy=true,RestrictPublicBuckets=true",
      terraform: "resource \"aws_s3_bucket_public_access_block\" \"this\" {\n"
        + "  bucket = aws_s3_bucket.this.id\n  block_public_acls = true\n}",
      cloudformation: "PublicAccessBlockConfiguration:\n  BlockPublicAcls: true"),
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/"
        + "access-control-block-public-access.html",
      "javascript:alert(1)",
    ],
    compliance: ["cis-aws-3.0": ["2.1.4"], "nist-800-53": ["AC-3"]])

  static let checks = [publicAccessBlock.id: publicAccessBlock]

  static func finding(
    _ checkId: String, _ title: String, _ resource: Resource, _ status: Finding.Status,
    _ severity: Severity, message: String, compliance: [String],
    evidence: [Evidence] = [], remediation: String = ""
  ) -> Finding {
    Finding(
      checkId: checkId, checkTitle: title, resourceId: resource.id,
      resourceType: resource.type, resourceName: resource.name, account: account,
      region: resource.region, status: status, severity: severity, message: message,
      evidence: evidence, remediation: remediation, compliance: compliance)
  }

  static let pabTags = ["cis-aws-3.0:2.1.4", "nist-800-53:AC-3"]

  /// Seven findings: 4 fail (critical, critical, high, low), 1 pass, 1 muted, 1 not
  /// evaluated; compliance over two frameworks.
  static let findings: [Finding] = [
    finding(
      publicAccessBlock.id, publicAccessBlock.title, evilBucket, .fail, .critical,
      message: "BlockPublicAcls is false " + markPayload, compliance: pabTags,
      evidence: [
        Evidence(path: "PublicAccessBlock.BlockPublicAcls", value: false),
        Evidence(path: "Tags.owner", value: .string(scriptPayload)),
        Evidence(path: "Policy", value: nil),
      ],
      remediation: "Turn on all four Block Public Access settings."),
    finding(
      publicAccessBlock.id, publicAccessBlock.title, site, .fail, .critical,
      message: "BlockPublicPolicy is false", compliance: pabTags,
      evidence: [Evidence(path: "PublicAccessBlock.BlockPublicPolicy", value: false)],
      remediation: "Turn on all four Block Public Access settings."),
    finding(
      "aws.ec2.security_group_open_ssh", "Security group allows SSH from anywhere", web,
      .fail, .high, message: "Port 22 open to 0.0.0.0/0", compliance: ["cis-aws-3.0:5.2"],
      evidence: [Evidence(path: "IpPermissions[0].IpRanges[0].CidrIp", value: "0.0.0.0/0")]),
    finding(
      "aws.s3.bucket_logging", "S3 bucket has server access logging", site, .fail, .low,
      message: "Logging is off", compliance: ["cis-aws-3.0:3.6"]),
    finding(
      "aws.s3.bucket_logging", "S3 bucket has server access logging", evilBucket, .muted,
      .low, message: "Logging is off (accepted)", compliance: ["cis-aws-3.0:3.6"]),
    finding(
      "aws.s3.bucket_versioning", "S3 bucket has versioning enabled", site, .pass, .medium,
      message: "Versioning is Enabled", compliance: ["nist-800-53:CP-9"]),
    finding(
      "aws.iam.user_mfa_enabled", "IAM user has MFA", auditor, .notEvaluated, .high,
      message: "ListMFADevices was denied", compliance: ["cis-aws-3.0:1.10"]),
  ]

  /// `count` findings over 20 checks, 8 regions and 5 services, each on its own resource,
  /// with messages, evidence and compliance tags shaped like real ones.
  static func synthetic(count: Int) -> (Inventory, [Finding], [String: CheckInfo]) {
    let regions = [
      "us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1",
      "ap-northeast-1", "sa-east-1",
    ]
    let services = [
      "s3": "bucket", "ec2": "instance", "iam": "role", "rds": "db_instance",
      "kms": "key",
    ].sorted { $0.key < $1.key }
    let statuses: [Finding.Status] = [.fail, .pass, .pass, .fail, .muted, .notEvaluated]
    var checks: [String: CheckInfo] = [:]
    var findings: [Finding] = []
    var inventory = Inventory(account: account, regions: regions)
    findings.reserveCapacity(count)

    for index in 0..<count {
      let (service, kind) = services[index % services.count]
      let checkNumber = index % 20
      let checkId = "aws.\(service).synthetic_check_\(checkNumber)"
      let severity = Severity.allCases[checkNumber % Severity.allCases.count]
      let region = regions[(index / 7) % regions.count]
      if checks[checkId] == nil {
        checks[checkId] = CheckInfo(
          id: checkId, title: "Synthetic \(service) check number \(checkNumber)",
          severity: severity,
          description: String(repeating: "A long explanation of the check. ", count: 12),
          risk: String(repeating: "Why a failure matters to the account. ", count: 8),
          remediation: CheckInfo.Remediation(
            text: "Change the setting.",
            cli: "aws \(service) put-setting --name NAME --enabled",
            terraform: "resource \"aws_\(service)_setting\" \"x\" { enabled = true }"),
          references: ["https://docs.aws.amazon.com/\(service)/"],
          compliance: ["cis-aws-3.0": ["\(checkNumber % 5).\(checkNumber)"]])
      }
      let name = "\(service)-\(kind)-\(index)"
      let resourceId = "arn:aws:\(service):\(region):\(account):\(kind)/\(name)"
      inventory.add(
        Resource(
          id: resourceId, type: "aws.\(service).\(kind)", account: account, region: region,
          name: name))
      findings.append(
        Finding(
          checkId: checkId, checkTitle: "Synthetic \(service) check number \(checkNumber)",
          resourceId: resourceId,
          resourceType: "aws.\(service).\(kind)", resourceName: name, account: account,
          region: region, status: statuses[index % statuses.count], severity: severity,
          message: "Setting \(checkNumber) is \(index % 3 == 0 ? "off" : "misconfigured")",
          evidence: [Evidence(path: "Configuration.Setting\(checkNumber)", value: false)],
          remediation: "Change the setting.",
          compliance: [
            "cis-aws-3.0:\(checkNumber % 5).\(checkNumber)", "nist-800-53:AC-\(checkNumber % 7)",
          ]))
    }
    return (inventory, findings, checks)
  }
}
