import ParapetCore

/// Turns `finding_versions` rows into findings. Evidence and compliance texts repeat across
/// the findings of a scan, so each distinct text is parsed once per decoder.
struct FindingRowDecoder {
  /// The columns to select, from `finding_versions` aliased `v`, in the order `finding`
  /// reads them.
  static let columns = """
    v.check_id, v.check_title, v.resource_id, v.resource_type, v.resource_name, v.account,
      v.region, v.status, v.severity, v.message, v.evidence, v.remediation, v.compliance,
      v.snippets, v.fingerprint
    """
  /// Where `columns` puts the stored fingerprint.
  static let fingerprintColumn = 14

  private var evidence: [String: [Evidence]] = [:]
  private var compliance: [String: [String]] = [:]

  /// The finding a row of `columns` holds.
  mutating func finding(_ row: [SQLValue]) -> Finding {
    let evidenceText = row[10].string
    let complianceText = row[12].string
    if evidence[evidenceText] == nil {
      evidence[evidenceText] = StoredText.evidence(evidenceText)
    }
    if compliance[complianceText] == nil {
      compliance[complianceText] = StoredText.strings(complianceText)
    }
    return Finding(
      checkId: row[0].string, checkTitle: row[1].string, resourceId: row[2].string,
      resourceType: row[3].string, resourceName: row[4].string, account: row[5].string,
      region: row[6].string, status: Finding.Status(rawValue: row[7].string) ?? .fail,
      severity: Severity(rawValue: row[8].string) ?? .informational,
      message: row[9].string, evidence: evidence[evidenceText] ?? [],
      remediation: row[11].string, remediationSnippets: StoredText.snippets(row[13].string),
      compliance: compliance[complianceText] ?? [])
  }
}
