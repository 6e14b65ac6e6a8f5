import Foundation
import ParapetCore
import ParapetReport
import Testing

@Suite struct ReportFormatTests {
  @Test func parseAcceptsCommasRepeatsAndAll() throws {
    #expect(try ReportFormat.parse(["json,sarif", " CSV "]) == [.json, .sarif, .csv])
    #expect(try ReportFormat.parse(["all"]) == Set(ReportFormat.allCases))
  }

  @Test func parseNamesTheUnknownFormatAndTheChoices() {
    do {
      _ = try ReportFormat.parse(["json,pdf"])
      Issue.record("pdf was accepted")
    } catch {
      #expect(
        error.description
          == "unknown report format 'pdf'; choose from json, csv, ocsf, asff, sarif, junit, "
          + "markdown, all")
    }
  }

  @Test func writerWritesEveryChosenFormatUnderItsName() throws {
    let parent = try ReportFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: parent) }

    let paths = try ScanReportWriter(outputDirectory: parent).write(
      metadata: ReportFixtures.metadata, inventory: ReportFixtures.inventory,
      findings: ReportFixtures.findings, formats: Set(ReportFormat.allCases),
      checks: FormatFixtures.checks)

    #expect(
      paths.files == [
        "inventory.json", "findings.json", "findings.csv", "findings.ocsf.json",
        "findings.asff.json", "findings.sarif", "findings.junit.xml", "summary.md",
      ])
    let names = try FileManager.default.contentsOfDirectory(atPath: paths.directory).sorted()
    #expect(names == paths.files.sorted())
    let sarif = try String(contentsOfFile: paths.directory + "/findings.sarif", encoding: .utf8)
    #expect(sarif.contains("\"version\": \"2.1.0\""))
  }

  @Test func writeFindingsRendersAgainIntoAnExistingDirectory() throws {
    let directory = try ReportFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }

    let written = try ScanReportWriter(outputDirectory: directory).writeFindings(
      metadata: ReportFixtures.metadata, findings: ReportFixtures.findings,
      formats: [.markdown, .junit], into: directory)

    #expect(written == ["findings.junit.xml", "summary.md"])
  }
}
