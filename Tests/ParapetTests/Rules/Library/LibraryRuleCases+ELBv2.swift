import ParapetCore

/// Failing and passing ELBv2 resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let elbv2LibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.elbv2.load_balancer_deletion_protection", type: "aws.elbv2.load_balancer",
    failing: json(#"{"Attributes": {"deletion_protection.enabled": "false"}}"#),
    passing: json(#"{"Attributes": {"deletion_protection.enabled": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_access_logging", type: "aws.elbv2.load_balancer",
    failing: json(#"{"Attributes": {"access_logs.s3.enabled": "false"}}"#),
    passing: json(#"{"Attributes": {"access_logs.s3.enabled": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_drops_invalid_headers", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Attributes": {
          "routing.http.drop_invalid_header_fields.enabled": "false"
        },
        "Type": "application"
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "routing.http.drop_invalid_header_fields.enabled": "true"
        },
        "Type": "application"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_desync_mitigation", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Attributes": {
          "routing.http.desync_mitigation_mode": "monitor"
        },
        "Type": "application"
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "routing.http.desync_mitigation_mode": "defensive"
        },
        "Type": "application"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_encrypted_listeners", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 80,
            "Protocol": "HTTP"
          }
        ],
        "Scheme": "internet-facing"
      }
      """#),
    passing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 443,
            "Protocol": "HTTPS",
            "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"
          }
        ],
        "Scheme": "internet-facing"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.elbv2.load_balancer_modern_tls_policy", type: "aws.elbv2.load_balancer",
    failing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 443,
            "Protocol": "HTTPS",
            "SslPolicy": "ELBSecurityPolicy-2016-08"
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "Listeners": [
          {
            "Port": 443,
            "Protocol": "HTTPS",
            "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06"
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
]

/// Exact messages of `elbv2LibraryCases`.
let elbv2LibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.elbv2.load_balancer_deletion_protection": (
    fail: "Load balancer web has no deletion protection.",
    pass: "Load balancer web has deletion protection."
  ),
  "aws.elbv2.load_balancer_access_logging": (
    fail: "Load balancer web writes no access logs.",
    pass: "Load balancer web writes access logs."
  ),
  "aws.elbv2.load_balancer_drops_invalid_headers": (
    fail: "Load balancer web forwards invalid headers.",
    pass: "Load balancer web drops invalid headers."
  ),
  "aws.elbv2.load_balancer_desync_mitigation": (
    fail: "Load balancer web desync mitigation mode is monitor or unset.",
    pass: "Load balancer web desync mitigation is on."
  ),
  "aws.elbv2.load_balancer_encrypted_listeners": (
    fail: "Load balancer web has a listener without TLS.",
    pass: "Load balancer web listens only with TLS."
  ),
  "aws.elbv2.load_balancer_modern_tls_policy": (
    fail: "Load balancer web has a TLS listener with an old policy.",
    pass: "Load balancer web TLS listeners use modern policies."
  ),
]
