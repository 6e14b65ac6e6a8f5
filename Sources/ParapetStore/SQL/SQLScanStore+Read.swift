import Foundation
import ParapetCore

extension SQLScanStore {
  /// The findings of scan `id` in recorded order.
  public func findings(scan id: Int64) throws -> [Finding] {
    try findingRows(scan: id, failingOnly: false)
  }

  /// The findings of scan `id`, or only its failing ones.
  func findingRows(scan id: Int64, failingOnly: Bool) throws -> [Finding] {
    try findingRowsWithFingerprints(scan: id, failingOnly: failingOnly).findings
  }

  /// The findings of scan `id` (or its failing ones) and their stored fingerprints, in
  /// the same order, so callers need not hash every finding again.
  private func findingRowsWithFingerprints(scan id: Int64, failingOnly: Bool) throws
    -> (findings: [Finding], fingerprints: [String])
  {
    let filter = failingOnly ? " AND s.failing = 1" : ""
    var decoder = FindingRowDecoder()
    var findings: [Finding] = []
    var fingerprints: [String] = []
    try locked { connection in
      try connection.forEachRow(
        """
        SELECT \(FindingRowDecoder.columns) FROM scan_findings s
          JOIN finding_versions v ON v.id = s.version_id
          WHERE s.scan_id = ?\(filter) ORDER BY s.position
        """, [.integer(id)]
      ) { row in
        findings.append(decoder.finding(row))
        fingerprints.append(row[FindingRowDecoder.fingerprintColumn].string)
      }
    }
    return (findings, fingerprints)
  }

  /// The finding versions with the given ids, in no particular order.
  private func findingVersions(_ ids: [Int64]) throws -> [Finding] {
    var decoder = FindingRowDecoder()
    var findings: [Finding] = []
    try locked { connection in
      for chunk in ids.chunked(by: Self.parametersPerQuery) {
        try connection.forEachRow(
          """
          SELECT \(FindingRowDecoder.columns) FROM finding_versions v
            WHERE v.id IN (\(placeholders(chunk.count)))
          """, chunk.map { .integer($0) }
        ) { row in findings.append(decoder.finding(row)) }
      }
    }
    return findings
  }

  /// Fingerprint and version of each failing finding of scan `id`: what a diff needs of
  /// the older scan until it knows which findings resolved.
  private func failingFingerprints(scan id: Int64) throws
    -> [(fingerprint: String, version: Int64)]
  {
    var entries: [(fingerprint: String, version: Int64)] = []
    try locked { connection in
      try connection.forEachRow(
        """
        SELECT v.fingerprint, s.version_id FROM scan_findings s
          JOIN finding_versions v ON v.id = s.version_id
          WHERE s.scan_id = ? AND s.failing = 1 ORDER BY s.position
        """, [.integer(id)]
      ) { row in entries.append((row[0].string, row[1].int64 ?? 0)) }
    }
    return entries
  }

  /// Status in scan `id` of each of `fingerprints` that is there and not failing. A few
  /// are looked up by name; many are read with every non-failing status of the scan.
  func findingStatuses(scan id: Int64, of fingerprints: Set<String>) throws
    -> [String: Finding.Status]
  {
    var statuses: [String: Finding.Status] = [:]
    try forEachRow(
      """
      SELECT v.fingerprint, v.status FROM scan_findings s
        JOIN finding_versions v ON v.id = s.version_id WHERE s.scan_id = ? AND s.failing = 0
      """, scan: id, keyColumn: "v.fingerprint", among: fingerprints
    ) { row in
      let fingerprint = row[0].string
      if statuses[fingerprint] == nil {
        statuses[fingerprint] = Finding.Status(rawValue: row[1].string)
      }
    }
    return statuses
  }

  /// Runs `sql` (its one parameter the scan id, its first column `keyColumn`) and hands
  /// `body` the rows whose key is among `keys`: up to 2,000 keys are named in `IN` lists of
  /// `parametersPerQuery`, more are filtered here from one pass over the scan.
  private func forEachRow(
    _ sql: String, scan id: Int64, keyColumn: String, among keys: Set<String>,
    _ body: ([SQLValue]) -> Void
  ) throws {
    guard !keys.isEmpty else { return }
    try locked { connection in
      guard keys.count <= 4 * Self.parametersPerQuery else {
        return try connection.forEachRow(sql, [.integer(id)]) { row in
          if keys.contains(row[0].string) { body(row) }
        }
      }
      for chunk in Array(keys).chunked(by: Self.parametersPerQuery) {
        try connection.forEachRow(
          sql + " AND \(keyColumn) IN (\(placeholders(chunk.count)))",
          [.integer(id)] + chunk.map { .text($0) }, body)
      }
    }
  }

