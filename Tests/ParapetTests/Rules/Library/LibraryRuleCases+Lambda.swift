import ParapetCore

/// Failing and passing Lambda resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let lambdaFunctionLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.lambda.function_runtime_supported", type: "aws.lambda.function",
    failing: json(#"{"Runtime": "python3.7"}"#),
    passing: json(#"{"Runtime": "python3.12"}"#),
    failingExtras: [],
    passingExtras: [],
    name: "fn"),
  .init(
    id: "aws.lambda.function_in_vpc", type: "aws.lambda.function",
    failing: json(#"{"VpcConfig": {"SubnetIds": [], "SecurityGroupIds": [], "VpcId": ""}}"#),
    passing: json(
      #"""
      {"VpcConfig": {"SubnetIds": ["subnet-1"], "SecurityGroupIds": ["sg-1"], "VpcId": "vpc-1"}}
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "fn"),
  .init(
    id: "aws.lambda.function_tracing_enabled", type: "aws.lambda.function",
    failing: json(#"{"TracingConfig": {"Mode": "PassThrough"}}"#),
    passing: json(#"{"TracingConfig": {"Mode": "Active"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "fn"),
]

/// Exact messages of `lambdaFunctionLibraryCases`.
let lambdaFunctionLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.lambda.function_runtime_supported": (
    fail: "Function fn runs on deprecated runtime python3.7.",
    pass: "Function fn runs on python3.12."
  ),
  "aws.lambda.function_in_vpc": (
    fail: "Function fn does not run in a VPC.",
    pass: "Function fn runs in VPC subnets [\"subnet-1\"]."
  ),
  "aws.lambda.function_tracing_enabled": (
    fail: "Function fn tracing mode is PassThrough.",
    pass: "Function fn has active tracing."
  ),
]
