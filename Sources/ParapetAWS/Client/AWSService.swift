/// The wire protocol a service speaks; it decides how requests are built and responses
/// decoded.
public enum AWSProtocol: Sendable, Hashable {
  /// Form-encoded `Action=...&Version=...` POST, XML response (IAM, STS, RDS, SNS, ...).
  case query
  /// The EC2 dialect of query: lists without `member` wrappers, `item` elements in responses.
  case ec2
  /// JSON POST with an `X-Amz-Target: <targetPrefix>.<Operation>` header (KMS, CloudTrail,
  /// Logs, Config, ...). `version` is `1.0` or `1.1`.
  case json(targetPrefix: String, version: String)
  /// REST with XML bodies (S3, CloudFront, Route 53).
  case restXML
  /// REST with JSON bodies (Lambda, EFS, GuardDuty, Security Hub, Access Analyzer).
  case restJSON
}

/// How to reach and sign for one AWS service.
public struct AWSService: Sendable, Hashable {
  /// Endpoint prefix in the host name: `ec2` in `ec2.us-east-1.amazonaws.com`.
  public var endpointPrefix: String
  /// Name used in the SigV4 credential scope, usually the endpoint prefix.
  public var signingName: String
  /// API version sent by query protocols, such as `2010-05-08`.
  public var apiVersion: String
  /// Wire protocol.
  public var wireProtocol: AWSProtocol
  /// True for services with one endpoint for all regions (IAM), signed in `us-east-1`.
  public var isGlobal: Bool
  /// Service id as the SDKs spell it for `AWS_ENDPOINT_URL_<ID>`: `IAM`, `S3`, `CLOUDWATCH_LOGS`.
  public var environmentId: String

  /// A service description.
  public init(
    endpointPrefix: String, signingName: String? = nil, apiVersion: String,
    wireProtocol: AWSProtocol, isGlobal: Bool = false, environmentId: String
  ) {
    self.endpointPrefix = endpointPrefix
    self.signingName = signingName ?? endpointPrefix
    self.apiVersion = apiVersion
    self.wireProtocol = wireProtocol
    self.isGlobal = isGlobal
    self.environmentId = environmentId
  }
}

