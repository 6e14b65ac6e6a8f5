import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import Testing

/// Refused calls in the new collectors: a refused list call is one access-denied failure
/// naming the operation and permission, and the scan goes on; a refused enrichment leaves
/// only its key out; a refused whole-resource describe keeps the resource with a failure
/// on it and no property.
@Suite struct ServiceCollectorFailureTests {
  /// A collector, the list call refused, and the permission the failure must name.
  struct ListCase: Sendable, CustomTestStringConvertible {
    var collector: any Collector
    var operation: String
    var permission: String
    var testDescription: String { "\(collector.service) \(operation)" }
  }

  static let listCases: [ListCase] = [
    ListCase(
      collector: ELBv2Collector(), operation: "DescribeLoadBalancers",
      permission: "elasticloadbalancing:DescribeLoadBalancers"),
    ListCase(
      collector: ClassicELBCollector(), operation: "DescribeLoadBalancers",
      permission: "elasticloadbalancing:DescribeLoadBalancers"),
    ListCase(collector: SQSCollector(), operation: "ListQueues", permission: "sqs:ListQueues"),
    ListCase(
      collector: SecretsManagerCollector(), operation: "ListSecrets",
      permission: "secretsmanager:ListSecrets"),
    ListCase(
      collector: ECRCollector(), operation: "DescribeRepositories",
      permission: "ecr:DescribeRepositories"),
    ListCase(collector: EKSCollector(), operation: "ListClusters", permission: "eks:ListClusters"),
    ListCase(
      collector: DynamoDBCollector(), operation: "ListTables", permission: "dynamodb:ListTables"),
    ListCase(
      collector: APIGatewayCollector(), operation: "GetRestApis", permission: "apigateway:GET"),
    ListCase(
      collector: CloudFrontCollector(), operation: "ListDistributions",
      permission: "cloudfront:ListDistributions"),
    ListCase(
      collector: OpenSearchCollector(), operation: "ListDomainNames",
      permission: "es:ListDomainNames"),
    ListCase(
      collector: GlacierCollector(), operation: "ListVaults", permission: "glacier:ListVaults"),
  ]

  @Test(arguments: listCases)
  func refusedListCallIsOneAccessDeniedFailure(_ test: ListCase) async throws {
    let created = try await ServiceCollectorFixture.shared.created()
    let context = ServiceCollectorFixture.context(created.endpoint) {
      DenyingClient(base: $0, denied: [test.operation])
    }

    let output = await test.collector.collect(
      in: ServiceCollectorFixture.region, context: context)

    let failure = try #require(output.failures.first)
    #expect(output.failures.count == 1, "\(output.failures)")
    #expect(failure.operation == test.operation)
    #expect(failure.permission == test.permission)
    #expect(failure.kind == .accessDenied)
    #expect(failure.resourceId == nil)
    #expect(failure.property == nil)
    #expect(failure.region == (test.collector.scope == .global ? "global" : "ap-southeast-2"))
    let listed = Set(output.resources.map(\.type))
    // ELB v2 still lists target groups when load balancers cannot be listed.
    #expect(listed == (test.collector.service == "elbv2" ? ["aws.elbv2.target_group"] : []))
  }

  /// A refused call on one resource, and what it must leave.
  struct ResourceCase: Sendable, CustomTestStringConvertible {
    var collector: any Collector
    var operation: String
    var resource: String
    /// The key the call fills, nil for a whole-resource describe.
    var property: String?
    /// A key that must still be there.
    var kept: String
    var testDescription: String { "\(collector.service) \(operation)" }
  }

  static let resourceCases: [ResourceCase] = [
    ResourceCase(
      collector: SQSCollector(), operation: "GetQueueAttributes", resource: "queue",
      property: "Attributes", kept: "QueueUrl"),
    ResourceCase(
      collector: ECRCollector(), operation: "GetRepositoryPolicy", resource: "public",
      property: "Policy", kept: "LifecyclePolicy"),
    ResourceCase(
      collector: ELBv2Collector(), operation: "DescribeListeners", resource: "alb",
      property: "Listeners", kept: "Attributes"),
    ResourceCase(
      collector: DynamoDBCollector(), operation: "DescribeTable", resource: "table",
      property: nil, kept: "TableName"),
    ResourceCase(
      collector: EKSCollector(), operation: "DescribeCluster", resource: "cluster",
      property: nil, kept: "name"),
  ]

  @Test(arguments: resourceCases)
  func refusedResourceCallIsRecordedOnTheResource(_ test: ResourceCase) async throws {
    let created = try await ServiceCollectorFixture.shared.created()
    let context = ServiceCollectorFixture.context(created.endpoint) {
      DenyingClient(base: $0, denied: [test.operation])
    }

    let output = await test.collector.collect(
      in: ServiceCollectorFixture.region, context: context)

    let resource = try #require(
      output.resources.first { $0.name == "\(created.prefix)-\(test.resource)" })
    let failures = output.failures.filter { $0.resourceId == resource.id }
    #expect(failures.count == 1, "\(output.failures)")
    #expect(failures.first?.operation == test.operation)
    #expect(failures.first?.property == test.property)
    #expect(failures.first?.kind == .accessDenied)
    if let property = test.property {
      #expect(resource.properties[property] == nil)
    } else {
      #expect(resource.properties.objectValue?.count == 1)
    }
    #expect(resource.properties[test.kept] != nil)
  }
}
