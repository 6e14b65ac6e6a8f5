import ParapetCore

/// Failing and passing CloudFront resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let cloudfrontLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.cloudfront.distribution_viewer_https", type: "aws.cloudfront.distribution",
    failing: json(
      #"""
      {
        "DefaultCacheBehavior": {
          "ViewerProtocolPolicy": "allow-all"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "DefaultCacheBehavior": {
          "ViewerProtocolPolicy": "redirect-to-https"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_origin_https", type: "aws.cloudfront.distribution",
    failing: json(
      #"""
      {
        "Origins": {
          "Items": [
            {
              "CustomOriginConfig": {
                "OriginProtocolPolicy": "http-only"
              },
              "Id": "app"
            }
          ]
        }
      }
      """#),
    passing: json(
      #"""
      {
        "Origins": {
          "Items": [
            {
              "CustomOriginConfig": {
                "OriginProtocolPolicy": "https-only"
              },
              "Id": "app"
            }
          ]
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_access_logging", type: "aws.cloudfront.distribution",
    failing: json(#"{"DistributionConfig": {"Logging": {"Enabled": "false"}}}"#),
    passing: json(
      #"""
      {
        "DistributionConfig": {
          "Logging": {
            "Bucket": "logs.s3.amazonaws.com",
            "Enabled": "true"
          }
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_waf", type: "aws.cloudfront.distribution",
    failing: json(#"{"WebACLId": ""}"#),
    passing: json(
      #"""
      {
        "WebACLId": "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_default_root_object", type: "aws.cloudfront.distribution",
    failing: json(#"{"DistributionConfig": {"DefaultRootObject": ""}}"#),
    passing: json(#"{"DistributionConfig": {"DefaultRootObject": "index.html"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
  .init(
    id: "aws.cloudfront.distribution_modern_tls", type: "aws.cloudfront.distribution",
    failing: json(#"{"ViewerCertificate": {"MinimumProtocolVersion": "TLSv1"}}"#),
    passing: json(
      #"""
      {
        "ViewerCertificate": {
          "MinimumProtocolVersion": "TLSv1.2_2021"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "E1"),
]

/// Exact messages of `cloudfrontLibraryCases`.
let cloudfrontLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.cloudfront.distribution_viewer_https": (
    fail: "Distribution E1 allows HTTP from viewers.",
    pass: "Distribution E1 requires HTTPS from viewers."
  ),
  "aws.cloudfront.distribution_origin_https": (
    fail: "Distribution E1 reaches a custom origin without HTTPS.",
    pass: "Distribution E1 reaches its origins over HTTPS."
  ),
  "aws.cloudfront.distribution_access_logging": (
    fail: "Distribution E1 writes no access logs.",
    pass: "Distribution E1 writes access logs."
  ),
  "aws.cloudfront.distribution_waf": (
    fail: "Distribution E1 has no web ACL.",
    pass: "Distribution E1 has web ACL arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/1."
  ),
  "aws.cloudfront.distribution_default_root_object": (
    fail: "Distribution E1 has no default root object.",
    pass: "Distribution E1 serves index.html at the root."
  ),
  "aws.cloudfront.distribution_modern_tls": (
    fail: "Distribution E1 accepts TLSv1.",
    pass: "Distribution E1 requires TLSv1.2_2021."
  ),
]
