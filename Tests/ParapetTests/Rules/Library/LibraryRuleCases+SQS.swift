import ParapetCore

/// Failing and passing SQS resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let sqsLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.sqs.queue_encrypted", type: "aws.sqs.queue",
    failing: json(#"{"Attributes": {"SqsManagedSseEnabled": "false"}}"#),
    passing: json(#"{"Attributes": {"SqsManagedSseEnabled": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "jobs")
]

/// Exact messages of `sqsLibraryCases`.
let sqsLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.sqs.queue_encrypted": (
    fail: "Queue jobs is not encrypted at rest.",
    pass: "Queue jobs is encrypted at rest."
  )
]
