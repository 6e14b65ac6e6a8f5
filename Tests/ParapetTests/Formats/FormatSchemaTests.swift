import Foundation
import ParapetCore
import ParapetReport
import Testing

/// Every JSON format validated against its schema by Python's jsonschema.
@Suite struct FormatSchemaTests {
  struct Case: CustomStringConvertible, Sendable {
    var format: ReportFormat
    var schema: String
    var description: String { format.rawValue }
  }

  static let cases = [
    Case(format: .json, schema: PythonValidator.docsSchema("findings.schema.json")),
    Case(
      format: .ocsf,
      schema: PythonValidator.fixtureSchema("ocsf-1.3-detection-finding.schema.json")),
    Case(format: .asff, schema: PythonValidator.fixtureSchema("asff-2018-10-08.schema.json")),
    Case(format: .sarif, schema: PythonValidator.fixtureSchema("sarif-2.1.0-subset.schema.json")),
  ]

  @Test(arguments: cases)
  func outputIsValidAgainstItsSchema(_ testCase: Case) throws {
    let text = testCase.format.render(
      metadata: FormatFixtures.metadata, findings: FormatFixtures.findings,
      checks: FormatFixtures.checks, pretty: false)

    let errors = try PythonValidator.schemaErrors(document: text, schemaPath: testCase.schema)

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

  /// The validator really rejects: an ASFF finding without `Id` and with an overlong title.
  @Test func validatorReportsBrokenASFF() throws {
    var item = ASFFReport.finding(
      ReportFixtures.publicBucket, metadata: ReportFixtures.metadata,
      check: CheckInfo.fallback(for: ReportFixtures.publicBucket))
    guard case .object(var members) = item else {
      Issue.record("an ASFF finding is an object")
      return
    }
    members["Id"] = nil
    members["Title"] = .string(String(repeating: "x", count: 257))
    item = .object(members)

    let errors = try PythonValidator.schemaErrors(
      document: JSONWriter().string([item]),
      schemaPath: PythonValidator.fixtureSchema("asff-2018-10-08.schema.json"))

    #expect(
      errors == [
        "0/Title: '\(String(repeating: "x", count: 257))' is too long",
        "0: 'Id' is a required property",
      ])
  }

  @Test func validatorReportsBrokenSARIF() throws {
    let document: JSONValue = [
      "version": "2.1.0",
      "runs": [["tool": ["driver": ["name": "Parapet"]], "results": [["level": "fatal"]]]],
    ]

    let errors = try PythonValidator.schemaErrors(
      document: JSONWriter().string(document),
      schemaPath: PythonValidator.fixtureSchema("sarif-2.1.0-subset.schema.json"))

    #expect(
      errors == [
        "runs/0/results/0/level: 'fatal' is not one of ['none', 'note', 'warning', 'error']",
        "runs/0/results/0: 'message' is a required property",
      ])
  }
}
