import ParapetCore
import Testing

/// Laying what a rescan re-read over an earlier inventory.
@Suite struct InventoryPatchTests {
  static func resource(
    _ id: String, _ properties: JSONValue = [:], type: String = "aws.s3.bucket",
    region: String = "us-east-1"
  ) -> Resource {
    Resource(
      id: id, type: type, account: "111122223333", region: region, name: id,
      properties: properties)
  }

  static func failure(
    _ type: String, region: String = "us-east-1", resource: String? = nil,
    property: String? = nil
  ) -> CollectionFailure {
    CollectionFailure(
      service: "test", region: region, operation: "Describe", resourceTypes: [type],
      resourceId: resource, property: property, kind: .accessDenied, permission: "test:Describe",
      message: "denied")
  }

  @Test func replacesAddsAndRemovesByIdKeepingOrder() {
    let before = Inventory(
      account: "111122223333", regions: ["us-east-1"],
      resources: [
        Self.resource("a", ["Policy": "old"]), Self.resource("b"), Self.resource("c"),
      ])
    var patch = InventoryPatch()
    patch.resources = [
      Self.resource("d"), Self.resource("a", ["Policy": "new"]), Self.resource("b"),
    ]
    patch.removedIds = ["c"]

    let patched = before.applying(patch)

    #expect(patched.inventory.resources.map(\.id) == ["a", "b", "d"])
    #expect(patched.inventory.resource(id: "a")?.properties == ["Policy": "new"])
    #expect(patched.changed == ["a"])
    #expect(patched.unchanged == ["b"])
    #expect(patched.added == ["d"])
    #expect(patched.removed == ["c"])
    #expect(patched.touchedIds == ["a", "b", "c", "d"])
  }

  @Test func aRelistedSliceDropsWhatTheListingLacks() {
    let group = "aws.ec2.security_group"
    let before = Inventory(
      account: "111122223333", regions: ["us-east-1", "eu-west-1"],
      resources: [
        Self.resource("sg-east", type: group),
        Self.resource("sg-west", type: group, region: "eu-west-1"),
        Self.resource("sg-kept", type: group), Self.resource("bucket"),
      ])
    var patch = InventoryPatch()
    patch.resources = [Self.resource("sg-kept", type: group)]
    patch.slices = [InventoryPatch.Slice(types: [group], region: "us-east-1")]

    let patched = before.applying(patch)

    #expect(patched.inventory.resources.map(\.id) == ["sg-west", "sg-kept", "bucket"])
    #expect(patched.removed == ["sg-east"])
    #expect(patched.unchanged == ["sg-kept"])
  }

  @Test func factsAreSetOrDroppedOnTheAccountAndRegionResources() {
    let account = Self.resource(
      "arn:aws:iam::111122223333:root",
      [
        "Regions": ["us-east-1"], "S3PublicAccessBlock": ["BlockPublicAcls": false],
        "PasswordPolicy": ["MinimumPasswordLength": 14],
      ], type: "aws.account", region: "global")
    let region = Self.resource(
      "region-east", ["EbsEncryptionByDefault": false], type: "aws.region")
    let other = Self.resource("region-west", type: "aws.region", region: "eu-west-1")
    let before = Inventory(
      account: "111122223333", regions: ["us-east-1", "eu-west-1"],
      resources: [account, region, other])
    var patch = InventoryPatch()
    patch.facts = [
      InventoryPatch.Fact(
        region: nil, key: "S3PublicAccessBlock", value: ["BlockPublicAcls": true]),
      InventoryPatch.Fact(region: nil, key: "PasswordPolicy", value: nil),
      InventoryPatch.Fact(region: "us-east-1", key: "EbsEncryptionByDefault", value: true),
    ]

    let patched = before.applying(patch)

    #expect(
      patched.inventory.resource(id: account.id)?.properties == [
        "Regions": ["us-east-1"], "S3PublicAccessBlock": ["BlockPublicAcls": true],
      ])
    #expect(
      patched.inventory.resource(id: "region-east")?.properties == [
        "EbsEncryptionByDefault": true
      ])
    #expect(patched.inventory.resource(id: "region-west") == other)
    #expect(patched.factResources == [account.id, "region-east"])
    #expect(patched.touchedIds == [account.id, "region-east"])
  }

  @Test func failuresAboutWhatWasReadAgainGiveWayToTheNewOnes() {
    let group = "aws.ec2.security_group"
    let earlier = [
      Self.failure("aws.s3.bucket", resource: "c", property: "Policy"),
      Self.failure(group),
      Self.failure(group, region: "eu-west-1"),
      Self.failure("aws.s3.bucket", resource: "b", property: "Acl"),
    ]
    let before = Inventory(
      account: "111122223333", regions: ["us-east-1"],
      resources: [Self.resource("b"), Self.resource("c")], failures: earlier)
    var patch = InventoryPatch()
    patch.removedIds = ["c"]
    patch.slices = [InventoryPatch.Slice(types: [group], region: "us-east-1")]
    patch.failures = [Self.failure(group, resource: "sg-new", property: "Tags")]

    let patched = before.applying(patch)

    #expect(patched.inventory.failures == [earlier[2], earlier[3], patch.failures[0]])
  }
}
