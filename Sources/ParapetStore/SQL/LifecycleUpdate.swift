import ParapetCore

/// Moves an account's finding lifecycles forward by one scan: failing findings open (or
/// reopen) and get this scan as last seen; open findings in the scan's scope that the scan
/// re-assessed and found no longer failing are resolved. Scope is the scan's regions plus
/// `global`, and its services when it named any; an open finding the scan did not judge
/// while its resource is still there, or whose resources it could not list, stays open
/// with its last sighting unchanged (see `Reassessment`): missing data resolves nothing.
struct LifecycleUpdate {
  let scan: ScanMetadata
  let scanId: Int64
  let findings: [Finding]
  /// `findings`' fingerprints, in the same order.
  let fingerprints: [String]
  /// The scan's resources, to tell a deleted resource from one the scan did not judge.
  let resources: [Resource]

  private struct Known {
    var state: String
    var inScope: Bool
    var checkId: String
    var resourceId: String
    var lastSeen: Int64
  }

  func apply(_ connection: SQLConnection) throws {
    let account = SQLValue.text(scan.account)
    var known: [String: Known] = [:]
    for row in try connection.run(
      """
      SELECT fingerprint, state, region, service, check_id, resource_id, last_seen_scan
        FROM finding_lifecycle WHERE account = ?
      """, [account])
    {
      known[row[0].string] = Known(
        state: row[1].string, inScope: inScope(region: row[2].string, service: row[3].string),
        checkId: row[4].string, resourceId: row[5].string, lastSeen: row[6].int64 ?? 0)
    }

    var failing: Set<String> = []
    for (finding, fingerprint) in zip(findings, fingerprints) where finding.status == .fail {
      guard failing.insert(fingerprint).inserted else { continue }
      switch known[fingerprint]?.state {
      case nil: try open(finding, fingerprint: fingerprint, connection)
      case FindingLifecycle.State.resolved.rawValue?:
        try connection.run(
          """
          UPDATE finding_lifecycle SET state = 'open', last_seen_scan = ?,
            resolved_scan = NULL, reopened_count = reopened_count + 1
            WHERE account = ? AND fingerprint = ?
          """, [.integer(scanId), account, .text(fingerprint)])
      default: break
      }
    }

    let candidates = known.filter { fingerprint, entry in
      entry.state == FindingLifecycle.State.open.rawValue && entry.inScope
        && !failing.contains(fingerprint)
    }
    let unjudged = try resolve(candidates, connection)

    // What is still open in scope now failed in this scan: one statement moves them all.
    var sql = """
      UPDATE finding_lifecycle SET last_seen_scan = ?
        WHERE account = ? AND state = 'open' AND last_seen_scan <> ?
      """
    let regions = scan.regions + ["global"]
    var parameters: [SQLValue] = [.integer(scanId), account, .integer(scanId)]
    sql += " AND region IN (\(placeholders(regions.count)))"
    parameters += regions.map { .text($0) }
    if !scan.services.isEmpty {
      sql += " AND service IN (\(placeholders(scan.services.count)))"
      parameters += scan.services.map { .text($0) }
    }
    try connection.run(sql, parameters)
    // That statement also moved what this scan did not judge; their last sighting stays.
    for fingerprint in unjudged {
      try connection.run(
        "UPDATE finding_lifecycle SET last_seen_scan = ? WHERE account = ? AND fingerprint = ?",
        [.integer(known[fingerprint]?.lastSeen ?? 0), account, .text(fingerprint)])
    }
  }

  /// Resolves the open findings in scope that no longer fail and that this scan
  /// re-assessed; returns the fingerprints of those it did not.
  private func resolve(_ candidates: [String: Known], _ connection: SQLConnection) throws
    -> [String]
  {
    guard !candidates.isEmpty else { return [] }
    var statuses: [String: Finding.Status] = [:]
    var reassessment = Reassessment()
    for (finding, fingerprint) in zip(findings, fingerprints) {
      if candidates[fingerprint] != nil, statuses[fingerprint] == nil {
        statuses[fingerprint] = finding.status
      }
      if finding.status == .notEvaluated {
        reassessment.note(
          checkId: finding.checkId, resourceId: finding.resourceId,
          resourceType: finding.resourceType)
      }
    }
    let present = Set(resources.map(\.id))

    var unjudged: [String] = []
    for (fingerprint, entry) in candidates {
      let reason = reassessment.unjudgedReason(
        checkId: entry.checkId, nowStatus: statuses[fingerprint],
        resourcePresent: present.contains(entry.resourceId))
      guard reason == nil else {
        unjudged.append(fingerprint)
        continue
      }
      try connection.run(
        """
        UPDATE finding_lifecycle SET state = 'resolved', resolved_scan = ?
          WHERE account = ? AND fingerprint = ?
        """, [.integer(scanId), .text(scan.account), .text(fingerprint)])
    }
    return unjudged
  }

  private func open(_ finding: Finding, fingerprint: String, _ connection: SQLConnection)
    throws
  {
    try connection.run(
      """
      INSERT INTO finding_lifecycle (account, fingerprint, check_id, resource_id, region,
        service, first_seen_scan, last_seen_scan, resolved_scan, state, reopened_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'open', 0)
      """,
      [
        .text(scan.account), .text(fingerprint), .text(finding.checkId),
        .text(finding.resourceId), .text(finding.region),
        .text(StoredText.service(ofType: finding.resourceType)), .integer(scanId),
        .integer(scanId),
      ])
  }

  private func inScope(region: String, service: String) -> Bool {
    guard region == "global" || scan.regions.contains(region) else { return false }
    return scan.services.isEmpty || scan.services.contains(service)
  }
}
