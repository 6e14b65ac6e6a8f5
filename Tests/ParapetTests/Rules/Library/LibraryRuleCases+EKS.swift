import ParapetCore

/// Failing and passing EKS resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let eksLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.eks.cluster_endpoint_not_open_to_internet", type: "aws.eks.cluster",
    failing: json(
      #"""
      {
        "resourcesVpcConfig": {
          "endpointPublicAccess": true,
          "publicAccessCidrs": [
            "0.0.0.0/0"
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "resourcesVpcConfig": {
          "endpointPublicAccess": true,
          "publicAccessCidrs": [
            "203.0.113.0/24"
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "prod"),
  .init(
    id: "aws.eks.cluster_control_plane_logging", type: "aws.eks.cluster",
    failing: json(
      #"""
      {
        "logging": {
          "clusterLogging": [
            {
              "enabled": true,
              "types": [
                "api",
                "audit"
              ]
            },
            {
              "enabled": false,
              "types": [
                "authenticator",
                "controllerManager",
                "scheduler"
              ]
            }
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "logging": {
          "clusterLogging": [
            {
              "enabled": true,
              "types": [
                "api",
                "audit",
                "authenticator",
                "controllerManager",
                "scheduler"
              ]
            }
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "prod"),
  .init(
    id: "aws.eks.cluster_secrets_encrypted", type: "aws.eks.cluster",
    failing: json(#"{"name": "prod"}"#),
    passing: json(
      #"""
      {
        "encryptionConfig": [
          {
            "provider": {
              "keyArn": "arn:aws:kms:us-east-1:111122223333:key/k1"
            },
            "resources": [
              "secrets"
            ]
          }
        ]
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "prod"),
]

/// Exact messages of `eksLibraryCases`.
let eksLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.eks.cluster_endpoint_not_open_to_internet": (
    fail: "Cluster prod API endpoint is open to the internet.",
    pass: "Cluster prod API endpoint is not open to the internet."
  ),
  "aws.eks.cluster_control_plane_logging": (
    fail: "Cluster prod does not log every control plane type.",
    pass: "Cluster prod logs every control plane type."
  ),
  "aws.eks.cluster_secrets_encrypted": (
    fail: "Cluster prod does not encrypt secrets with KMS.",
    pass: "Cluster prod encrypts secrets with KMS."
  ),
]
