import Foundation
import ParapetCore
import Testing

@testable import ParapetStore

/// A finding resolves only when a newer scan looked at it again: buckets a scan could not
/// list, regions it did not scan and checks it did not run leave their findings failing as
/// far as anyone knows, in `diff` and in the lifecycles `watch` announces from.
@Suite struct ReassessmentTests {
  typealias F = StoreFixtures
  static let check = "aws.s3.versioning"

  /// Two buckets failing `check` in us-east-1.
  private func failingScan(at offset: TimeInterval = 0) -> ScanRecord {
    let buckets = [F.bucket("a", versioning: "Suspended"), F.bucket("b", versioning: "Suspended")]
    return F.record(buckets, buckets.map { F.finding(Self.check, on: $0.id, .fail) }, at: offset)
  }

  @Test(
    "buckets that could not be listed are neither resolved nor removed",
    arguments: StoreKind.allCases)
  func unlistedBuckets(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let first = try store.record(failingScan())
    var inventory = Inventory(account: F.account, regions: ["us-east-1"])
    inventory.record(
      CollectionFailure(
        service: "s3", region: "us-east-1", operation: "ListBuckets",
        resourceTypes: ["aws.s3.bucket"], kind: .error, permission: "s3:ListAllMyBuckets",
        message: "connection refused"))
    var placeholder = F.finding(Self.check, on: "aws.s3.bucket/*", .notEvaluated)
    placeholder.resourceName = "*"
    let partial = try store.record(
      ScanRecord(
        metadata: F.metadata(at: 60, services: ["s3"]), inventory: inventory,
        findings: [placeholder]))

    let diff = try store.diff(old: first, new: partial)

    #expect(diff.resolvedFindings == [])
    #expect(
      diff.notReassessed.map(\.reason)
        == Array(repeating: "the newer scan could not list its resources", count: 2))
    #expect(diff.removedResources == [])
    #expect(diff.unseenResources.map(\.resource.id) == ["arn:aws:s3:::a", "arn:aws:s3:::b"])
    #expect(
      diff.render(.text).contains("Findings: 0 new, 0 resolved, 0 still failing, 2 not re-assessed")
    )
    let lifecycles = try store.lifecycles(account: F.account)
    #expect(lifecycles.map(\.state) == [.open, .open])
    #expect(lifecycles.map(\.lastSeenScan) == [first, first])

    // The next full scan finds them failing still: not reopened, so not announced again.
    _ = try store.record(failingScan(at: 120))
    #expect(try store.lifecycles(account: F.account).map(\.reopenedCount) == [0, 0])
  }

  @Test(
    "findings outside the newer scan's regions are not re-assessed",
    arguments: StoreKind.allCases)
  func otherRegion(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let first = try store.record(failingScan())
    let elsewhere = try store.record(F.record([], [], at: 60, regions: ["eu-west-1"]))

    let diff = try store.diff(old: first, new: elsewhere)

    #expect(diff.resolvedFindings == [])
    #expect(Set(diff.notReassessed.map(\.reason)) == ["outside the newer scan's regions"])
    #expect(diff.removedResources == [])
    #expect(diff.unseenResources.count == 2)
  }

  @Test(
    "a check the newer scan did not run leaves its findings open",
    arguments: StoreKind.allCases)
  func checkNotRun(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let first = try store.record(failingScan())
    let buckets = [F.bucket("a", versioning: "Suspended"), F.bucket("b", versioning: "Suspended")]
    let other = "aws.s3.bucket_encryption"
    let narrower = try store.record(
      F.record(buckets, buckets.map { F.finding(other, on: $0.id, .pass) }, at: 60))

    let diff = try store.diff(old: first, new: narrower)

    #expect(diff.resolvedFindings == [])
    #expect(Set(diff.notReassessed.map(\.reason)) == ["the newer scan did not run this check"])
    #expect(try store.lifecycles(account: F.account).map(\.state) == [.open, .open])
  }

  @Test("a deleted bucket's findings resolve", arguments: StoreKind.allCases)
  func deletedBucket(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let first = try store.record(failingScan())
    let onlyA = F.bucket("a", versioning: "Suspended")
    let second = try store.record(
      F.record([onlyA], [F.finding(Self.check, on: onlyA.id, .fail)], at: 60))

    let diff = try store.diff(old: first, new: second)

    #expect(diff.resolvedFindings.map(\.finding.resourceId) == ["arn:aws:s3:::b"])
    #expect(diff.notReassessed == [])
    #expect(diff.removedResources.map(\.id) == ["arn:aws:s3:::b"])
    let states = Dictionary(
      uniqueKeysWithValues: try store.lifecycles(account: F.account).map {
        ($0.resourceId, $0.state)
      })
    #expect(states == ["arn:aws:s3:::a": .open, "arn:aws:s3:::b": .resolved])
  }

  /// The mirror: after a narrower scan, the next full scan's failures were all "new" and
  /// its resources all "added", though they had failed and existed all along.
  @Test(
    "what the older scan did not look at is neither new nor added",
    arguments: StoreKind.allCases)
  func notAssessedBefore(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let elsewhere = try store.record(F.record([], [], regions: ["eu-west-1"]))
    let full = try store.record(failingScan(at: 60))

    let diff = try store.diff(old: elsewhere, new: full)

    #expect(diff.newFindings == [])
    #expect(
      diff.notAssessedBefore.map(\.reason)
        == Array(repeating: "outside the older scan's regions", count: 2))
    #expect(diff.addedResources == [])
    #expect(diff.newlySeenResources.map(\.resource.id) == ["arn:aws:s3:::a", "arn:aws:s3:::b"])
    #expect(
      diff.render(.text).contains(
        "Findings: 0 new, 0 resolved, 0 still failing, 2 failing and not assessed before"))
    let json = try JSONValue.parse(diff.render(.json))
    #expect(json.value(at: "findings.not_assessed_before")?.arrayValue?.count == 2)
    #expect(json.value(at: "resources.newly_seen")?.arrayValue?.count == 2)

    // A bucket created since a scan that covered it is new, with its failure.
    let third = try store.record(
      F.record(
        [
          F.bucket("a", versioning: "Suspended"), F.bucket("b", versioning: "Suspended"),
          F.bucket("c", versioning: "Suspended"),
        ],
        ["a", "b", "c"].map { F.finding(Self.check, on: "arn:aws:s3:::\($0)", .fail) },
        at: 120))
    let next = try store.diff(old: full, new: third)
    #expect(next.newFindings.map(\.resourceId) == ["arn:aws:s3:::c"])
    #expect(next.addedResources.map(\.id) == ["arn:aws:s3:::c"])
    #expect(next.notAssessedBefore == [] && next.newlySeenResources == [])
  }

  /// An EC2-only scan's account resource lacked the password policy IAM had filled in,
  /// and the diff said the policy was removed.
  @Test("a narrower scan does not remove the account's settings it did not read")
  func accountSettingsOutsideANarrowerScan() async throws {
    let store = try await StoreKind.sqlite.freshStore()
    func account(_ properties: JSONValue) -> Resource {
      Resource(
        id: "arn:aws:iam::\(F.account):root", type: "aws.account", account: F.account,
        region: "global", name: F.account, properties: properties)
    }
    let full = try store.record(
      F.record([account(["PasswordPolicy": ["MinimumPasswordLength": 14], "Alias": "a"])]))
    var narrowRecord = F.record([account(["Alias": "b"])], at: 60)
    narrowRecord.metadata.services = ["ec2"]
    let narrow = try store.record(narrowRecord)
    let again = try store.record(F.record([account(["Alias": "b"])], at: 120))

    let changes = try store.diff(old: full, new: narrow).changedResources.flatMap(\.changes)
    #expect(changes.map(\.path) == ["Alias"])
    // Nor was it added back by the next full scan.
    let back = try store.diff(old: narrow, new: full).changedResources.flatMap(\.changes)
    #expect(back.map(\.path) == ["Alias"])
    // A scan as wide as the first does report the policy gone.
    let removed = try store.diff(old: full, new: again).changedResources.flatMap(\.changes)
    #expect(removed.map(\.kind) == [.changed, .removed])
  }

  /// A us-east-1 scan lists buckets of every region; an EC2-only rescan of us-east-1 left
  /// an eu-west-1 bucket out for its services, not its regions.
  @Test("a reason names the services, not regions both scans shared")
  func reasonForABucketOfAnotherRegion() async throws {
    let store = try await StoreKind.sqlite.freshStore()
    var bucket = F.bucket("far", versioning: "Suspended")
    bucket.region = "eu-west-1"
    let first = try store.record(
      F.record([bucket], [F.finding(Self.check, on: bucket.id, .fail, region: "eu-west-1")]))
    var ec2Only = F.record([], at: 60)
    ec2Only.metadata.services = ["ec2"]
    let second = try store.record(ec2Only)

    let diff = try store.diff(old: first, new: second)

    #expect(diff.notReassessed.map(\.reason) == ["outside the newer scan's services"])
    #expect(diff.unseenResources.map(\.reason) == ["outside the newer scan's services"])
  }
}
