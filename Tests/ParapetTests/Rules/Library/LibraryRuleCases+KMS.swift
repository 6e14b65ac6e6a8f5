import ParapetCore

/// Failing and passing KMS resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let kmsLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.kms.key_not_pending_deletion", type: "aws.kms.key",
    failing: json(
      #"""
      {
        "DeletionDate": "2025-01-10T00:00:00Z",
        "KeyState": "PendingDeletion"
      }
      """#),
    passing: json(#"{"KeyState": "Enabled"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "k1")
]

/// Exact messages of `kmsLibraryCases`.
let kmsLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.kms.key_not_pending_deletion": (
    fail: "Key k1 is scheduled for deletion on 2025-01-10T00:00:00Z.",
    pass: "Key k1 is Enabled."
  )
]
