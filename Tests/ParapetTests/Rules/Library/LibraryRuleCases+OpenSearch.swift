import ParapetCore

/// Failing and passing OpenSearch resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let opensearchLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.opensearch.domain_encryption_at_rest", type: "aws.opensearch.domain",
    failing: json(#"{"EncryptionAtRestOptions": {"Enabled": false}}"#),
    passing: json(#"{"EncryptionAtRestOptions": {"Enabled": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_node_to_node_encryption", type: "aws.opensearch.domain",
    failing: json(#"{"NodeToNodeEncryptionOptions": {"Enabled": false}}"#),
    passing: json(#"{"NodeToNodeEncryptionOptions": {"Enabled": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_enforce_https", type: "aws.opensearch.domain",
    failing: json(#"{"DomainEndpointOptions": {"EnforceHTTPS": false}}"#),
    passing: json(#"{"DomainEndpointOptions": {"EnforceHTTPS": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_modern_tls", type: "aws.opensearch.domain",
    failing: json(
      #"""
      {
        "DomainEndpointOptions": {
          "TLSSecurityPolicy": "Policy-Min-TLS-1-0-2019-07"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "DomainEndpointOptions": {
          "TLSSecurityPolicy": "Policy-Min-TLS-1-2-2019-07"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_in_vpc", type: "aws.opensearch.domain",
    failing: json(#"{"DomainName": "search"}"#),
    passing: json(
      #"""
      {
        "VPCOptions": {
          "SubnetIds": [
            "subnet-1"
          ],
          "VPCId": "vpc-1"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_audit_logging", type: "aws.opensearch.domain",
    failing: json(#"{"LogPublishingOptions": {}}"#),
    passing: json(
      #"""
      {
        "LogPublishingOptions": {
          "AUDIT_LOGS": {
            "CloudWatchLogsLogGroupArn": "arn:aws:logs:us-east-1:111122223333:log-group:audit",
            "Enabled": true
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
  .init(
    id: "aws.opensearch.domain_fine_grained_access", type: "aws.opensearch.domain",
    failing: json(#"{"AdvancedSecurityOptions": {"Enabled": false}}"#),
    passing: json(#"{"AdvancedSecurityOptions": {"Enabled": true}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "search"),
]

/// Exact messages of `opensearchLibraryCases`.
let opensearchLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.opensearch.domain_encryption_at_rest": (
    fail: "Domain search does not encrypt data at rest.",
    pass: "Domain search encrypts data at rest."
  ),
  "aws.opensearch.domain_node_to_node_encryption": (
    fail: "Domain search does not encrypt node-to-node traffic.",
    pass: "Domain search encrypts node-to-node traffic."
  ),
  "aws.opensearch.domain_enforce_https": (
    fail: "Domain search accepts HTTP.",
    pass: "Domain search requires HTTPS."
  ),
  "aws.opensearch.domain_modern_tls": (
    fail: "Domain search uses Policy-Min-TLS-1-0-2019-07.",
    pass: "Domain search uses Policy-Min-TLS-1-2-2019-07."
  ),
  "aws.opensearch.domain_in_vpc": (
    fail: "Domain search does not run in a VPC.",
    pass: "Domain search runs in VPC subnets [\"subnet-1\"]."
  ),
  "aws.opensearch.domain_audit_logging": (
    fail: "Domain search does not publish audit logs.",
    pass: "Domain search publishes audit logs."
  ),
  "aws.opensearch.domain_fine_grained_access": (
    fail: "Domain search has no fine-grained access control.",
    pass: "Domain search has fine-grained access control."
  ),
]
