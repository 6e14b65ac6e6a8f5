import ParapetCore

/// Failing and passing SNS resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let snsLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.sns.topic_encrypted", type: "aws.sns.topic",
    failing: json(#"{"Attributes": {"DisplayName": "alerts"}}"#),
    passing: json(#"{"Attributes": {"KmsMasterKeyId": "alias/aws/sns"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "alerts")
]

/// Exact messages of `snsLibraryCases`.
let snsLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.sns.topic_encrypted": (
    fail: "Topic alerts is not encrypted at rest.",
    pass: "Topic alerts is encrypted with alias/aws/sns."
  )
]
