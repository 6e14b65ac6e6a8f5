import ParapetCore

/// Failing and passing Config resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let configLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.config.recorder_healthy", type: "aws.config.recorder",
    failing: json(
      #"""
      {
        "Status": {
          "lastErrorMessage": "Insufficient delivery policy",
          "lastStatus": "FAILURE"
        }
      }
      """#),
    passing: json(#"{"Status": {"lastStatus": "SUCCESS"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "default")
]

/// Exact messages of `configLibraryCases`.
let configLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.config.recorder_healthy": (
    fail: "Config recorder default is failing: Insufficient delivery policy.",
    pass: "Config recorder default last status is SUCCESS."
  )
]
