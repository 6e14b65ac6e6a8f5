import ParapetCore

/// Moves an account's finding lifecycles forward by one scan: failing findings open (or
/// reopen) and get this scan as last seen; open findings in the scan's scope that no
/// longer fail are resolved. Scope is the scan's regions plus `global`, and its services
/// when it named any.
struct LifecycleUpdate {
  let scan: ScanMetadata
  let scanId: Int64
  let findings: [Finding]
  /// `findings`' fingerprints, in the same order.
  let fingerprints: [String]

  func apply(_ connection: SQLConnection) throws {
    let account = SQLValue.text(scan.account)
    var known: [String: (state: String, inScope: Bool)] = [:]
    for row in try connection.run(
      "SELECT fingerprint, state, region, service FROM finding_lifecycle WHERE account = ?",
      [account])
    {
      known[row[0].string] = (row[1].string, inScope(region: row[2].string, service: row[3].string))
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

    for (fingerprint, entry) in known
    where entry.state == FindingLifecycle.State.open.rawValue && entry.inScope
      && !failing.contains(fingerprint)
    {
      try connection.run(
        """
        UPDATE finding_lifecycle SET state = 'resolved', resolved_scan = ?
          WHERE account = ? AND fingerprint = ?
        """, [.integer(scanId), account, .text(fingerprint)])
    }

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
