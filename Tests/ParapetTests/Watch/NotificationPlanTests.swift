import ParapetCore
import ParapetStore
import Testing

@testable import ParapetCLI

/// What one channel is told after one scan, decided from the scan, the diff, the
/// lifecycles and the channel's ledger.
@Suite struct NotificationPlanTests {
  private typealias W = WatchFixtures

  static let open = W.finding("aws.s3.a", on: "open", .fail)
  static let fresh = W.finding("aws.s3.b", on: "fresh", .fail, .critical)
  static let low = W.finding("aws.s3.c", on: "low", .fail, .low)
  static let passing = W.finding("aws.s3.d", on: "passing", .pass)
  static let findings = [open, fresh, low, passing]

  struct Case: CustomStringConvertible, Sendable {
    var description: String
    var newSincePrevious: Set<String>
    var openings: [String: Int]
    var ledger: NotificationLedger?
    var baseline: [String]
    var due: [String]
  }

  static let cases: [Case] = [
    Case(
      description: "an account's first scan is all baseline",
      newSincePrevious: [], openings: [:], ledger: nil,
      baseline: ["aws.s3.a", "aws.s3.b", "aws.s3.c"], due: []),
    Case(
      description: "a new channel takes what the diff calls new, above the threshold",
      newSincePrevious: [fresh.fingerprint, low.fingerprint], openings: [:], ledger: nil,
      baseline: ["aws.s3.a"], due: ["aws.s3.b"]),
    Case(
      description: "a known channel hears what it does not know",
      newSincePrevious: [], openings: [:],
      ledger: NotificationLedger(baselineScan: 1, openings: [open.fingerprint: 0]),
      baseline: [], due: ["aws.s3.b"]),
    Case(
      description: "a reopened finding is due again",
      newSincePrevious: [], openings: [open.fingerprint: 1, fresh.fingerprint: 0],
      ledger: NotificationLedger(
        baselineScan: 1, openings: [open.fingerprint: 0, fresh.fingerprint: 0]),
      baseline: [], due: ["aws.s3.a"]),
    Case(
      description: "nothing is due twice",
      newSincePrevious: [fresh.fingerprint], openings: [open.fingerprint: 2],
      ledger: NotificationLedger(
        baselineScan: 1, openings: [open.fingerprint: 2, fresh.fingerprint: 0]),
      baseline: [], due: []),
  ]

  @Test(arguments: cases)
  func plan(_ testCase: Case) {
    let plan = NotificationPlan(
      findings: Self.findings, newSincePrevious: testCase.newSincePrevious,
      openings: testCase.openings, ledger: testCase.ledger, threshold: .high)

    #expect(plan.baseline.map(\.outcome).allSatisfy { $0 == .baseline })
    #expect(
      plan.baseline.map(\.fingerprint)
        == testCase.baseline.map { check in
          Self.findings.first { $0.checkId == check }?.fingerprint ?? ""
        })
    #expect(plan.due.map(\.finding.checkId) == testCase.due)
  }

  @Test func dueEntriesCarryTheOpeningTheyAnnounce() {
    let plan = NotificationPlan(
      findings: [Self.open, Self.open], newSincePrevious: [],
      openings: [Self.open.fingerprint: 3],
      ledger: NotificationLedger(baselineScan: 1, openings: [:]), threshold: .medium)

    #expect(
      plan.entries(.delivered)
        == [NotificationEntry(fingerprint: Self.open.fingerprint, opening: 3, outcome: .delivered)])
  }

  /// The watch listed due findings in check order: critical, high, critical.
  @Test func dueFindingsAreMostSevereFirst() {
    let findings = [
      W.finding("aws.s3.a", on: "one", .fail, .critical),
      W.finding("aws.s3.b", on: "two", .fail, .high),
      W.finding("aws.s3.c", on: "three", .fail, .critical),
    ]
    let plan = NotificationPlan(
      findings: findings, newSincePrevious: [], openings: [:],
      ledger: NotificationLedger(baselineScan: 1, openings: [:]), threshold: .low)

    #expect(plan.due.map(\.finding.checkId) == ["aws.s3.a", "aws.s3.c", "aws.s3.b"])
  }
}
