import ParapetCore

/// Failing and passing SecretsManager resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let secretsmanagerLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.secretsmanager.secret_rotation_enabled", type: "aws.secretsmanager.secret",
    failing: json(#"{"RotationEnabled": false}"#),
    passing: json(#"{"RotationEnabled": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db-password"),
  .init(
    id: "aws.secretsmanager.secret_rotated_90_days", type: "aws.secretsmanager.secret",
    failing: json(
      #"""
      {
        "LastRotatedDate": "2024-06-01T00:00:00Z",
        "RotationEnabled": true
      }
      """#),
    passing: json(
      #"""
      {
        "LastRotatedDate": "2024-12-15T00:00:00Z",
        "RotationEnabled": true
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "db-password"),
  .init(
    id: "aws.secretsmanager.secret_customer_managed_key", type: "aws.secretsmanager.secret",
    failing: json(#"{"Name": "db-password"}"#),
    passing: json(#"{"KmsKeyId": "arn:aws:kms:us-east-1:111122223333:key/k1"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "db-password"),
]

/// Exact messages of `secretsmanagerLibraryCases`.
let secretsmanagerLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.secretsmanager.secret_rotation_enabled": (
    fail: "Secret db-password has no automatic rotation.",
    pass: "Secret db-password rotates automatically."
  ),
  "aws.secretsmanager.secret_rotated_90_days": (
    fail: "Secret db-password was last rotated on 2024-06-01T00:00:00Z.",
    pass: "Secret db-password was last rotated on 2024-12-15T00:00:00Z."
  ),
  "aws.secretsmanager.secret_customer_managed_key": (
    fail: "Secret db-password uses the AWS managed key.",
    pass: "Secret db-password uses key arn:aws:kms:us-east-1:111122223333:key/k1."
  ),
]
