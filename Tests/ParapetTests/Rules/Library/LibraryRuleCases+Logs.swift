import ParapetCore

/// Failing and passing Logs resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let logsLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.logs.log_group_retention_365_days", type: "aws.logs.log_group",
    failing: json(#"{"logGroupName": "app", "retentionInDays": 30}"#),
    passing: json(#"{"logGroupName": "app", "retentionInDays": 400}"#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
  .init(
    id: "aws.logs.log_group_kms_encrypted", type: "aws.logs.log_group",
    failing: json(#"{"logGroupName": "app"}"#),
    passing: json(
      #"""
      {
        "kmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k1",
        "logGroupName": "app"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "app"),
]

/// Exact messages of `logsLibraryCases`.
let logsLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.logs.log_group_retention_365_days": (
    fail: "Log group app keeps events only 30 days.",
    pass: "Log group app retention is 400 days."
  ),
  "aws.logs.log_group_kms_encrypted": (
    fail: "Log group app is not encrypted with a KMS key.",
    pass: "Log group app is encrypted with arn:aws:kms:us-east-1:111122223333:key/k1."
  ),
]
