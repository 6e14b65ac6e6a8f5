import Foundation
import ParapetCore

/// Measures the store against the targets of issue 6 on synthetic scans: writing a scan of
/// `resources` resources and `findings` findings, writing a rescan where 0.5% of resources
/// changed, diffing the two, and how much the rescan grew the store.
///
/// The CLI can expose it as a hidden subcommand; the test suite runs it in release builds
/// when `PARAPET_BENCH=1`.
public enum StoreBenchmark {
  /// What one run measured.
  public struct Result: Sendable, CustomStringConvertible {
    /// Resources per scan.
    public var resources: Int
    /// Findings per scan.
    public var findings: Int
    /// Seconds to record the first scan into an empty store.
    public var firstWriteSeconds: Double
    /// CPU seconds (all threads) the first write used; steadier than wall time on a
    /// shared machine.
    public var firstWriteCPUSeconds: Double
    /// Seconds to record the rescan.
    public var secondWriteSeconds: Double
    /// Seconds for `ScanStore.diff(old:new:)` of the two scans, loading included.
    public var diffSeconds: Double
    /// CPU seconds (all threads) the diff used.
    public var diffCPUSeconds: Double
    /// Store size after the first scan (a full copy), in bytes.
    public var fullCopyBytes: Int64
    /// Growth of the store from the rescan, in bytes.
    public var growthBytes: Int64
    /// Changed, new and resolved counts the diff found (a sanity check on the run).
    public var diffCounts: String

    /// One line per measure.
    public var description: String {
      let percent = fullCopyBytes > 0 ? Double(growthBytes) / Double(fullCopyBytes) * 100 : 0
      return """
        scan of \(resources) resources and \(findings) findings
        first write: \(String(format: "%.2f", firstWriteSeconds)) s \
        (CPU \(String(format: "%.2f", firstWriteCPUSeconds)) s)
        rescan write (0.5% changed): \(String(format: "%.2f", secondWriteSeconds)) s
        diff: \(String(format: "%.2f", diffSeconds)) s \
        (CPU \(String(format: "%.2f", diffCPUSeconds)) s; \(diffCounts))
        full copy: \(fullCopyBytes / 1_048_576) MiB; rescan growth: \
        \(growthBytes / 1_048_576) MiB (\(String(format: "%.1f", percent))% of a full copy)
        """
    }
  }

  /// Runs the benchmark against `store`, which should be empty (sizes are differences).
  public static func run(resources: Int, findings: Int, store location: StoreLocation) throws
    -> Result
  {
    let store = try openStore(location)
    let first = scan(resources: resources, findings: findings, generation: 0)
    let second = scan(resources: resources, findings: findings, generation: 1)

    let (firstId, firstWrite, firstCPU) = try timed { try store.record(first) }
    let fullCopy = try store.storageBytes()
    let (secondId, secondWrite, _) = try timed { try store.record(second) }
    let growth = try store.storageBytes() - fullCopy
    let (diff, diffTime, diffCPU) = try timed { try store.diff(old: firstId, new: secondId) }

    return Result(
      resources: resources, findings: findings, firstWriteSeconds: firstWrite,
      firstWriteCPUSeconds: firstCPU, secondWriteSeconds: secondWrite, diffSeconds: diffTime,
      diffCPUSeconds: diffCPU, fullCopyBytes: fullCopy,
      growthBytes: growth,
      diffCounts: "\(diff.changedResources.count) changed resources, "
        + "\(diff.newFindings.count) new and \(diff.resolvedFindings.count) resolved findings")
  }

  private static func openStore(_ location: StoreLocation) throws -> SQLScanStore {
    switch location {
    case .sqlite(let path): return try SQLScanStore(sqlitePath: path)
    case .postgres(let url): return try SQLScanStore(postgresURL: url)
    }
  }

