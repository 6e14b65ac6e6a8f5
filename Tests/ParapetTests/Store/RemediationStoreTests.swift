import Foundation
import ParapetCore
import Testing

@testable import ParapetStore

/// Fix results kept against findings: `parapet fix` records them, `history fixes` reads them.
@Suite struct RemediationStoreTests {
  private typealias F = StoreFixtures

  private static func record(
    _ check: String, on bucket: String, _ result: String, detail: String = "",
    scan: Int64? = nil, at offset: TimeInterval
  ) -> RemediationRecord {
    let finding = F.finding(check, on: "arn:aws:s3:::\(bucket)", .fail)
    return RemediationRecord(
      account: F.account, fingerprint: finding.fingerprint, checkId: check,
      resourceId: finding.resourceId, scanId: scan, auditEntryId: "entry-\(Int(offset))",
      result: result, detail: detail, who: "arn:aws:iam::\(F.account):user/fixer",
      time: F.start.addingTimeInterval(offset))
  }

  @Test("records fix results and reads them back by finding", arguments: StoreKind.allCases)
  func recordAndRead(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let scan = try store.record(
      F.record(
        [F.bucket("logs")], [F.finding("aws.s3.versioning", on: "arn:aws:s3:::logs", .fail)]))
    let fixed = Self.record("aws.s3.versioning", on: "logs", "fixed", scan: scan, at: 60)
    let undone = Self.record("aws.s3.versioning", on: "logs", "undone", at: 120)
    let other = Self.record(
      "aws.s3.encryption", on: "data", "failed_to_apply", detail: "AccessDenied: no", at: 90)

    try store.recordRemediations([fixed, other])
    try store.recordRemediations([undone])

    #expect(try store.remediations(account: F.account, fingerprint: nil) == [fixed, other, undone])
    #expect(
      try store.remediations(account: F.account, fingerprint: fixed.fingerprint)
        == [fixed, undone])
    #expect(try store.remediations(account: "999999999999", fingerprint: nil) == [])
    #expect(try store.remediations(account: nil, fingerprint: nil).count == 3)
  }

  @Test("prune forgets fix results older than the cutoff", arguments: StoreKind.allCases)
  func prune(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let old = Self.record("aws.s3.versioning", on: "logs", "fixed", at: 10)
    let recent = Self.record("aws.s3.versioning", on: "logs", "undone", at: 1_000)
    try store.recordRemediations([old, recent])

    _ = try store.prune(finishedBefore: F.start.addingTimeInterval(500))

    #expect(try store.remediations(account: nil, fingerprint: nil) == [recent])
  }
}
