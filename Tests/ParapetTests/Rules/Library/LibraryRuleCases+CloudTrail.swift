import ParapetCore

/// Failing and passing CloudTrail resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let cloudtrailLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.cloudtrail.trail_logging", type: "aws.cloudtrail.trail",
    failing: json(#"{"Status": {"IsLogging": false}}"#),
    passing: json(#"{"Status": {"IsLogging": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.cloudtrail.trail_global_service_events", type: "aws.cloudtrail.trail",
    failing: json(
      #"""
      {
        "IncludeGlobalServiceEvents": "false",
        "IsMultiRegionTrail": "true"
      }
      """#),
    passing: json(
      #"""
      {
        "IncludeGlobalServiceEvents": "true",
        "IsMultiRegionTrail": "true"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
]

/// Exact messages of `cloudtrailLibraryCases`.
let cloudtrailLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.cloudtrail.trail_logging": (
    fail: "Trail r1 is not logging.",
    pass: "Trail r1 is logging."
  ),
  "aws.cloudtrail.trail_global_service_events": (
    fail: "Trail r1 does not record global service events.",
    pass: "Trail r1 records global service events."
  ),
]
