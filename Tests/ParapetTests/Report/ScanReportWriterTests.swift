import Foundation
import ParapetCore
import ParapetReport
import Testing

@Suite struct ScanReportWriterTests {
  static func writeFixture(into output: String) throws -> ScanReportPaths {
    try ScanReportWriter(outputDirectory: output).write(
      metadata: ReportFixtures.metadata, inventory: ReportFixtures.inventory,
      findings: ReportFixtures.findings)
  }

  static func parse(_ path: String) throws -> JSONValue {
    try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static let expectedScan: JSONValue = [
    "scan_id": "5f0c2a52-7d1e-4c43-9a55-0b4f3b1e9d11",
    "account": "123456789012",
    "caller_arn": "arn:aws:iam::123456789012:user/auditor",
    "regions": ["eu-west-1", "us-east-1"],
    "services": ["iam", "s3"],
    "started_at": "2024-05-01T12:30:05Z",
    "finished_at": "2024-05-01T12:30:17Z",
    "duration_seconds": 12.5,
    "cpu_seconds": 0.813,
    "parapet_version": "0.1.0",
    "api_calls": ["iam": ["calls": 3, "retries": 0], "s3": ["calls": 14, "retries": 2]],
    "api_calls_total": 17,
    "retries_total": 2,
  ]

  @Test func writesThreeFilesIntoAccountTimestampDirectory() throws {
    let output = try ReportFixtures.temporaryDirectory() + "/nested/out"
    let paths = try Self.writeFixture(into: output)

    #expect(paths.directory == output + "/123456789012-20240501T123005Z")
    #expect(paths.csv == paths.directory + "/findings.csv")
    let names = try FileManager.default.contentsOfDirectory(atPath: paths.directory).sorted()
    #expect(names == ["findings.csv", "findings.json", "inventory.json", "report.html"])
  }

  @Test func inventoryJSONReadsBackExactly() throws {
    let paths = try Self.writeFixture(into: try ReportFixtures.temporaryDirectory())
    let document = try Self.parse(paths.inventory)

    #expect(document["schema"] == "parapet.inventory")
    #expect(document["schema_version"] == 1)
    #expect(document["scan"] == Self.expectedScan)
    #expect(document["resources"]?.arrayValue?.count == 3)
    #expect(
      document["resources"]?[0]
        == [
          "id": "arn:aws:s3:::logs", "type": "aws.s3.bucket", "provider": "aws",
          "account": "123456789012", "region": "us-east-1", "name": "logs",
          "tags": ["team": "ops"],
          "properties": ["Name": "logs", "Versioning": ["Status": "Enabled"], "Policy": nil],
        ])
    #expect(
      document["failures"]?[0]
        == [
          "service": "s3", "region": "us-east-1", "operation": "GetBucketPolicy",
          "resource_types": ["aws.s3.bucket"], "resource_id": "arn:aws:s3:::site",
          "property": "Policy", "kind": "access_denied", "permission": "s3:GetBucketPolicy",
          "message": "Access Denied",
        ])
    #expect(document["failures"]?[2]?["resource_id"] == .null)
    #expect(document["failures"]?[2]?["kind"] == "throttled")
  }

  @Test func findingsJSONReadsBackExactly() throws {
    let paths = try Self.writeFixture(into: try ReportFixtures.temporaryDirectory())
    let document = try Self.parse(paths.findings)

    #expect(document["schema"] == "parapet.findings")
    #expect(document["schema_version"] == 1)
    #expect(document["scan"] == Self.expectedScan)
    #expect(
      document["summary"]
        == [
          "total": 6,
          "by_status": ["fail": 3, "pass": 1, "muted": 1, "not_evaluated": 1],
          "fail_by_severity": [
            "critical": 1, "high": 0, "medium": 1, "low": 1, "informational": 0,
          ],
        ])
    #expect(document["findings"]?.arrayValue?.count == 6)
    #expect(
      document["findings"]?[0]
        == [
          "check_id": "aws.s3.bucket_public_access_block",
          "check_title": "S3 bucket blocks public access", "status": "fail",
          "severity": "critical", "resource_id": "arn:aws:s3:::site",
          "resource_type": "aws.s3.bucket", "resource_name": "site",
          "account": "123456789012", "region": "eu-west-1",
          "message": "BlockPublicAcls is false, so \"public\" ACLs apply",
          "evidence": [
            ["path": "PublicAccessBlock.BlockPublicAcls", "value": false], ["path": "Policy"],
          ],
          "remediation": "=Enable all four Block Public Access settings",
          "compliance": ["cis-aws-3.0:2.1.4", "nist-800-53:AC-3"],
          "fingerprint": .string(ReportFixtures.publicBucket.fingerprint),
        ])
    #expect(document["findings"]?[3]?["status"] == "not_evaluated")
  }

  @Test func csvFileMatchesTheRenderer() throws {
    let paths = try Self.writeFixture(into: try ReportFixtures.temporaryDirectory())
    let csv = try String(contentsOfFile: paths.csv, encoding: .utf8)

    #expect(csv == FindingsCSV.render(ReportFixtures.findings))
    #expect(csv.components(separatedBy: "\r\n").count == 8)
  }

  @Test func secondScanInTheSameSecondGetsItsOwnDirectory() throws {
    let output = try ReportFixtures.temporaryDirectory()
    let first = try Self.writeFixture(into: output)
    let second = try Self.writeFixture(into: output)

    #expect(first.directory == output + "/123456789012-20240501T123005Z")
    #expect(second.directory == output + "/123456789012-20240501T123005Z-2")
  }

  @Test func unwritableOutputDirectoryFailsNamingIt() throws {
    let blocker = try ReportFixtures.temporaryDirectory() + "/file"
    try AtomicFile.write("x", to: blocker)
    let output = blocker + "/out"

    #expect(throws: ReportError.self) { try Self.writeFixture(into: output) }
    do {
      _ = try Self.writeFixture(into: output)
    } catch {
      #expect("\(error)".hasPrefix("cannot create report directory \(output): "))
    }
  }
}
