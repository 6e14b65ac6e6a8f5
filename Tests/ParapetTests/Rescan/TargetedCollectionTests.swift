import ParapetCore
import Testing

@testable import ParapetCollectors

/// How a rescan's targets become collector runs, and how a whole-service run becomes a
/// patch.
@Suite struct TargetedCollectionTests {
  static func target(_ service: String, _ region: String, _ type: String, _ id: String)
    -> ResourceTarget
  {
    ResourceTarget(service: service, region: region, type: type, id: id)
  }

  @Test func groupsByCollectorAndRegionAndFallsBackWhereItMust() {
    let targets = [
      Self.target("s3", "eu-west-1", "aws.s3.bucket", "logs"),
      Self.target("s3", "us-east-1", "aws.s3.bucket", "data"),
      Self.target("ec2", "us-east-1", "aws.ec2.security_group", "sg-1"),
      Self.target("ec2", "eu-west-1", "aws.ec2.instance", "i-1"),
      Self.target("ec2", "eu-west-1", "aws.ec2.vpc", "vpc-1"),
      Self.target("iam", "global", "aws.iam.user", "bob"),
      Self.target("rds", "us-east-1", "aws.rds.instance", "orders"),
      .wholeService("rds", region: "us-east-1"),
    ]

    let steps = TargetedCollection.plan(targets, homeRegion: "us-east-2")

    #expect(
      steps.map {
        "\($0.collector.service) \($0.region) \($0.targets.count) "
          + ($0.wholeServiceReason ?? "targeted")
      } == [
        "ec2 eu-west-1 2 aws.ec2.vpc has no targeted collection",
        "ec2 us-east-1 1 targeted",
        "iam us-east-2 1 iam has no targeted collection",
        "rds us-east-1 2 an event named no single rds resource",
        "s3 us-east-2 2 targeted",
      ])
    #expect(
      steps.map(\.regionLabel) == ["eu-west-1", "us-east-1", "global", "us-east-1", "global"])
  }

  @Test func aWholeRunReplacesItsSliceAndFactsExceptWhatFailed() {
    var output = CollectorOutput()
    output.resources = [
      Resource(
        id: "sg", type: "aws.ec2.security_group", account: "1", region: "eu-west-1", name: "sg")
    ]
    output.regionFacts = ["EbsEncryptionByDefault": true]
    output.failures = [
      CollectionFailure(
        service: "ec2", region: "eu-west-1", operation: "DescribeVpcs",
        resourceTypes: ["aws.ec2.vpc"], kind: .accessDenied, permission: "ec2:DescribeVpcs",
        message: "denied"),
      CollectionFailure(
        service: "ec2", region: "eu-west-1", operation: "GetSerialConsoleAccessStatus",
        resourceTypes: ["aws.region"], property: "SerialConsole", kind: .accessDenied,
        permission: "ec2:GetSerialConsoleAccessStatus", message: "denied"),
    ]

    let patch = TargetedCollection.wholeServicePatch(
      output, collector: EC2Collector(), region: "eu-west-1")

    #expect(patch.resources == output.resources)
    #expect(patch.failures == output.failures)
    #expect(
      patch.slices == [
        InventoryPatch.Slice(
          types: [
            "aws.ec2.instance", "aws.ec2.security_group", "aws.ec2.network_acl",
            "aws.ec2.subnet", "aws.ec2.route_table", "aws.ec2.volume", "aws.ec2.snapshot",
            "aws.ec2.image",
          ], region: "eu-west-1")
      ])
    #expect(
      patch.facts == [
        InventoryPatch.Fact(region: "eu-west-1", key: "EbsEncryptionByDefault", value: true),
        InventoryPatch.Fact(region: "eu-west-1", key: "SerialConsole", value: nil),
      ])
  }

  @Test func aGlobalWholeRunReplacesItsTypesInEveryRegion() {
    var output = CollectorOutput()
    output.accountFacts = ["PasswordPolicy": .null]

    let patch = TargetedCollection.wholeServicePatch(
      output, collector: IAMCollector(), region: "us-east-1")

    #expect(
      patch.slices == [
        InventoryPatch.Slice(
          types: [
            "aws.iam.user", "aws.iam.group", "aws.iam.role", "aws.iam.policy",
            "aws.iam.server_certificate",
          ], region: nil)
      ])
    #expect(patch.facts == [InventoryPatch.Fact(region: nil, key: "PasswordPolicy", value: .null)])
  }
}
