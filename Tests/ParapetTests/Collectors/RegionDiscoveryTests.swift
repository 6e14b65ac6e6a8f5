import Foundation
import ParapetAWS
import ParapetCollectors
import Testing

/// Region discovery keeps to the caller's partition: moto's DescribeRegions lists China and
/// GovCloud regions too, and a scan then tried them and printed them as scanned.
@Suite struct RegionDiscoveryTests {
  @Test func discoveredRegionsStayInTheHomePartition() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    let client = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint))

    let regions = try await AccountDiscovery.enabledRegions(client, region: "us-east-1")

    #expect(regions.contains("us-east-1") && regions.contains("eu-west-1"))
    #expect(regions.allSatisfy { !$0.hasPrefix("cn-") && !$0.hasPrefix("us-gov-") })
    #expect(AccountDiscovery.partition(of: "cn-northwest-1") == "aws-cn")
    #expect(AccountDiscovery.partition(of: "us-gov-west-1") == "aws-us-gov")
    #expect(AccountDiscovery.partition(of: "ap-southeast-7") == "aws")
  }
}