extension AWSService {
  /// AWS Security Token Service.
  public static let sts = AWSService(
    endpointPrefix: "sts", apiVersion: "2011-06-15", wireProtocol: .query, environmentId: "STS")
  /// Identity and Access Management (global, signed in us-east-1).
  public static let iam = AWSService(
    endpointPrefix: "iam", apiVersion: "2010-05-08", wireProtocol: .query, isGlobal: true,
    environmentId: "IAM")
  /// Simple Storage Service.
  public static let s3 = AWSService(
    endpointPrefix: "s3", apiVersion: "2006-03-01", wireProtocol: .restXML, environmentId: "S3")
  /// S3 Control (account-level public access block); host is prefixed by the account id.
  public static let s3control = AWSService(
    endpointPrefix: "s3-control", signingName: "s3", apiVersion: "2018-08-20",
    wireProtocol: .restXML, environmentId: "S3_CONTROL")
  /// Elastic Compute Cloud and VPC.
  public static let ec2 = AWSService(
    endpointPrefix: "ec2", apiVersion: "2016-11-15", wireProtocol: .ec2, environmentId: "EC2")
  /// Key Management Service.
  public static let kms = AWSService(
    endpointPrefix: "kms", apiVersion: "2014-11-01",
    wireProtocol: .json(targetPrefix: "TrentService", version: "1.1"), environmentId: "KMS")
  /// CloudTrail.
  public static let cloudtrail = AWSService(
    endpointPrefix: "cloudtrail", apiVersion: "2013-11-01",
    wireProtocol: .json(
      targetPrefix: "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101", version: "1.1"),
    environmentId: "CLOUDTRAIL")
  /// AWS Config.
  public static let config = AWSService(
    endpointPrefix: "config", apiVersion: "2014-11-12",
    wireProtocol: .json(targetPrefix: "StarlingDoveService", version: "1.1"),
    environmentId: "CONFIG_SERVICE")
  /// CloudWatch Logs.
  public static let logs = AWSService(
    endpointPrefix: "logs", apiVersion: "2014-03-28",
    wireProtocol: .json(targetPrefix: "Logs_20140328", version: "1.1"),
    environmentId: "CLOUDWATCH_LOGS")
  /// CloudWatch (alarms), query protocol.
  public static let monitoring = AWSService(
    endpointPrefix: "monitoring", apiVersion: "2010-08-01", wireProtocol: .query,
    environmentId: "CLOUDWATCH")
  /// Simple Notification Service.
  public static let sns = AWSService(
    endpointPrefix: "sns", apiVersion: "2010-03-31", wireProtocol: .query, environmentId: "SNS")
  /// Relational Database Service.
  public static let rds = AWSService(
    endpointPrefix: "rds", apiVersion: "2014-10-31", wireProtocol: .query, environmentId: "RDS")
  /// Lambda.
  public static let lambda = AWSService(
    endpointPrefix: "lambda", apiVersion: "2015-03-31", wireProtocol: .restJSON,
    environmentId: "LAMBDA")
  /// Elastic File System.
  public static let efs = AWSService(
    endpointPrefix: "elasticfilesystem", apiVersion: "2015-02-01", wireProtocol: .restJSON,
    environmentId: "EFS")
  /// IAM Access Analyzer.
  public static let accessanalyzer = AWSService(
    endpointPrefix: "access-analyzer", apiVersion: "2019-11-01", wireProtocol: .restJSON,
    environmentId: "ACCESSANALYZER")
  /// GuardDuty.
  public static let guardduty = AWSService(
    endpointPrefix: "guardduty", apiVersion: "2017-11-28", wireProtocol: .restJSON,
    environmentId: "GUARDDUTY")
  /// Resource Groups Tagging API: the tags of many resources in one paginated call.
  public static let tagging = AWSService(
    endpointPrefix: "tagging", apiVersion: "2017-01-26",
    wireProtocol: .json(targetPrefix: "ResourceGroupsTaggingAPI_20170126", version: "1.1"),
    environmentId: "RESOURCE_GROUPS_TAGGING_API")
  /// Security Hub.
  public static let securityhub = AWSService(
    endpointPrefix: "securityhub", apiVersion: "2018-10-26", wireProtocol: .restJSON,
    environmentId: "SECURITYHUB")
  /// Elastic Load Balancing v2 (application, network and gateway load balancers).
  public static let elbv2 = AWSService(
    endpointPrefix: "elasticloadbalancing", apiVersion: "2015-12-01", wireProtocol: .query,
    environmentId: "ELASTIC_LOAD_BALANCING_V2")
  /// Classic Elastic Load Balancing; same endpoint as v2, told apart by the API version.
  public static let elb = AWSService(
    endpointPrefix: "elasticloadbalancing", apiVersion: "2012-06-01", wireProtocol: .query,
    environmentId: "ELASTIC_LOAD_BALANCING")
  /// Simple Queue Service, over the AWS JSON 1.0 protocol current SDKs send.
  public static let sqs = AWSService(
    endpointPrefix: "sqs", apiVersion: "2012-11-05",
    wireProtocol: .json(targetPrefix: "AmazonSQS", version: "1.0"), environmentId: "SQS")
  /// Secrets Manager. Parapet reads metadata and policies only, never secret values.
  public static let secretsmanager = AWSService(
    endpointPrefix: "secretsmanager", apiVersion: "2017-10-17",
    wireProtocol: .json(targetPrefix: "secretsmanager", version: "1.1"),
    environmentId: "SECRETS_MANAGER")
  /// Elastic Container Registry; the API host is `api.ecr`, signed as `ecr`.
  public static let ecr = AWSService(
    endpointPrefix: "api.ecr", signingName: "ecr", apiVersion: "2015-09-21",
    wireProtocol: .json(targetPrefix: "AmazonEC2ContainerRegistry_V20150921", version: "1.1"),
    environmentId: "ECR")
  /// Elastic Kubernetes Service.
  public static let eks = AWSService(
    endpointPrefix: "eks", apiVersion: "2017-11-01", wireProtocol: .restJSON,
    environmentId: "EKS")
  /// DynamoDB.
  public static let dynamodb = AWSService(
    endpointPrefix: "dynamodb", apiVersion: "2012-08-10",
    wireProtocol: .json(targetPrefix: "DynamoDB_20120810", version: "1.0"),
    environmentId: "DYNAMODB")
  /// API Gateway (REST APIs, version 1).
  public static let apigateway = AWSService(
    endpointPrefix: "apigateway", apiVersion: "2015-07-09", wireProtocol: .restJSON,
    environmentId: "API_GATEWAY")
  /// CloudFront (global, signed in us-east-1).
  public static let cloudfront = AWSService(
    endpointPrefix: "cloudfront", apiVersion: "2020-05-31", wireProtocol: .restXML,
    isGlobal: true, environmentId: "CLOUDFRONT")
  /// OpenSearch Service (and the Elasticsearch domains it also serves); signed as `es`.
  public static let opensearch = AWSService(
    endpointPrefix: "es", apiVersion: "2021-01-01", wireProtocol: .restJSON,
    environmentId: "OPENSEARCH")
  /// S3 Glacier vaults.
  public static let glacier = AWSService(
    endpointPrefix: "glacier", apiVersion: "2012-06-01", wireProtocol: .restJSON,
    environmentId: "GLACIER")
  /// Account management (enabled regions).
  public static let account = AWSService(
    endpointPrefix: "account", apiVersion: "2021-02-01", wireProtocol: .restJSON,
    isGlobal: true, environmentId: "ACCOUNT")
}

extension AWSService {
  /// Every service Parapet calls, for resolving per-service endpoint settings up front.
  public static let all: [AWSService] = [
    .sts, .iam, .s3, .s3control, .ec2, .kms, .cloudtrail, .config, .logs, .monitoring, .sns,
    .rds, .lambda, .efs, .accessanalyzer, .guardduty, .securityhub, .account, .tagging, .elbv2,
    .elb,
    .sqs, .secretsmanager, .ecr, .eks, .dynamodb, .apigateway, .cloudfront, .opensearch,
    .glacier,
  ]
}
