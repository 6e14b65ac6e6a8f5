import Foundation
import ParapetCore
import ParapetReport
import Testing

/// Every JSON format validated against its official definition: Parapet's own schemas for
/// json and the inventory, the OASIS SARIF 2.1.0 schema, the OCSF schema of the event's
/// class, and Security Hub's BatchImportFindings model for ASFF.
@Suite struct FormatSchemaTests {
  static func render(_ format: ReportFormat) -> String {
    format.render(
      metadata: FormatFixtures.metadata, findings: FormatFixtures.findings,
      checks: FormatFixtures.checks, pretty: false)
  }

  @Test func jsonIsValidAgainstItsSchema() throws {
    let errors = try PythonValidator.schemaErrors(
      document: Self.render(.json), schemaPath: PythonValidator.docsSchema("findings.schema.json"))

    #expect(errors == [])
  }

  @Test func inventoryIsValidAgainstItsSchema() throws {
    let document = ReportDocuments.inventory(
      metadata: ReportFixtures.metadata, inventory: ReportFixtures.inventory)

    let errors = try PythonValidator.schemaErrors(
      document: JSONWriter().string(document),
      schemaPath: PythonValidator.docsSchema("inventory.schema.json"))

    #expect(errors == [])
  }

  @Test func sarifIsValidAgainstTheOASISSchema() throws {
    let errors = try PythonValidator.schemaErrors(
      document: Self.render(.sarif), schemaPath: PythonValidator.sarifSchema)

    #expect(errors == [])
  }

  @Test func ocsfIsValidAgainstTheOCSFSchema() throws {
    let errors = try PythonValidator.ocsfErrors(events: Self.render(.ocsf))

    #expect(errors == [])
  }

  @Test func asffIsAcceptedBySecurityHubsModel() throws {
    let errors = try PythonValidator.asffErrors(findings: Self.render(.asff))

    #expect(errors == [])
  }

  /// The validators really reject: an ASFF finding without `Id`, with a numeric title, an
  /// attribute ASFF does not have, and a workflow status Security Hub does not know.
  @Test func asffValidatorReportsABrokenFinding() throws {
    var item = ASFFReport.finding(
      ReportFixtures.publicBucket, metadata: ReportFixtures.metadata,
      check: CheckInfo.fallback(for: ReportFixtures.publicBucket))
    guard case .object(var members) = item else {
      Issue.record("an ASFF finding is an object")
      return
    }
    members["Id"] = nil
    members["Title"] = 7
    members["Workflow"] = ["Status": "DONE"]
    members["Colour"] = "red"
    item = .object(members)

    let errors = try PythonValidator.asffErrors(findings: JSONWriter().string([item]))

    #expect(errors.count == 4)
    #expect(errors.contains { $0.hasPrefix("Unknown parameter in Findings[0]: \"Colour\"") })
    #expect(
      errors.contains(
        "Invalid type for parameter Findings[0].Title, value: 7, type: <class 'int'>, "
          + "valid types: <class 'str'>"))
    #expect(
      errors.contains(
        "Invalid value for parameter .Findings[0].Workflow.Status: DONE, "
          + "valid values: NEW, NOTIFIED, RESOLVED, SUPPRESSED"))
    #expect(errors.contains("Missing required parameter in Findings[0]: \"Id\""))
  }

  @Test func ocsfValidatorReportsABrokenEvent() throws {
    let event = OCSFReport.event(
      ReportFixtures.publicBucket, metadata: ReportFixtures.metadata,
      check: CheckInfo.fallback(for: ReportFixtures.publicBucket))
    guard case .object(var members) = event else {
      Issue.record("an OCSF event is an object")
      return
    }
    members["status_id"] = 7
    members["colour"] = "red"
    members["finding_info"] = nil

    let errors = try PythonValidator.ocsfErrors(events: JSONWriter().string([.object(members)]))

    #expect(
      errors == [
        "0/status_id: 7 is not one of [3, 0, 1, 2, 99, 4]",
        "0: 'finding_info' is a required property",
        "0: Additional properties are not allowed ('colour' was unexpected)",
      ])
  }

  @Test func sarifValidatorReportsABrokenLog() throws {
    let document: JSONValue = [
      "version": "2.1.0",
      "runs": [["tool": ["driver": ["name": "Parapet"]], "results": [["level": "fatal"]]]],
    ]

    let errors = try PythonValidator.schemaErrors(
      document: JSONWriter().string(document), schemaPath: PythonValidator.sarifSchema)

    #expect(
      errors == [
        "runs/0/results/0/level: 'fatal' is not one of ['none', 'note', 'warning', 'error']",
        "runs/0/results/0: 'message' is a required property",
      ])
  }
}
