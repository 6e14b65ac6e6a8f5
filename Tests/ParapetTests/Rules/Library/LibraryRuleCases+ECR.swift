import ParapetCore

/// Failing and passing ECR resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let ecrLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.ecr.repository_scan_on_push", type: "aws.ecr.repository",
    failing: json(#"{"imageScanningConfiguration": {"scanOnPush": false}}"#),
    passing: json(#"{"imageScanningConfiguration": {"scanOnPush": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.ecr.repository_tags_immutable", type: "aws.ecr.repository",
    failing: json(#"{"imageTagMutability": "MUTABLE"}"#),
    passing: json(#"{"imageTagMutability": "IMMUTABLE"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.ecr.repository_kms_encryption", type: "aws.ecr.repository",
    failing: json(#"{"encryptionConfiguration": {"encryptionType": "AES256"}}"#),
    passing: json(#"{"encryptionConfiguration": {"encryptionType": "KMS"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
]

/// Exact messages of `ecrLibraryCases`.
let ecrLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.ecr.repository_scan_on_push": (
    fail: "Repository app does not scan images on push.",
    pass: "Repository app scans images on push."
  ),
  "aws.ecr.repository_tags_immutable": (
    fail: "Repository app tags are MUTABLE.",
    pass: "Repository app tags are immutable."
  ),
  "aws.ecr.repository_kms_encryption": (
    fail: "Repository app encryption is AES256.",
    pass: "Repository app is encrypted with KMS."
  ),
]