  /// The result of `body`, its wall seconds and the process's CPU seconds meanwhile.
  private static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = processCPUSeconds()
    let value = try body()
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    return (value, wall, processCPUSeconds() - cpuStart)
  }

  private static func processCPUSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  /// A synthetic scan: security groups and buckets with API-shaped bodies. Generation 1
  /// changes every 200th resource (0.5%) and flips the status of its first two findings.
  static func scan(resources: Int, findings: Int, generation: Int) -> ScanRecord {
    let account = "123456789012"
    var inventory = Inventory(account: account, regions: ["us-east-1"])
    for index in 0..<resources {
      let changed = generation == 1 && index % 200 == 0
      inventory.add(resource(index, account: account, changed: changed))
    }

    let perResource = max(1, findings / max(resources, 1))
    var list: [Finding] = []
    list.reserveCapacity(findings)
    for index in 0..<findings {
      let owner = inventory.resources[min(index / perResource, resources - 1)]
      // On a changed resource, its first finding starts failing, its second stops.
      let flipped = generation == 1 && index % (perResource * 200) < 2
      let failing = (index % 5 == 1) != flipped
      list.append(finding(check: index % perResource, on: owner, failing: failing))
    }
    let now = Date()
    return ScanRecord(
      metadata: ScanMetadata(
        scanId: UUID().uuidString, account: account, callerArn: "", regions: ["us-east-1"],
        services: [], startedAt: now, finishedAt: now, parapetVersion: "bench"),
      inventory: inventory, findings: list)
  }

  /// A finding with texts the size of the built-in checks' (on the seeded demo account the
  /// stored rows average about 680 bytes): a title, a message naming the resource, two
  /// pieces of evidence, remediation, compliance, and snippets on failures.
  private static func finding(check: Int, on owner: Resource, failing: Bool) -> Finding {
    let groupId = owner.properties["GroupId"]?.stringValue ?? owner.name
    let snippets =
      failing
      ? RemediationSnippets(
        cli: "aws ec2 revoke-security-group-ingress --group-id \(groupId) --protocol tcp "
          + "--port \(1000 + check) --cidr 0.0.0.0/0",
        terraform: "resource \"aws_security_group_rule\" \"restrict_\(check)\" {\n"
          + "  security_group_id = \"\(groupId)\"\n  cidr_blocks = [\"10.0.0.0/8\"]\n}")
      : RemediationSnippets()
    return Finding(
      checkId: "aws.bench.security_group_setting_\(check)",
      checkTitle: "Security group restricts benchmark setting \(check)",
      resourceId: owner.id, resourceType: owner.type, resourceName: owner.name,
      account: owner.account, region: owner.region, status: failing ? .fail : .pass,
      severity: .medium,
      message: "Security group \(owner.name) (\(groupId)) "
        + (failing ? "allows setting \(check) from 0.0.0.0/0" : "restricts setting \(check)"),
      evidence: [
        Evidence(path: "IpPermissions[0].IpRanges[1].CidrIp", value: failing ? "0.0.0.0/0" : nil),
        Evidence(path: "IpPermissions[0].FromPort", value: .number(Double(1000 + check))),
      ],
      remediation: "Remove the rule that opens the port to 0.0.0.0/0 and allow only the "
        + "networks that need it.",
      remediationSnippets: snippets,
      compliance: ["cis-aws-3.0:5.2", "nist-800-53-r5:ac-4"])
  }

  private static func resource(_ index: Int, account: String, changed: Bool) -> Resource {
    let id = String(format: "sg-%012x", index)
    let ssh: JSONValue = [
      "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
      "IpRanges": .array(
        (changed ? ["10.0.0.0/8", "0.0.0.0/0"] : ["10.0.0.0/8"]).map { ["CidrIp": .string($0)] }),
    ]
    let https: JSONValue = [
      "IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,
      "IpRanges": [["CidrIp": "0.0.0.0/0", "Description": "public web"]],
    ]
    return Resource(
      id: "arn:aws:ec2:us-east-1:\(account):security-group/\(id)",
      type: "aws.ec2.security_group", account: account, region: "us-east-1",
      name: "group-\(index)", tags: ["team": "team-\(index % 10)"],
      properties: [
        "GroupId": .string(id), "GroupName": .string("group-\(index)"),
        "Description": .string("security group for service \(index) of the benchmark account"),
        "OwnerId": .string(account), "VpcId": .string("vpc-\(index % 50)"),
        "IpPermissions": [ssh, https],
        "IpPermissionsEgress": [["IpProtocol": "-1", "IpRanges": [["CidrIp": "0.0.0.0/0"]]]],
      ])
  }
}

extension SQLScanStore {
  /// Bytes the store occupies: SQLite pages (WAL included) or the PostgreSQL database.
  func storageBytes() throws -> Int64 {
    try locked { connection in
      switch connection.dialect {
      case .sqlite:
        let pages = try connection.run("PRAGMA page_count", []).first?.first?.int64 ?? 0
        let size = try connection.run("PRAGMA page_size", []).first?.first?.int64 ?? 0
        return pages * size
      case .postgres:
        return try connection.run("SELECT pg_database_size(current_database())", [])
          .first?.first?.int64 ?? 0
      }
    }
  }
}
