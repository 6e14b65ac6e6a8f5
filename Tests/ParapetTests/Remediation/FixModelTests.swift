import Foundation
import ParapetAWS
import ParapetCore
import Testing

@testable import ParapetRemediation

/// The data model without AWS: calls and audit entries survive a JSON round trip, the
/// audit log appends whole lines, and the catalog covers the list.
@Suite struct FixModelTests {
  static let calls: [FixCall] = [
    FixCall(
      service: .ec2, region: "eu-west-1", operation: "EnableEbsEncryptionByDefault",
      permission: "ec2:EnableEbsEncryptionByDefault", request: .query(["A": "1"])),
    FixCall(
      service: .kms, region: "eu-west-1", operation: "EnableKeyRotation",
      permission: "kms:EnableKeyRotation", request: .json(["KeyId": "k"])),
    FixCall(
      service: .s3, region: "us-east-1", operation: "PutBucketVersioning",
      permission: "s3:PutBucketVersioning",
      request: .rest(
        method: "PUT", path: "/b", query: ["versioning": ""], headers: ["h": "v"],
        body: "<x/>")),
    FixCall(
      service: .s3, region: "us-east-1", operation: "DeleteBucketPolicy",
      permission: "s3:DeleteBucketPolicy",
      request: .rest(method: "DELETE", path: "/b", query: ["policy": ""], headers: [:], body: nil)),
  ]

  @Test(arguments: calls) func callRoundTripsThroughJSON(_ call: FixCall) throws {
    #expect(try FixCall(json: call.json) == call)
  }

  @Test func auditEntryRoundTripsAndLogAppendsWholeLines() throws {
    let resource = Resource(
      id: "arn:aws:s3:::b", type: "aws.s3.bucket", account: "1", region: "us-east-1", name: "b")
    let plan = FixPlan(
      fixer: "s3.bucket_versioning", checkIds: ["c"], resource: resource, summary: "s",
      calls: Array(Self.calls.prefix(2)), before: ["Status": nil], after: ["Status": "Enabled"],
      undoCalls: [Self.calls[3]])
    let outcome = CallsOutcome(
      made: [Self.calls[0]], failure: (Self.calls[1], "boom"), skipped: [])
    let entry = AuditEntry(
      id: "e1", time: Date(timeIntervalSince1970: 1_700_000_000), who: "arn:me", plan: plan,
      outcome: outcome)
    #expect(entry.result == "partial")

    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("audit") + ".jsonl").path
    let log = AuditLog(path: path)
    try log.append(entry)
    try log.append(entry)
    let read = try log.entries()
    #expect(read.count == 2)
    #expect(read[0].json == entry.json)
    #expect(read[0].json["time"] == "2023-11-14T22:13:20Z")
    #expect(throws: AuditLogError.self) { try log.entry(id: "missing") }
  }

  @Test func catalogCoversAtLeastTwentyFiveFixersWithUniqueChecks() {
    let catalog = FixerCatalog.builtin
    #expect(catalog.fixers.count == 27)
    #expect(Set(catalog.fixers.map(\.id)).count == catalog.fixers.count)
    #expect(Set(catalog.checkIds).count == catalog.checkIds.count)
    #expect(catalog.fixers.allSatisfy { !$0.permissions.isEmpty && !$0.recollect.isEmpty })
  }

  @Test(
    arguments: [
      (["Effect": "Deny", "Condition": ["Bool": ["aws:SecureTransport": "false"]]], true),
      (["Effect": "Deny", "Condition": ["Bool": ["aws:securetransport": ["false"]]]], true),
      (["Effect": "Allow", "Condition": ["Bool": ["aws:SecureTransport": "false"]]], false),
      (["Effect": "Deny", "Condition": ["Bool": ["aws:SecureTransport": "true"]]], false),
      (["Sid": "ParapetDenyInsecureTransport"], true),
    ] as [(JSONValue, Bool)])
  func secureTransportStatementIsRecognised(_ statement: JSONValue, _ expected: Bool) {
    #expect(BucketSecureTransportFixer.deniesInsecureTransport(statement) == expected)
  }
}
