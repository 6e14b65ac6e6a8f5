import ParapetCore

/// Failing and passing GuardDuty resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let guarddutyLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.guardduty.detector_s3_protection", type: "aws.guardduty.detector",
    // GetDetector's wire shape: camel-case data sources, and the newer features list.
    failing: json(
      #"""
      {
        "dataSources": {"s3Logs": {"status": "DISABLED"}},
        "features": [{"name": "S3_DATA_EVENTS", "status": "DISABLED"}]
      }
      """#),
    passing: json(
      #"""
      {
        "dataSources": {"s3Logs": {"status": "DISABLED"}},
        "features": [{"name": "S3_DATA_EVENTS", "status": "ENABLED"}]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "det1")
]

/// Exact messages of `guarddutyLibraryCases`.
let guarddutyLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.guardduty.detector_s3_protection": (
    fail: "Detector det1 S3 protection is DISABLED.",
    pass: "Detector det1 analyses S3 data events."
  )
]
