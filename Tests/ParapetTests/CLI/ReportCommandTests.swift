import Foundation
import ParapetCore
import ParapetReport
import Testing

/// `parapet report` renders a finished scan again without calling the cloud.
@Suite struct ReportCommandTests {
  /// A small finished scan of the shared moto (S3 only), through the CLI, recorded in
  /// `store` when one is given.
  static func finishedScan(store: String? = nil) async throws -> URL {
    let endpoint = try await MotoServer.shared.endpoint()
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-report"))
    let outcome = try await ParapetProcess.run(
      [
        "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region", "us-east-1",
        "--service", "s3", "--output-dir", output.path, "--quiet",
      ] + (store.map { ["--store", $0] } ?? []),
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      ]))
    #expect([0, 3].contains(outcome.status), "\(outcome.stderr)")
    let scans = try FileManager.default.contentsOfDirectory(
      at: output, includingPropertiesForKeys: nil)
    return try #require(scans.first)
  }

  @Test func findingsReadBackAndRenderedAgainAreTheSame() async throws {
    let scan = try await Self.finishedScan()
    let again = scan.appendingPathComponent("again")
    let outcome = try await ParapetProcess.run([
      "report", "--input", scan.appendingPathComponent("findings.json").path, "--format",
      "json,sarif,html", "--output-dir", again.path,
    ])

    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(
      outcome.stdout == "Wrote findings.json, findings.sarif, report.html to \(again.path)\n")
    let original = try JSONValue.parse(
      Data(contentsOf: scan.appendingPathComponent("findings.json")))
    let rendered = try JSONValue.parse(
      Data(contentsOf: again.appendingPathComponent("findings.json")))
    #expect(rendered == original)
    // --service s3 runs the S3 checks, the account-level one included, and nothing else.
    let checks = Set(
      (original["findings"]?.arrayValue ?? []).compactMap { $0["check_id"]?.stringValue })
    #expect(checks.contains("aws.s3.account_public_access_block"))
    #expect(checks.allSatisfy { $0.hasPrefix("aws.s3.") })
  }

  /// A scan whose report files are gone can be written again from the history store.
  @Test func aStoredScanIsRenderedWithTheFindingsItHad() async throws {
    let store = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("report-store")).appendingPathComponent("h.db")
    let scan = try await Self.finishedScan(store: store.path)
    let again = scan.appendingPathComponent("from-store")

    let outcome = try await ParapetProcess.run([
      "report", "--scan", "1", "--store", store.path, "--format", "json,csv",
      "--output-dir", again.path,
    ])

    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout == "Wrote findings.json, findings.csv to \(again.path)\n")
    let original = try JSONValue.parse(
      Data(contentsOf: scan.appendingPathComponent("findings.json")))
    let rendered = try JSONValue.parse(
      Data(contentsOf: again.appendingPathComponent("findings.json")))
    #expect(rendered["findings"] == original["findings"])
    #expect(rendered.value(at: "scan.account") == original.value(at: "scan.account"))

    let missing = try await ParapetProcess.run(["report", "--scan", "7", "--store", store.path])
    #expect(missing.status == 1)
    #expect(
      missing.stderr
        == "parapet: error: no scan 7 in the history store; 'parapet history' lists scans\n")
  }

  /// An output directory that was a file printed Foundation's NSCocoaErrorDomain dump.
  @Test func anOutputDirectoryThatIsAFileIsSaidPlainly() async throws {
    let scan = try await Self.finishedScan()
    let file = scan.appendingPathComponent("findings.csv")

    let outcome = try await ParapetProcess.run([
      "report", "--input", scan.appendingPathComponent("findings.json").path, "--format",
      "json", "--output-dir", file.path,
    ])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: --output-dir '\(file.path)' is a file; give a directory (it is "
        + "created when missing)\n")
  }

  @Test func readerRoundTripsEveryFindingField() throws {
    let (metadata, findings) = try ReportDocumentReader(file: "x").findings(
      ReportDocuments.findings(metadata: ReportFixtures.metadata, findings: ReportFixtures.findings)
    )

    #expect(findings == ReportFixtures.findings)
    #expect(metadata.scanId == ReportFixtures.metadata.scanId)
    #expect(metadata.apiCalls == ReportFixtures.metadata.apiCalls)
  }

  @Test func malformedFindingsNameTheFieldAndExitOne() async throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("bad") + ".json")
    let document: JSONValue = [
      "schema": "parapet.findings", "schema_version": 1,
      "scan": [
        "scan_id": "s", "account": "1", "started_at": "2026-12-01T00:00:00Z",
        "finished_at": "2026-12-01T00:00:01Z",
      ],
      "findings": [
        [
          "check_id": "c", "resource_id": "r", "status": "failed", "severity": "high",
        ]
      ],
    ]
    try JSONWriter().string(document).write(to: file, atomically: true, encoding: .utf8)
    let outcome = try await ParapetProcess.run(["report", "--input", file.path])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: \(file.path): findings[0].status: 'failed' is not one of fail, "
        + "pass, muted, not_evaluated\n")
  }

  @Test(arguments: [["report", "--input"], ["fix", "--from"]])
  func brokenJSONIsOneLineNamingTheFileAndThePlace(_ command: [String]) async throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("broken") + ".json")
    // A findings.json edited by hand: a comma left out between two members.
    let text = """
      {
        "schema": "parapet.findings",
        "findings": [
          {"check_id": "c" "status": "fail"}
        ]
      }
      """
    try text.write(to: file, atomically: true, encoding: .utf8)
    let outcome = try await ParapetProcess.run(command + [file.path])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: \(file.path): invalid JSON at line 4, column 22: expected ',' or "
        + "'}' after an object member, found '\"'\n")
  }
}
