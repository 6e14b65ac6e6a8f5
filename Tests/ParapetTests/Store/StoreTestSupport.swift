import Foundation
import ParapetCore

@testable import ParapetStore

/// The two store implementations every behaviour test runs against.
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
  case sqlite, postgres

  var description: String { rawValue }

  /// A location holding a new, empty store of this kind.
  func freshLocation() async throws -> StoreLocation {
    switch self {
    case .sqlite:
      let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent(MotoServer.uniqueName("parapet-store"))
      return .sqlite(path: directory.appendingPathComponent("parapet.db").path)
    case .postgres:
      return .postgres(url: try await PostgresTestServer.shared.freshDatabaseURL())
    }
  }

  /// A new, empty store of this kind.
  func freshStore() async throws -> SQLScanStore {
    try Self.open(try await freshLocation())
  }

  /// Opens `location` as the concrete store (tests reach its internals).
  static func open(_ location: StoreLocation) throws -> SQLScanStore {
    switch location {
    case .sqlite(let path): return try SQLScanStore(sqlitePath: path)
    case .postgres(let url): return try SQLScanStore(postgresURL: url)
    }
  }

  /// A raw connection to `location`, for schema tests.
  static func connection(_ location: StoreLocation) throws -> SQLConnection {
    switch location {
    case .sqlite(let path): return try SQLiteConnection(path: path)
    case .postgres(let url): return try PostgresConnection(url: url)
    }
  }
}

/// Small scans built in code, named after what they show.
enum StoreFixtures {
  static let account = "123456789012"
  static let start = Date(timeIntervalSince1970: 1_700_000_000)

  static func metadata(
    at offset: TimeInterval = 0, regions: [String] = ["us-east-1"], services: [String] = []
  ) -> ScanMetadata {
    ScanMetadata(
      scanId: "scan-\(offset)", account: account, callerArn: "", regions: regions,
      services: services, startedAt: start.addingTimeInterval(offset),
      finishedAt: start.addingTimeInterval(offset + 42.5), parapetVersion: "test")
  }

  static func bucket(_ name: String, versioning: String = "Enabled") -> Resource {
    Resource(
      id: "arn:aws:s3:::\(name)", type: "aws.s3.bucket", account: account, region: "us-east-1",
      name: name, tags: ["team": "web"],
      properties: ["Name": .string(name), "Versioning": ["Status": .string(versioning)]])
  }

  static func finding(
    _ check: String, on resource: String, _ status: Finding.Status,
    region: String = "us-east-1"
  ) -> Finding {
    Finding(
      checkId: check, checkTitle: "Title of \(check)", resourceId: resource,
      resourceType: "aws.s3.bucket", resourceName: resource, account: account, region: region,
      status: status, severity: .high, message: "\(check) is \(status.rawValue)",
      evidence: [
        Evidence(path: "Versioning.Status", value: "Suspended"),
        Evidence(path: "Policy", value: nil), Evidence(path: "Acl", value: .null),
      ],
      remediation: "Fix \(check).",
      remediationSnippets: status == .fail
        ? RemediationSnippets(cli: "aws s3api put-bucket-versioning --bucket \(resource)")
        : RemediationSnippets(),
      compliance: ["cis-aws-2.0:2.1.1"])
  }

  static func record(
    _ resources: [Resource], _ findings: [Finding] = [], at offset: TimeInterval = 0,
    regions: [String] = ["us-east-1"]
  ) -> ScanRecord {
    ScanRecord(
      metadata: metadata(at: offset, regions: regions),
      inventory: Inventory(account: account, regions: regions, resources: resources),
      findings: findings)
  }

  /// A security group as DescribeSecurityGroups shapes it, with `rules` as IpPermissions.
  static func securityGroup(_ rules: [JSONValue]) -> Resource {
    Resource(
      id: "arn:aws:ec2:us-east-1:\(account):security-group/sg-0abc",
      type: "aws.ec2.security_group", account: account, region: "us-east-1", name: "web",
      properties: ["GroupId": "sg-0abc", "GroupName": "web", "IpPermissions": .array(rules)])
  }

  static func rule(_ port: Int, _ cidrs: [String]) -> JSONValue {
    [
      "FromPort": .number(Double(port)), "ToPort": .number(Double(port)), "IpProtocol": "tcp",
      "IpRanges": .array(cidrs.map { ["CidrIp": .string($0)] }),
    ]
  }
}