  /// Bound parameters per `IN (...)` list, well under every engine's limit.
  static var parametersPerQuery: Int { 500 }

  /// The resources of scan `id` with their bodies, in recorded order.
  public func resources(scan id: Int64) throws -> [StoredResource] {
    try resourceRows(scan: id)
  }

  /// Lifecycles of `account`'s findings, ordered by fingerprint.
  public func lifecycles(account: String) throws -> [FindingLifecycle] {
    let rows = try locked { connection in
      try connection.run(
        """
        SELECT fingerprint, account, check_id, resource_id, first_seen_scan, last_seen_scan,
          resolved_scan, reopened_count, state FROM finding_lifecycle WHERE account = ?
          ORDER BY fingerprint
        """, [.text(account)])
    }
    return rows.map { row in
      FindingLifecycle(
        fingerprint: row[0].string, account: row[1].string, checkId: row[2].string,
        resourceId: row[3].string, firstSeenScan: row[4].int64 ?? 0,
        lastSeenScan: row[5].int64 ?? 0, resolvedScan: row[6].int64,
        reopenedCount: row[7].int, state: FindingLifecycle.State(rawValue: row[8].string) ?? .open)
    }
  }

  /// Drift from scan `old` to scan `new`; throws when either is missing.
  public func diff(old: Int64, new: Int64) throws -> ScanDiff {
    guard let oldSummary = try scan(id: old) else {
      throw StoreError("no scan with id \(old) in the store; `parapet history` lists scans")
    }
    guard let newSummary = try scan(id: new) else {
      throw StoreError("no scan with id \(new) in the store; `parapet history` lists scans")
    }

    // Only failing findings matter to a diff. The newer scan's are listed in full; of the
    // older scan's, only those that no longer fail are read whole, with their new status.
    let failingAfter = try findingRowsWithFingerprints(scan: new, failingOnly: true)
    let failingNow = Set(failingAfter.fingerprints)
    let failingBefore = try failingFingerprints(scan: old)
    var resolvedVersions: [Int64] = []
    var resolvedPrints: Set<String> = []
    for entry in failingBefore where !failingNow.contains(entry.fingerprint) {
      if resolvedPrints.insert(entry.fingerprint).inserted {
        resolvedVersions.append(entry.version)
      }
    }
    let resolved = try findingVersions(resolvedVersions)
    let statuses = try findingStatuses(scan: new, of: resolvedPrints)
    let absentResources = Set(
      resolved.filter { statuses[$0.fingerprint] == nil }.map(\.resourceId))
    let presentResources = try resourceIds(scan: new, among: absentResources)

    // What fails now and did not then: its status in the older scan, if it had one, and
    // whether its resource was there, tell a new failure from one not looked at before.
    let failedBefore = Set(failingBefore.map(\.fingerprint))
    let newlyFailing = failingAfter.findings.indices.filter {
      !failedBefore.contains(failingAfter.fingerprints[$0])
    }
    let oldStatuses = try findingStatuses(
      scan: old, of: Set(newlyFailing.map { failingAfter.fingerprints[$0] }))
    let presentBefore = try resourceIds(
      scan: old,
      among: Set(
        newlyFailing.filter { oldStatuses[failingAfter.fingerprints[$0]] == nil }
          .map { failingAfter.findings[$0].resourceId }))

    // A resource version both scans link to is the same resource, unchanged; only the
    // versions one side lacks are loaded and compared.
    let oldVersions = try versionIds(scan: old)
    let newVersions = try versionIds(scan: new)
    var before = ScanContents(
      findings: resolved,
      resources: try resourceRows(versions: oldVersions.filter { !newVersions.contains($0) }))
    var after = ScanContents(
      findings: failingAfter.findings,
      resources: try resourceRows(versions: newVersions.filter { !oldVersions.contains($0) }))

    // Only resources whose body changed need their properties for the field-level diff.
    let oldHashes = Dictionary(
      before.resources.map { ($0.resource.id, $0.bodyHash) }, uniquingKeysWith: { $1 })
    var wanted: Set<String> = []
    for entry in after.resources {
      guard let hash = oldHashes[entry.resource.id], hash != entry.bodyHash else { continue }
      wanted.insert(hash)
      wanted.insert(entry.bodyHash)
    }
    let bodies = try loadBodies(wanted)
    before.fillProperties(from: bodies)
    after.fillProperties(from: bodies)
    return ScanDiff.compute(
      old: before, new: after, oldScan: old, newScan: new,
      stored: .init(
        oldFailing: failedBefore, newFingerprints: failingAfter.fingerprints,
        newStatuses: statuses, presentResources: presentResources, oldStatuses: oldStatuses,
        presentBefore: presentBefore),
      reassessment: try reassessment(of: newSummary, as: "newer"),
      earlier: try reassessment(of: oldSummary, as: "older"))
  }

