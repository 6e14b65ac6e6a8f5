import ParapetCore

/// Failing and passing DynamoDB resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let dynamodbLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.dynamodb.table_point_in_time_recovery", type: "aws.dynamodb.table",
    failing: json(
      #"""
      {
        "ContinuousBackups": {
          "PointInTimeRecoveryDescription": {
            "PointInTimeRecoveryStatus": "DISABLED"
          }
        }
      }
      """#),
    passing: json(
      #"""
      {
        "ContinuousBackups": {
          "PointInTimeRecoveryDescription": {
            "PointInTimeRecoveryStatus": "ENABLED"
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "orders"),
  .init(
    id: "aws.dynamodb.table_kms_encryption", type: "aws.dynamodb.table",
    failing: json(#"{"TableName": "orders"}"#),
    passing: json(#"{"SSEDescription": {"SSEType": "KMS", "Status": "ENABLED"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "orders"),
  .init(
    id: "aws.dynamodb.table_deletion_protection", type: "aws.dynamodb.table",
    failing: json(#"{"DeletionProtectionEnabled": false}"#),
    passing: json(#"{"DeletionProtectionEnabled": true}"#),
    failingExtras: [],
    passingExtras: [],
    name: "orders"),
]

/// Exact messages of `dynamodbLibraryCases`.
let dynamodbLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.dynamodb.table_point_in_time_recovery": (
    fail: "Table orders has no point-in-time recovery.",
    pass: "Table orders has point-in-time recovery."
  ),
  "aws.dynamodb.table_kms_encryption": (
    fail: "Table orders uses the AWS owned key.",
    pass: "Table orders is encrypted with KMS."
  ),
  "aws.dynamodb.table_deletion_protection": (
    fail: "Table orders has no deletion protection.",
    pass: "Table orders has deletion protection."
  ),
]
