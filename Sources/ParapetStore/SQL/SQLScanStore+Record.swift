import Foundation
import ParapetCore

/// A resource ready to write: its columns, its version key and its body.
struct PreparedResource {
  let resource: Resource
  let tags: String
  let body: String
  let bodyHash: String
  let key: String

  init(_ resource: Resource) {
    self.resource = resource
    tags = StoredText.tags(resource.tags)
    (body, bodyHash) = ContentHash.canonical(resource.properties)
    let separator = "\u{1F}"
    key = ContentHash.sha256(
      [
        resource.id, resource.type, resource.provider, resource.account, resource.region,
        resource.name, tags, bodyHash,
      ].joined(separator: separator))
  }

  var columns: [SQLValue] {
    [
      .text(key), .text(resource.id), .text(resource.type), .text(resource.provider),
      .text(resource.account), .text(resource.region), .text(resource.name), .text(tags),
      .text(bodyHash),
    ]
  }
}

/// A finding ready to write: its version key and its column texts, kept as the one string
/// the key is hashed from plus where each field ends in it. Fifteen separate strings per
/// finding held a large scan's write at twice the memory.
struct PreparedFinding {
  /// Whether the finding fails, for the link row.
  let failing: Bool
  let fingerprint: String
  let key: String
  private let text: String
  private let ends: [Int]

  init(_ finding: Finding) {
    failing = finding.status == .fail
    fingerprint = finding.fingerprint
    let fields = [
      fingerprint, finding.checkId, finding.checkTitle, finding.resourceId,
      finding.resourceType, finding.resourceName, finding.account, finding.region,
      finding.status.rawValue, finding.severity.rawValue, finding.message,
      StoredText.evidence(finding.evidence), finding.remediation,
      StoredText.strings(finding.compliance), StoredText.snippets(finding.remediationSnippets),
    ]
    var text = ""
    text.reserveCapacity(fields.reduce(fields.count) { $0 + $1.utf8.count })
    var ends: [Int] = []
    ends.reserveCapacity(fields.count)
    for (index, field) in fields.enumerated() {
      if index > 0 { text += "\u{1F}" }
      text += field
      ends.append(text.utf8.count)
    }
    key = ContentHash.sha256(text)
    self.text = text
    self.ends = ends
  }

  /// The version key and every field, as `finding_versions` takes them: slices of the one
  /// string, bound without a copy of their own.
  var columns: [SQLValue] {
    let utf8 = text.utf8
    var columns: [SQLValue] = [.text(key)]
    columns.reserveCapacity(ends.count + 1)
    var start = 0
    for end in ends {
      let lower = utf8.index(utf8.startIndex, offsetBy: start)
      let upper = utf8.index(utf8.startIndex, offsetBy: end)
      columns.append(.textSlice(Substring(utf8[lower..<upper])))
      start = end + 1
    }
    return columns
  }
}

extension SQLScanStore {
  /// Writes `scan` in one transaction; see `ScanStore.record(_:)`.
  public func record(_ scan: ScanRecord) throws -> Int64 {
    // Hashing and JSON start before the write lock is taken, to keep other writers' wait
    // short: resources on every core, findings on a thread that then keeps ahead of the
    // writer.
    let findings = PreparedFindingStream(scan.findings)
    defer { findings.cancel() }
    let resources = parallelMap(scan.inventory.resources, PreparedResource.init)
    let hook = faultInjection

    let storeIsEmpty = try locked { try $0.run("SELECT 1 FROM scans LIMIT 1", []) }.isEmpty
    return try writing(appending: storeIsEmpty) { connection in
      let scanId = try insertScan(scan, connection)
      let previous = try connection.run(
        "SELECT MAX(id) FROM scans WHERE account = ? AND id < ?",
        [.text(scan.metadata.account), .integer(scanId)]
      ).first?.first?.int64

      try writeResources(resources, scanId: scanId, previous: previous, connection)
      try hook?("resources")
      let fingerprints = try writeFindings(
        findings, scanId: scanId, previous: previous, connection)
      try hook?("findings")
      try LifecycleUpdate(
        scan: scan.metadata, scanId: scanId, findings: scan.findings,
        fingerprints: fingerprints, resources: scan.inventory.resources
      ).apply(connection)
      return scanId
    }
  }

  private func insertScan(_ scan: ScanRecord, _ connection: SQLConnection) throws -> Int64 {
    let metadata = scan.metadata
    let failing = scan.findings.lazy.filter { $0.status == .fail }.count
    let rows = try connection.run(
      """
      INSERT INTO scans (account, regions, services, started_at, finished_at, status,
        resource_count, finding_count, failing_count, scan_uuid, caller_arn, parapet_version,
        rescan_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
      """,
      [
        .text(metadata.account), .text(StoredText.strings(metadata.regions)),
        .text(StoredText.strings(metadata.services)),
        .integer(Self.milliseconds(metadata.startedAt)),
        .integer(Self.milliseconds(metadata.finishedAt)), .text(scan.status.rawValue),
        .integer(Int64(scan.inventory.resources.count)), .integer(Int64(scan.findings.count)),
        .integer(Int64(failing)), .text(metadata.scanId), .text(metadata.callerArn),
        .text(metadata.parapetVersion), .text(metadata.rescanOf ?? ""),
      ])
    guard let id = rows.first?.first?.int64 else {
      throw StoreError("the store returned no id for a new scan; check the scans table")
    }
    return id
  }

