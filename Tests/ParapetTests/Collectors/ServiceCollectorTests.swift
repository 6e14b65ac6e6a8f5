import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import Testing

/// The collectors added for the AWS check library, each run against moto over resources
/// `ServiceCollectorFixture` created: exact ids and types, key properties and enrichment,
/// and how a refused call is recorded.
@Suite struct ServiceCollectorTests {
  /// One collector and the resources (type, id) it must find among the fixture's.
  struct InventoryCase: Sendable, CustomTestStringConvertible {
    var collector: any Collector
    var expected: @Sendable (ServiceCollectorFixture.Created) -> [String: String]
    var testDescription: String { collector.service }
  }

  static let account = "123456789012"
  static let region = ServiceCollectorFixture.region
  static func arn(_ service: String, _ resource: String) -> String {
    "arn:aws:\(service):\(region):\(account):\(resource)"
  }

  static let inventoryCases: [InventoryCase] = [
    InventoryCase(collector: ELBv2Collector()) { created in
      [
        created.ids.value(at: "elbv2.balancer")?.stringValue ?? "": "aws.elbv2.load_balancer",
        created.ids.value(at: "elbv2.group")?.stringValue ?? "": "aws.elbv2.target_group",
      ]
    },
    InventoryCase(collector: ClassicELBCollector()) {
      [arn("elasticloadbalancing", "loadbalancer/\($0.prefix)-clb"): "aws.elb.load_balancer"]
    },
    InventoryCase(collector: SQSCollector()) {
      [arn("sqs", "\($0.prefix)-queue"): "aws.sqs.queue"]
    },
    InventoryCase(collector: SecretsManagerCollector()) { created in
      [
        created.ids["secret-with-policy"]?.stringValue ?? "": "aws.secretsmanager.secret",
        created.ids["secret-without-policy"]?.stringValue ?? "": "aws.secretsmanager.secret",
      ]
    },
    InventoryCase(collector: ECRCollector()) {
      [
        arn("ecr", "repository/\($0.prefix)-public"): "aws.ecr.repository",
        arn("ecr", "repository/\($0.prefix)-private"): "aws.ecr.repository",
      ]
    },
    InventoryCase(collector: EKSCollector()) {
      [arn("eks", "cluster/\($0.prefix)-cluster"): "aws.eks.cluster"]
    },
    InventoryCase(collector: DynamoDBCollector()) {
      [arn("dynamodb", "table/\($0.prefix)-table"): "aws.dynamodb.table"]
    },
    InventoryCase(collector: APIGatewayCollector()) {
      [
        "arn:aws:apigateway:\(region)::/restapis/\($0.ids["api"]?.stringValue ?? "")":
          "aws.apigateway.rest_api"
      ]
    },
    InventoryCase(collector: CloudFrontCollector()) {
      [$0.ids["distribution"]?.stringValue ?? "": "aws.cloudfront.distribution"]
    },
    InventoryCase(collector: OpenSearchCollector()) {
      [arn("es", "domain/\($0.prefix)-os"): "aws.opensearch.domain"]
    },
    InventoryCase(collector: GlacierCollector()) {
      [arn("glacier", "vaults/\($0.prefix)-vault"): "aws.glacier.vault"]
    },
  ]

  @Test(arguments: inventoryCases)
  func findsExactlyTheCreatedResources(_ test: InventoryCase) async throws {
    let created = try await ServiceCollectorFixture.shared.created()
    let output = try await ServiceCollectorFixture.shared.output(of: test.collector)
    let mine = output.resources.filter {
      $0.id.contains(created.prefix) || $0.name.contains(created.prefix)
        || $0.tags["owner"] == created.prefix
    }

    var found: [String: String] = [:]
    for resource in mine { found[resource.id] = resource.type }
    #expect(found == test.expected(created))
    // moto has no route for Glacier vault policies and answers with an HTML 404: the policy
    // must be recorded as unknown, never read as "no policy".
    let unexpected = output.failures.filter {
      !($0.operation == "GetVaultAccessPolicy" && $0.kind == .unsupported)
    }
    #expect(unexpected.isEmpty, "\(unexpected)")
    if test.collector.service == "glacier" {
      #expect(mine.allSatisfy { $0.properties["Policy"] == nil })
      #expect(output.failures.contains { $0.operation == "GetVaultAccessPolicy" })
    }
    for resource in mine {
      #expect(resource.account == Self.account)
      #expect(resource.region == (test.collector.scope == .global ? "global" : Self.region))
      #expect(resource.name.contains(created.prefix) || resource.type.hasPrefix("aws.cloudf"))
      let expectedTags =
        test.collector.service == "glacier" ? [:] : ["owner": created.prefix]
      #expect(resource.tags == expectedTags, "\(resource.id)")
    }
  }

  /// A property path on one named resource and its exact value.
  struct PropertyCase: Sendable, CustomTestStringConvertible {
    var collector: any Collector
    var resource: String
    var path: [String]
    var expected: JSONValue
    var testDescription: String {
      "\(collector.service) \(resource) \(path.joined(separator: "/"))"
    }

