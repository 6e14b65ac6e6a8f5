import ParapetCore

/// Failing and passing SecurityHub resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let securityhubLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.securityhub.enabled_in_region", type: "aws.region",
    failing: json(#"{"SecurityHub": null}"#),
    passing: json(
      #"""
      {
        "SecurityHub": {
          "HubArn": "arn:aws:securityhub:us-east-1:111122223333:hub/default"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1")
]

/// Exact messages of `securityhubLibraryCases`.
let securityhubLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.securityhub.enabled_in_region": (
    fail: "Region us-east-1 does not have Security Hub enabled.",
    pass: "Region us-east-1 has Security Hub enabled."
  )
]