  /// Which of `ids` scan `id` holds.
  private func resourceIds(scan id: Int64, among ids: Set<String>) throws -> Set<String> {
    var present: Set<String> = []
    try forEachRow(
      """
      SELECT r.resource_id FROM scan_resources s
        JOIN resource_versions r ON r.id = s.version_id WHERE s.scan_id = ?
      """, scan: id, keyColumn: "r.resource_id", among: ids
    ) { present.insert($0[0].string) }
    return present
  }

  /// What scan `summary` covered: its regions and services, and, when some of its calls
  /// failed, the checks and types whose resources it could not list; `name` (`newer` or
  /// `older`) is how reasons call it.
  private func reassessment(of summary: ScanSummary, as name: String) throws -> Reassessment {
    var reassessment = Reassessment(
      scan: name, regions: Set(summary.metadata.regions),
      services: Set(summary.metadata.services))
    guard summary.status == .partial else { return reassessment }
    try locked { connection in
      try connection.forEachRow(
        """
        SELECT v.check_id, v.resource_id, v.resource_type FROM scan_findings s
          JOIN finding_versions v ON v.id = s.version_id
          WHERE s.scan_id = ? AND s.failing = 0 AND v.status = 'not_evaluated'
        """, [.integer(summary.id)]
      ) { row in
        reassessment.note(
          checkId: row[0].string, resourceId: row[1].string, resourceType: row[2].string)
      }
    }
    return reassessment
  }

  /// The resource version ids a scan links to, in recorded order.
  private func versionIds(scan id: Int64) throws -> OrderedVersions {
    let rows = try locked { connection in
      try connection.run(
        "SELECT version_id FROM scan_resources WHERE scan_id = ? ORDER BY position",
        [.integer(id)])
    }
    return OrderedVersions(rows.compactMap { $0.first?.int64 })
  }

  /// Resources of the given versions, without bodies, in the given order.
  private func resourceRows(versions: [Int64]) throws -> [StoredResource] {
    try locked { connection in
      try versions.compactMap { version in
        guard
          let row = try connection.run(
            """
            SELECT resource_id, type, provider, account, region, name, tags, body_hash
              FROM resource_versions WHERE id = ?
            """, [.integer(version)]
          ).first
        else { return nil }
        let resource = Resource(
          id: row[0].string, type: row[1].string, provider: row[2].string,
          account: row[3].string, region: row[4].string, name: row[5].string,
          tags: StoredText.tags(row[6].string), properties: .null)
        return StoredResource(resource: resource, bodyHash: row[7].string)
      }
    }
  }

  private func loadBodies(_ hashes: Set<String>) throws -> [String: JSONValue] {
    var bodies: [String: JSONValue] = [:]
    try locked { connection in
      for hash in hashes {
        guard
          let text = try connection.run(
            "SELECT body FROM bodies WHERE hash = ?", [.text(hash)]
          ).first?.first?.string
        else { continue }
        bodies[hash] = try JSONValue.parse(text)
      }
    }
    return bodies
  }

  private func resourceRows(scan id: Int64) throws -> [StoredResource] {
    let rows = try locked { connection in
      try connection.run(
        """
        SELECT v.resource_id, v.type, v.provider, v.account, v.region, v.name, v.tags,
          v.body_hash, b.body FROM scan_resources s
          JOIN resource_versions v ON v.id = s.version_id JOIN bodies b ON b.hash = v.body_hash
          WHERE s.scan_id = ? ORDER BY s.position
        """, [.integer(id)])
    }
    return try rows.map { row in
      let properties = try JSONValue.parse(row[8].string)
      let resource = Resource(
        id: row[0].string, type: row[1].string, provider: row[2].string,
        account: row[3].string, region: row[4].string, name: row[5].string,
        tags: StoredText.tags(row[6].string), properties: properties)
      return StoredResource(resource: resource, bodyHash: row[7].string)
    }
  }
}

/// A scan's version ids in order, with a set for membership tests.
private struct OrderedVersions {
  let ids: [Int64]
  let set: Set<Int64>

  init(_ ids: [Int64]) {
    self.ids = ids
    set = Set(ids)
  }

  func contains(_ id: Int64) -> Bool { set.contains(id) }

  func filter(_ keep: (Int64) -> Bool) -> [Int64] { ids.filter(keep) }
}