    init(
      _ collector: any Collector, _ resource: String, _ path: [String], _ expected: JSONValue
    ) {
      self.collector = collector
      self.resource = resource
      self.path = path
      self.expected = expected
    }
  }

  static let propertyCases: [PropertyCase] = [
    PropertyCase(ELBv2Collector(), "alb", ["Scheme"], "internet-facing"),
    PropertyCase(ELBv2Collector(), "alb", ["Attributes", "deletion_protection.enabled"], "true"),
    PropertyCase(ELBv2Collector(), "alb", ["Listeners", "0", "Protocol"], "HTTP"),
    PropertyCase(ELBv2Collector(), "alb", ["Listeners", "0", "Port"], "80"),
    PropertyCase(ELBv2Collector(), "tg", ["Protocol"], "HTTP"),
    PropertyCase(
      ClassicELBCollector(), "clb", ["ListenerDescriptions", "0", "Listener", "Protocol"], "HTTP"),
    PropertyCase(
      ClassicELBCollector(), "clb", ["Attributes", "ConnectionDraining", "Enabled"], "true"),
    PropertyCase(ClassicELBCollector(), "clb", ["Policies"], []),
    PropertyCase(
      SQSCollector(), "queue", ["Attributes", "Policy", "Statement", "0", "Principal"], "*"),
    PropertyCase(
      SecretsManagerCollector(), "with-policy",
      ["ResourcePolicy", "Statement", "0", "Principal"], "*"),
    PropertyCase(SecretsManagerCollector(), "without-policy", ["ResourcePolicy"], nil),
    // ListSecrets leaves RotationEnabled out for a never-rotated secret; it reads false.
    PropertyCase(SecretsManagerCollector(), "without-policy", ["RotationEnabled"], false),
    PropertyCase(ECRCollector(), "public", ["Policy", "Statement", "0", "Principal"], "*"),
    PropertyCase(ECRCollector(), "public", ["imageTagMutability"], "MUTABLE"),
    PropertyCase(ECRCollector(), "private", ["Policy"], nil),
    PropertyCase(ECRCollector(), "private", ["LifecyclePolicy"], nil),
    PropertyCase(ECRCollector(), "private", ["imageTagMutability"], "IMMUTABLE"),
    PropertyCase(
      ECRCollector(), "private", ["imageScanningConfiguration", "scanOnPush"], false),
    PropertyCase(EKSCollector(), "cluster", ["resourcesVpcConfig", "endpointPublicAccess"], true),
    PropertyCase(
      EKSCollector(), "cluster", ["resourcesVpcConfig", "publicAccessCidrs", "0"], "0.0.0.0/0"),
    PropertyCase(
      DynamoDBCollector(), "table",
      ["ContinuousBackups", "PointInTimeRecoveryDescription", "PointInTimeRecoveryStatus"],
      "ENABLED"),
    PropertyCase(
      DynamoDBCollector(), "table", ["BillingModeSummary", "BillingMode"], "PAY_PER_REQUEST"),
    PropertyCase(APIGatewayCollector(), "api", ["Stages", "0", "stageName"], "prod"),
    PropertyCase(APIGatewayCollector(), "api", ["Stages", "0", "tracingEnabled"], true),
    PropertyCase(
      CloudFrontCollector(), "", ["DefaultCacheBehavior", "ViewerProtocolPolicy"], "allow-all"),
    PropertyCase(
      CloudFrontCollector(), "",
      ["Origins", "Items", "0", "CustomOriginConfig", "OriginProtocolPolicy"], "http-only"),
    PropertyCase(CloudFrontCollector(), "", ["Aliases", "Items"], []),
    PropertyCase(
      CloudFrontCollector(), "", ["DistributionConfig", "Logging", "Enabled"], "true"),
    PropertyCase(
      CloudFrontCollector(), "", ["DistributionConfig", "DefaultRootObject"], "index.html"),
    PropertyCase(
      OpenSearchCollector(), "os", ["AccessPolicies", "Statement", "0", "Principal"], "*"),
    PropertyCase(OpenSearchCollector(), "os", ["EngineVersion"], "OpenSearch_2.11"),
    // moto has no GetVaultAccessPolicy route; its 404 reads as "no policy".
  ]

  @Test(arguments: propertyCases)
  func readsTheKeyProperties(_ test: PropertyCase) async throws {
    let created = try await ServiceCollectorFixture.shared.created()
    let output = try await ServiceCollectorFixture.shared.output(of: test.collector)
    // CloudFront distributions are named by their id; the fixture's is found by its ARN.
    let resource = try #require(
      output.resources.first {
        test.collector.service == "cloudfront"
          ? $0.id == created.ids["distribution"]?.stringValue
          : $0.name == "\(created.prefix)-\(test.resource)"
      })

    #expect(lookup(resource.properties, test.path) == test.expected)
  }
}
