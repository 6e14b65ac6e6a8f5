import ParapetCore

/// Failing and passing APIGateway resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let apigatewayLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.apigateway.stage_execution_logging", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "loggingLevel": "OFF"
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "loggingLevel": "ERROR"
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_xray_tracing", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": false
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": true
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_waf", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "cacheClusterEnabled": false,
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "webAclArn": "arn:aws:wafv2:us-east-1:111122223333:regional/webacl/api/1"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_client_certificate", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": false
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "clientCertificateId": "cert1",
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_access_logging", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "stageName": "prod",
            "tracingEnabled": false
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "accessLogSettings": {
              "destinationArn": "arn:aws:logs:us-east-1:111122223333:log-group:api",
              "format": "$context.requestId"
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
  .init(
    id: "aws.apigateway.stage_cache_encrypted", type: "aws.apigateway.rest_api",
    failing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "cacheDataEncrypted": false,
                "cachingEnabled": true
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    passing: json(
      #"""
      {
        "Stages": [
          {
            "methodSettings": {
              "*/*": {
                "cacheDataEncrypted": true,
                "cachingEnabled": true
              }
            },
            "stageName": "prod"
          }
        ],
        "name": "shop"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "shop"),
]

/// Exact messages of `apigatewayLibraryCases`.
let apigatewayLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.apigateway.stage_execution_logging": (
    fail: "API shop has a stage without execution logging.",
    pass: "API shop logs execution on every stage."
  ),
  "aws.apigateway.stage_xray_tracing": (
    fail: "API shop has a stage without X-Ray tracing.",
    pass: "API shop traces every stage."
  ),
  "aws.apigateway.stage_waf": (
    fail: "API shop has a stage without a web ACL.",
    pass: "API shop has a web ACL on every stage."
  ),
  "aws.apigateway.stage_client_certificate": (
    fail: "API shop has a stage without a client certificate.",
    pass: "API shop stages present a client certificate."
  ),
  "aws.apigateway.stage_access_logging": (
    fail: "API shop has a stage without access logs.",
    pass: "API shop writes access logs on every stage."
  ),
  "aws.apigateway.stage_cache_encrypted": (
    fail: "API shop has a stage caching data unencrypted.",
    pass: "API shop caches are encrypted."
  ),
]
