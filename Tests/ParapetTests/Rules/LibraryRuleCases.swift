import ParapetCore

// One case per library rule, in the shapes the AWS APIs return, one file per service in
// Library/; keep them in step with the YAML.

/// Failing and passing resources for the library rules added with the CIS monitoring
/// and FSBP service checks, with the exact messages each gives.
let libraryRuleCases: [BuiltinRuleCase] =
  cloudwatchLibraryCases
  + iamLibraryCases
  + securityhubLibraryCases
  + s3LibraryCases
  + ec2LibraryCases
  + kmsLibraryCases
  + cloudtrailLibraryCases
  + configLibraryCases
  + logsLibraryCases
  + snsLibraryCases
  + sqsLibraryCases
  + secretsmanagerLibraryCases
  + rdsLibraryCases
  + lambdaFunctionLibraryCases
  + guarddutyLibraryCases
  + elbv2LibraryCases
  + elbLibraryCases
  + ecrLibraryCases
  + eksLibraryCases
  + dynamodbLibraryCases
  + apigatewayLibraryCases
  + cloudfrontLibraryCases
  + opensearchLibraryCases

/// Exact messages of `libraryRuleCases`.
let libraryMessages: [String: (fail: String, pass: String)] = [
  cloudwatchLibraryMessages,
  iamLibraryMessages,
  securityhubLibraryMessages,
  s3LibraryMessages,
  ec2LibraryMessages,
  kmsLibraryMessages,
  cloudtrailLibraryMessages,
  configLibraryMessages,
  logsLibraryMessages,
  snsLibraryMessages,
  sqsLibraryMessages,
  secretsmanagerLibraryMessages,
  rdsLibraryMessages,
  lambdaFunctionLibraryMessages,
  guarddutyLibraryMessages,
  elbv2LibraryMessages,
  elbLibraryMessages,
  ecrLibraryMessages,
  eksLibraryMessages,
  dynamodbLibraryMessages,
  apigatewayLibraryMessages,
  cloudfrontLibraryMessages,
  opensearchLibraryMessages,
].reduce(into: [:]) { merged, service in merged.merge(service) { first, _ in first } }
