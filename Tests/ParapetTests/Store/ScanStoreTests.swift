import Foundation
import ParapetCore
import Testing

@testable import ParapetStore

/// The behaviour every store must have, run against SQLite and PostgreSQL alike.
@Suite("ScanStore behaviour") struct ScanStoreTests {
  typealias F = StoreFixtures

  @Test("records a scan and reads back exact values", arguments: StoreKind.allCases)
  func recordAndReadBack(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let resources = [F.bucket("logs"), F.bucket("web", versioning: "Suspended")]
    let findings = [
      F.finding("aws.s3.versioning", on: resources[1].id, .fail),
      F.finding("aws.s3.versioning", on: resources[0].id, .pass),
    ]
    var inventory = Inventory(account: F.account, regions: ["us-east-1"], resources: resources)
    inventory.record(
      CollectionFailure(
        service: "s3", region: "us-east-1", operation: "GetBucketPolicy",
        resourceTypes: ["aws.s3.bucket"], kind: .accessDenied,
        permission: "s3:GetBucketPolicy", message: "denied"))
    let metadata = F.metadata(services: ["s3"])

    let id = try store.record(
      ScanRecord(metadata: metadata, inventory: inventory, findings: findings))

    let expected = ScanSummary(
      id: id, metadata: metadata, status: .partial, resourceCount: 2, findingCount: 2,
      failingCount: 1)
    #expect(try store.scans() == [expected])
    #expect(try store.scan(id: id) == expected)
    #expect(try store.scan(id: id + 1) == nil)
    #expect(try store.findings(scan: id) == findings)
    #expect(try store.resources(scan: id).map(\.resource) == resources)
    #expect(
      try store.statistics()
        == StoreStatistics(
          scans: 1, bodies: 2, resourceVersions: 2, findingVersions: 2, trackedFindings: 1))
  }

  @Test("follows a finding's lifecycle across scans", arguments: StoreKind.allCases)
  func lifecycle(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let a = "arn:aws:s3:::a"
    let b = "arn:aws:s3:::b"
    let c = "arn:aws:s3:::c"
    let check = "aws.s3.versioning"

    let first = try store.record(
      F.record([], [F.finding(check, on: a, .fail), F.finding(check, on: b, .fail)]))
    let second = try store.record(
      F.record([], [F.finding(check, on: a, .fail), F.finding(check, on: b, .pass)], at: 60))
    let afterSecond = try store.lifecycles(account: F.account)
    let third = try store.record(
      F.record(
        [],
        [
          F.finding(check, on: a, .fail), F.finding(check, on: b, .fail),
          F.finding(check, on: c, .fail),
        ], at: 120))
    // A scan of another region resolves nothing in us-east-1.
    _ = try store.record(F.record([], [], at: 180, regions: ["eu-west-1"]))

    func lifecycle(
      _ resource: String, _ firstSeen: Int64, _ lastSeen: Int64, resolved: Int64?,
      reopened: Int, _ state: FindingLifecycle.State
    ) -> FindingLifecycle {
      FindingLifecycle(
        fingerprint: F.finding(check, on: resource, .fail).fingerprint, account: F.account,
        checkId: check, resourceId: resource, firstSeenScan: firstSeen, lastSeenScan: lastSeen,
        resolvedScan: resolved, reopenedCount: reopened, state: state)
    }
    let sorted = { (items: [FindingLifecycle]) in items.sorted { $0.fingerprint < $1.fingerprint } }
    #expect(
      afterSecond
        == sorted([
          lifecycle(a, first, second, resolved: nil, reopened: 0, .open),
          lifecycle(b, first, first, resolved: second, reopened: 0, .resolved),
        ]))
    #expect(
      try store.lifecycles(account: F.account)
        == sorted([
          lifecycle(a, first, third, resolved: nil, reopened: 0, .open),
          lifecycle(b, first, third, resolved: nil, reopened: 1, .open),
          lifecycle(c, third, third, resolved: nil, reopened: 0, .open),
        ]))
  }

  @Test("stores unchanged bodies once", arguments: StoreKind.allCases)
  func bodyDeduplication(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let resources = (0..<200).map { F.bucket("bucket-\($0)") }
    let findings = resources.map { F.finding("aws.s3.versioning", on: $0.id, .pass) }

    _ = try store.record(F.record(resources, findings))
    let once = try store.statistics()
    _ = try store.record(F.record(resources, findings, at: 60))
    let twice = try store.statistics()
    var changed = resources
    changed[7] = F.bucket("bucket-7", versioning: "Suspended")
    changed[150] = F.bucket("bucket-150", versioning: "Suspended")
    _ = try store.record(F.record(changed, findings, at: 120))
    let thrice = try store.statistics()

    #expect(
      once
        == StoreStatistics(
          scans: 1, bodies: 200, resourceVersions: 200, findingVersions: 200, trackedFindings: 0))
    #expect(
      twice
        == StoreStatistics(
          scans: 2, bodies: 200, resourceVersions: 200, findingVersions: 200, trackedFindings: 0))
    #expect(
      thrice
        == StoreStatistics(
          scans: 3, bodies: 202, resourceVersions: 202, findingVersions: 200, trackedFindings: 0))
  }

  @Test("a failure mid-record leaves no scan", arguments: StoreKind.allCases)
  func atomicity(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let record = F.record(
      [F.bucket("a")], [F.finding("aws.s3.versioning", on: "arn:aws:s3:::a", .fail)])
    store.faultInjection = { stage in
      if stage == "findings" { throw StoreError("injected after \(stage)") }
    }

    #expect(throws: StoreError("injected after findings")) { try store.record(record) }

    #expect(try store.scans() == [])
    #expect(
      try store.statistics()
        == StoreStatistics(
          scans: 0, bodies: 0, resourceVersions: 0, findingVersions: 0, trackedFindings: 0))
    store.faultInjection = nil
    let id = try store.record(record)
    #expect(try store.scans().map(\.id) == [id])
  }

  @Test("findings beyond one prepared chunk are stored whole and in order")
  func manyChunks() async throws {
    // Findings are prepared in chunks of 10,000 ahead of the writer: 25,001 make three,
    // the last of one finding.
    let store = try await StoreKind.sqlite.freshStore()
    let findings = (0..<25_001).map { index in
      F.finding(
        "aws.s3.check_\(index % 7)", on: "arn:aws:s3:::bucket-\(index / 7)",
        index.isMultiple(of: 3) ? .fail : .pass)
    }

    let id = try store.record(F.record([], findings))

    #expect(try store.findings(scan: id) == findings)
    #expect(try store.lifecycles(account: F.account).count == 8_334)

    // The same findings again reuse the first scan's rows: none is stored twice.
    let again = try store.record(F.record([], findings, at: 60))
    #expect(try store.findings(scan: again) == findings)
    #expect(try store.statistics().findingVersions == 25_001)
  }

  @Test("a finding reported twice in one scan is kept twice", arguments: StoreKind.allCases)
  func sameFindingTwice(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let twice = F.finding("aws.s3.versioning", on: "arn:aws:s3:::a", .fail)
    let findings = [twice, F.finding("aws.s3.versioning", on: "arn:aws:s3:::b", .pass), twice]

    let first = try store.record(F.record([], findings))
    let second = try store.record(F.record([], findings, at: 60))

    #expect(try store.findings(scan: first) == findings)
    #expect(try store.findings(scan: second) == findings)
    #expect(try store.lifecycles(account: F.account).count == 1)
  }

  @Test("a failure before the findings are written stops their preparation")
  func failureBeforeFindings() async throws {
    // The preparing thread runs chunks ahead and would wait for the writer forever if a
    // failed write did not stop it; the store must stay usable for the next scan.
    let store = try await StoreKind.sqlite.freshStore()
    let findings = (0..<60_000).map {
      F.finding("aws.s3.versioning", on: "arn:aws:s3:::bucket-\($0)", .fail)
    }
    store.faultInjection = { stage in
      if stage == "resources" { throw StoreError("injected after \(stage)") }
    }

    #expect(throws: StoreError("injected after resources")) {
      try store.record(F.record([F.bucket("a")], findings))
    }

    store.faultInjection = nil
    let id = try store.record(F.record([F.bucket("a")], Array(findings.prefix(3))))
    #expect(try store.scans().map(\.id) == [id])
    #expect(try store.findings(scan: id).count == 3)
  }

  @Test(
    "two writers with separate connections do not corrupt the store",
    arguments: StoreKind.allCases)
  func concurrentWriters(kind: StoreKind) async throws {
    let location = try await kind.freshLocation()
    let stores = [try StoreKind.open(location), try StoreKind.open(location)]
    let resources = (0..<300).map { F.bucket("bucket-\($0)") }
    let findings = resources.map { F.finding("aws.s3.versioning", on: $0.id, .fail) }
    let errors = ErrorBox()

    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for scan in 0..<5 {
        do {
          _ = try stores[writer].record(
            F.record(resources, findings, at: TimeInterval(writer * 1000 + scan)))
        } catch {
          errors.append("\(error)")
        }
      }
    }

    #expect(errors.all == [])
    let scans = try stores[0].scans()
    #expect(scans.count == 10)
    #expect(scans.allSatisfy { $0.resourceCount == 300 && $0.failingCount == 300 })
    for scan in scans {
      #expect(try stores[1].resources(scan: scan.id).count == 300)
    }
    #expect(
      try stores[1].statistics()
        == StoreStatistics(
          scans: 10, bodies: 300, resourceVersions: 300, findingVersions: 300,
          trackedFindings: 300))
  }

  /// `history --store other.db` added Parapet's eleven tables to another application's
  /// database, and one with its own `scans` table was left half-migrated.
  @Test("refuses a SQLite database that is not a Parapet store, changing nothing")
  func foreignDatabase() async throws {
    let location = try await StoreKind.sqlite.freshLocation()
    do {
      let other = try StoreKind.connection(location)
      try other.run("CREATE TABLE scans (id INTEGER PRIMARY KEY, note TEXT)", [])
      try other.run("CREATE TABLE foo (x TEXT)", [])
    }

    #expect(
      throws: StoreError(
        "it is a SQLite database of something else (tables foo, scans, no schema_version); "
          + "give --store a new file or a Parapet store")
    ) {
      try StoreKind.open(location)
    }
    let tables = try StoreKind.connection(location).run(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", []
    ).map { $0[0].string }
    #expect(tables == ["foo", "scans"])
  }

  @Test("migrates a version 1 store forward", arguments: StoreKind.allCases)
  func migration(kind: StoreKind) async throws {
    let location = try await kind.freshLocation()
    do {
      let old = try SQLScanStore(connection: StoreKind.connection(location), schemaVersion: 1)
      try old.connection.run(
        """
        INSERT INTO scans (account, regions, services, started_at, finished_at, status,
          resource_count, finding_count, failing_count)
          VALUES ('111122223333', '["eu-west-1"]', '[]', 1000, 2000, 'complete', 0, 1, 1)
        """, [])
      try old.connection.run(
        """
        INSERT INTO finding_lifecycle (account, fingerprint, check_id, resource_id, region,
          service, first_seen_scan, last_seen_scan, resolved_scan, state)
          VALUES ('111122223333', 'f1', 'aws.iam.root_mfa', 'root', 'global', 'iam', 1, 1,
          NULL, 'open')
        """, [])
      #expect(try Schema.version(of: old.connection) == 1)
    }

    let store = try StoreKind.open(location)

    #expect(try Schema.version(of: store.connection) == 7)
    #expect(try store.scans().map(\.metadata.regions) == [["eu-west-1"]])
    // Scans recorded before version 3 keep empty identity fields; before 6, none is a
    // rescan.
    #expect(try store.scans().map(\.metadata.callerArn) == [""])
    #expect(try store.scans().map(\.metadata.rescanOf) == [nil])
    #expect(
      try store.lifecycles(account: "111122223333").map(\.reopenedCount) == [0])
    try store.connection.run("UPDATE schema_version SET version = 99", [])
    #expect(
      throws: StoreError(
        "the store has schema version 99, newer than this parapet understands (7); "
          + "upgrade parapet to read it")
    ) { try StoreKind.open(location) }
  }

  @Test("prunes old scans and unreferenced bodies", arguments: StoreKind.allCases)
  func prune(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let day: TimeInterval = 86_400
    let now = F.start.addingTimeInterval(200 * day)
    _ = try store.record(F.record([F.bucket("a"), F.bucket("gone")], at: 100 * day))
    let kept = try store.record(F.record([F.bucket("a")], at: 150 * day))
    let latest = try store.record(F.record([F.bucket("a")], at: 199 * day))
    let cutoff = try RetentionPeriod("90d").cutoff(now: now)

    let result = try store.prune(finishedBefore: cutoff)

    #expect(result == PruneResult(scans: 1, bodies: 1))
    #expect(try store.scans().map(\.id) == [latest, kept])
    #expect(
      try store.statistics()
        == StoreStatistics(
          scans: 2, bodies: 1, resourceVersions: 1, findingVersions: 0, trackedFindings: 0))
    #expect(try store.resources(scan: kept).map(\.resource) == [F.bucket("a")])
  }

  @Test("diffs two stored scans of a security group opening SSH", arguments: StoreKind.allCases)
  func storedDiff(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let before = F.securityGroup([F.rule(443, ["0.0.0.0/0"])])
    let after = F.securityGroup([F.rule(443, ["0.0.0.0/0"]), F.rule(22, ["0.0.0.0/0"])])
    let old = try store.record(F.record([before, F.bucket("gone")]))
    let new = try store.record(F.record([after, F.bucket("new")], at: 60))

    let diff = try store.diff(old: old, new: new)

    #expect(diff.render(.text) == ScanDiffTests.expectedSecurityGroupText(old: old, new: new))
    #expect(throws: StoreError("no scan with id 99 in the store; `parapet history` lists scans")) {
      try store.diff(old: old, new: 99)
    }
    #expect(try store.latestScans(account: F.account).map(\.id) == [new, old])
  }

  @Test("a stored diff says what resolved findings became", arguments: StoreKind.allCases)
  func storedDiffStatuses(kind: StoreKind) async throws {
    let store = try await kind.freshStore()
    let check = "aws.s3.versioning"
    let old = try store.record(
      F.record(
        [],
        [
          F.finding(check, on: "arn:aws:s3:::a", .fail),
          F.finding(check, on: "arn:aws:s3:::b", .fail),
        ]))
    let new = try store.record(
      F.record(
        [],
        [
          F.finding(check, on: "arn:aws:s3:::a", .muted),
          F.finding(check, on: "arn:aws:s3:::c", .fail),
        ],
        at: 60))

    let diff = try store.diff(old: old, new: new)

    #expect(diff.newFindings == [F.finding(check, on: "arn:aws:s3:::c", .fail)])
    #expect(
      diff.resolvedFindings == [
        ResolvedFinding(finding: F.finding(check, on: "arn:aws:s3:::a", .fail), nowStatus: .muted),
        ResolvedFinding(finding: F.finding(check, on: "arn:aws:s3:::b", .fail), nowStatus: nil),
      ])
    #expect(diff.stillFailing == [])
  }

  @Test(
    "a stored diff with many resolved equals the diff of the scans in memory",
    arguments: StoreKind.allCases, [1_200, 2_050])
  func storedDiffOfManyResolved(kind: StoreKind, resolving: Int) async throws {
    // Up to 2,000 resolved findings the store reads their newer statuses by name, 500 at a
    // time; past that in one pass. Both must give what comparing the whole scans gives.
    let store = try await kind.freshStore()
    let check = "aws.s3.versioning"
    let buckets = (0..<(resolving + 50)).map { "arn:aws:s3:::bucket-\($0)" }
    let oldRecord = F.record([], buckets.map { F.finding(check, on: $0, .fail) })
    let newStatuses: [Finding.Status] = buckets.indices.map { index in
      index >= resolving ? .fail : index.isMultiple(of: 2) ? .pass : .muted
    }
    let newRecord = F.record(
      [],
      zip(buckets, newStatuses).map { F.finding(check, on: $0, $1) }
        + [F.finding(check, on: "arn:aws:s3:::fresh", .fail)], at: 60)
    let old = try store.record(oldRecord)
    let new = try store.record(newRecord)

    let diff = try store.diff(old: old, new: new)

    let expected = ScanDiff.compute(
      old: ScanContents(oldRecord), new: ScanContents(newRecord), oldScan: old, newScan: new)
    #expect(diff.resolvedFindings.count == resolving)
    #expect(diff.resolvedFindings.filter { $0.nowStatus == .muted }.count == resolving / 2)
    #expect(diff.stillFailing.count == 50)
    #expect(diff.newFindings.map(\.resourceId) == ["arn:aws:s3:::fresh"])
    #expect(diff == expected)
  }
}

/// Collects errors from concurrent writers.
final class ErrorBox: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [String] = []

  func append(_ error: String) {
    lock.lock()
    errors.append(error)
    lock.unlock()
  }

  var all: [String] {
    lock.lock()
    defer { lock.unlock() }
    return errors
  }
}