  private func writeResources(
    _ resources: [PreparedResource], scanId: Int64, previous: Int64?,
    _ connection: SQLConnection
  ) throws {
    // Versions and bodies of the account's previous scan are the likely matches; knowing
    // them up front saves a lookup per unchanged resource.
    var versions: [String: Int64] = [:]
    var bodies: Set<String> = []
    if let previous {
      for row in try connection.run(
        """
        SELECT v.key, v.id, v.body_hash FROM scan_resources s
          JOIN resource_versions v ON v.id = s.version_id WHERE s.scan_id = ?
        """, [.integer(previous)])
      {
        versions[row[0].string] = row[1].int64
        bodies.insert(row[2].string)
      }
    }

    var links = LinkRowBatch(
      table: "scan_resources", columns: ["scan_id", "position", "version_id"])
    for (position, prepared) in resources.enumerated() {
      var versionId = versions[prepared.key]
      if versionId == nil {
        if !bodies.contains(prepared.bodyHash) {
          try connection.run(
            "INSERT INTO bodies (hash, body) VALUES (?, ?) ON CONFLICT DO NOTHING",
            [.text(prepared.bodyHash), .text(prepared.body)])
          bodies.insert(prepared.bodyHash)
        }
        versionId = try connection.insert(
          """
          INSERT INTO resource_versions (key, resource_id, type, provider, account, region,
            name, tags, body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          """, prepared.columns)
        versions[prepared.key] = versionId
      }
      try links.append((scanId, Int64(position), versionId ?? 0, nil), to: connection)
    }
    try links.flush(connection)
  }

  /// Writes the findings' versions and links; returns their fingerprints in order.
  private func writeFindings(
    _ findings: PreparedFindingStream, scanId: Int64, previous: Int64?,
    _ connection: SQLConnection
  ) throws -> [String] {
    var versions: [String: Int64] = [:]
    if let previous {
      for row in try connection.run(
        """
        SELECT v.key, v.id FROM scan_findings s
          JOIN finding_versions v ON v.id = s.version_id WHERE s.scan_id = ?
        """, [.integer(previous)])
      {
        versions[row[0].string] = row[1].int64
      }
    }

    var links = LinkRowBatch(
      table: "scan_findings", columns: ["scan_id", "position", "version_id", "failing"])
    var fingerprints: [String] = []
    for index in 0..<findings.chunkCount {
      let chunk = findings.chunk(index)
      for prepared in chunk {
        let position = fingerprints.count
        fingerprints.append(prepared.fingerprint)
        try write(prepared, position: position, scanId: scanId, &versions, &links, connection)
      }
      findings.recycle(chunk)
    }
    try links.flush(connection)
    return fingerprints
  }

  private func write(
    _ prepared: PreparedFinding, position: Int, scanId: Int64,
    _ versions: inout [String: Int64], _ links: inout LinkRowBatch, _ connection: SQLConnection
  ) throws {
    // Only the previous scan's versions are looked up: an identical finding twice in one
    // scan is rare and costs a row, while remembering every new key cost the writer a
    // fifth of its time on a large first scan.
    var versionId = versions.isEmpty ? nil : versions[prepared.key]
    if versionId == nil {
      versionId = try connection.insert(
        """
        INSERT INTO finding_versions (key, fingerprint, check_id, check_title, resource_id,
          resource_type, resource_name, account, region, status, severity, message,
          evidence, remediation, compliance, snippets)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """, prepared.columns)
    }
    try links.append(
      (scanId, Int64(position), versionId ?? 0, prepared.failing ? 1 : 0), to: connection)
  }
}

/// `items.map(transform)` spread over the machine's cores in contiguous chunks.
func parallelMap<T: Sendable, U>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
  let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count / 1_000))
  guard workers > 1 else { return items.map(transform) }
  let chunk = (items.count + workers - 1) / workers
  let parts = ChunkResults<U>(count: workers)
  DispatchQueue.concurrentPerform(iterations: workers) { worker in
    let range = (worker * chunk)..<min(items.count, (worker + 1) * chunk)
    parts.set(worker, items[range].map(transform))
  }
  return parts.joined()
}

/// Results of `parallelMap`'s chunks; each slot is written once by one worker.
private final class ChunkResults<U>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [[U]]

  init(count: Int) { slots = Array(repeating: [], count: count) }

  func set(_ index: Int, _ values: [U]) {
    lock.lock()
    slots[index] = values
    lock.unlock()
  }

  func joined() -> [U] { slots.flatMap { $0 } }
}
