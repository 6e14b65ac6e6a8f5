import ParapetCore

/// Failing and passing ELB resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let elbLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.elb.load_balancer_encrypted_listeners", type: "aws.elb.load_balancer",
    failing: json(
      #"""
      {
        "ListenerDescriptions": [
          {
            "Listener": {
              "LoadBalancerPort": 80,
              "Protocol": "HTTP"
            }
          }
        ]
      }
      """#),
    passing: json(
      #"""
      {
        "ListenerDescriptions": [
          {
            "Listener": {
              "LoadBalancerPort": 443,
              "Protocol": "HTTPS"
            }
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
  .init(
    id: "aws.elb.load_balancer_access_logging", type: "aws.elb.load_balancer",
    failing: json(#"{"Attributes": {"AccessLog": {"Enabled": false}}}"#),
    passing: json(#"{"Attributes": {"AccessLog": {"Enabled": true}}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
  .init(
    id: "aws.elb.load_balancer_connection_draining", type: "aws.elb.load_balancer",
    failing: json(#"{"Attributes": {"ConnectionDraining": {"Enabled": false}}}"#),
    passing: json(#"{"Attributes": {"ConnectionDraining": {"Enabled": true}}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
  .init(
    id: "aws.elb.load_balancer_cross_zone", type: "aws.elb.load_balancer",
    failing: json(
      #"""
      {
        "Attributes": {
          "CrossZoneLoadBalancing": {
            "Enabled": false
          }
        }
      }
      """#),
    passing: json(
      #"""
      {
        "Attributes": {
          "CrossZoneLoadBalancing": {
            "Enabled": true
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "legacy"),
]

/// Exact messages of `elbLibraryCases`.
let elbLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.elb.load_balancer_encrypted_listeners": (
    fail: "Classic load balancer legacy has a listener without TLS.",
    pass: "Classic load balancer legacy listens only with TLS."
  ),
  "aws.elb.load_balancer_access_logging": (
    fail: "Classic load balancer legacy does not write access logs.",
    pass: "Classic load balancer legacy writes access logs."
  ),
  "aws.elb.load_balancer_connection_draining": (
    fail: "Classic load balancer legacy does not drain connections.",
    pass: "Classic load balancer legacy drains connections."
  ),
  "aws.elb.load_balancer_cross_zone": (
    fail: "Classic load balancer legacy does not balance across zones.",
    pass: "Classic load balancer legacy balances across zones."
  ),
]
