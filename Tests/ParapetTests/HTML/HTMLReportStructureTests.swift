import Foundation
import ParapetCore
import ParapetReport
import Testing

@Suite struct HTMLReportStructureTests {
  static let html = HTMLReport.render(
    metadata: HTMLReportFixtures.metadata, inventory: HTMLReportFixtures.inventory,
    findings: HTMLReportFixtures.findings, checks: HTMLReportFixtures.checks)

  /// The text between the data block's opening tag and the next `</script>`.
  static func dataBlock(_ html: String) throws -> String {
    let open = "<script type=\"application/json\" id=\"\(HTMLReport.dataElementId)\">"
    let start = try #require(html.range(of: open))
    let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
    return String(html[start.upperBound..<end.lowerBound])
  }

  static func occurrences(of needle: String, in text: String) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func dataBlockParsesWithOneRowPerFindingAndSharedTables() throws {
    let data = try JSONValue.parse(try Self.dataBlock(Self.html))
    let strings = try #require(data["s"]?.arrayValue)
    let rows = try #require(data["findings"]?.arrayValue)
    let resources = try #require(data["resources"]?.arrayValue)
    let checks = try #require(data["checks"]?.arrayValue)

    #expect(data["v"] == 1)
    #expect(rows.count == 7)
    #expect(resources.count == 4)
    #expect(checks.count == 5)
    #expect(data["inventory"]?["resources"] == 4)
    #expect(data["inventory"]?["failures"]?.arrayValue?.count == 1)
    #expect(data["scan"]?["account"] == "123456789012")

    let statusCodes: [Finding.Status: Int] = [.fail: 0, .pass: 1, .muted: 2, .notEvaluated: 3]
    for (row, finding) in zip(rows, HTMLReportFixtures.findings) {
      let resource = try #require(resources[try #require(row[3]?.intValue)])
      #expect(checks[try #require(row[0]?.intValue)]["id"] == .string(finding.checkId))
      #expect(row[1]?.intValue == statusCodes[finding.status])
      #expect(row[2]?.intValue == finding.severity.rank)
      #expect(resource[0] == .string(finding.resourceId))
      #expect(resource[2] == .string(finding.resourceName))
      #expect(strings[try #require(resource[4]?.intValue)] == .string(finding.region))
      #expect(strings[try #require(row[4]?.intValue)] == .string(finding.message))
      #expect(row[5]?.arrayValue?.count == finding.evidence.count)
    }
  }

  /// A failing finding shows its own filled-in snippets; one whose snippets read as the
  /// check's templates adds nothing to its row.
  @Test func findingsCarryTheirOwnFilledInSnippets() throws {
    let check = HTMLReportFixtures.publicAccessBlock
    var own = HTMLReportFixtures.findings[1]
    own.remediationSnippets = RemediationSnippets(
      cli: "aws s3api put-public-access-block --bucket site", cloudformation: "Bucket: site")
    var same = HTMLReportFixtures.findings[0]
    same.remediationSnippets = RemediationSnippets(
      cli: check.remediation.cli, terraform: check.remediation.terraform,
      cloudformation: check.remediation.cloudformation)
    let html = HTMLReport.render(
      metadata: HTMLReportFixtures.metadata, inventory: HTMLReportFixtures.inventory,
      findings: [own, same], checks: HTMLReportFixtures.checks)

    let data = try JSONValue.parse(try Self.dataBlock(html))
    let strings = try #require(data["s"]?.arrayValue)
    let rows = try #require(data["findings"]?.arrayValue)
    let snippets = try #require(rows[0][8]?.arrayValue)
    #expect(
      strings[try #require(snippets[0].intValue)]
        == "aws s3api put-public-access-block --bucket site")
    #expect(snippets[1] == -1)
    #expect(strings[try #require(snippets[2].intValue)] == "Bucket: site")
    #expect(rows[1].arrayValue?.count == 6)
  }

  @Test func evidenceKeepsAbsentApartFromValues() throws {
    let data = try JSONValue.parse(try Self.dataBlock(Self.html))
    let strings = try #require(data["s"]?.arrayValue)
    let evidence = try #require(data["findings"]?[0]?[5]?.arrayValue)

    let decoded = evidence.map { item -> [JSONValue] in
      var parts = [strings[item[0]?.intValue ?? -1]]
      if let value = item[1] { parts.append(value) }
      return parts
    }
    #expect(
      decoded == [
        ["PublicAccessBlock.BlockPublicAcls", false],
        ["Tags.owner", .string(HTMLReportFixtures.scriptPayload)],
        ["Policy"],
      ])
  }

  @Test func checkTextsAreStoredOncePerCheck() throws {
    let (inventory, findings, checks) = HTMLReportFixtures.synthetic(count: 2_000)
    let html = HTMLReport.render(
      metadata: HTMLReportFixtures.metadata, inventory: inventory, findings: findings,
      checks: checks)
    let block = try Self.dataBlock(html)

    #expect(Self.occurrences(of: "\"desc\":", in: block) == 20)
    #expect(Self.occurrences(of: "Why a failure matters to the account.", in: block) == 20 * 8)
    #expect(Self.occurrences(of: "Change the setting.", in: block) == 20 + 1)
    #expect(try JSONValue.parse(block)["findings"]?.arrayValue?.count == 2_000)
  }

  @Test func declaresAStrictContentSecurityPolicy() {
    let meta =
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
    #expect(Self.occurrences(of: meta, in: Self.html) == 1)
    #expect(Self.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset"))
  }

  /// The page without the contents of its two script elements: the static markup.
  static func markup(_ html: String) throws -> String {
    let first = try #require(html.range(of: "<script"))
    let last = try #require(html.range(of: "</script>", options: .backwards))
    return String(html[..<first.lowerBound]) + String(html[last.upperBound...])
  }

  @Test func referencesNothingOutsideTheFile() throws {
    let markup = try Self.markup(Self.html)
    let tags = try NSRegularExpression(pattern: #"<[a-zA-Z][^>]*>"#)
    let attributes = try NSRegularExpression(
      pattern: #"\s(src|href|action|srcset|poster|data)\s*=\s*["']?([^"'\s>]*)"#,
      options: [.caseInsensitive])
    var targets: [String] = []
    for tag in tags.matches(in: markup, range: NSRange(markup.startIndex..., in: markup)) {
      for attribute in attributes.matches(in: markup, range: tag.range) {
        if let range = Range(attribute.range(at: 2), in: markup) {
          targets.append(String(markup[range]))
        }
      }
    }
    #expect(targets == ["#overview", "#findings", "#compliance", "#collection"])

    // Outside the data block, "http" may appear only in these three known places.
    var rest = Self.html.replacingOccurrences(of: try Self.dataBlock(Self.html), with: "")
    for known in ["http-equiv", "'http://www.w3.org/2000/svg'", #"/^https:\/\/[^\s]+$/i"#] {
      #expect(Self.occurrences(of: known, in: rest) == 1, "\(known)")
      rest = rest.replacingOccurrences(of: known, with: "")
    }
    #expect(!rest.contains("http"))
    #expect(!rest.contains("url("))
    #expect(!rest.contains("@import"))
    #expect(!rest.contains("//cdn"))
  }

  @Test(arguments: [
    HTMLReportFixtures.imagePayload, HTMLReportFixtures.markPayload,
    HTMLReportFixtures.scriptPayload,
  ])
  func injectedMarkupAppearsOnlyEscaped(payload: String) {
    #expect(!Self.html.contains(payload))
    #expect(Self.occurrences(of: "<script", in: Self.html) == 2)
    #expect(Self.occurrences(of: "</script>", in: Self.html) == 2)
  }

  @Test func escapedFormsOfThePayloadsArePresent() throws {
    let block = try Self.dataBlock(Self.html)

    #expect(Self.html.contains("user/&lt;img src=x onerror=alert(1)&gt;</dd>"))
    #expect(block.contains(#""\u003cimg src=x onerror=alert(1)\u003e""#))
    #expect(block.contains(#"\u003c/script\u003e\u003cscript\u003edocument.body"#))
    #expect(!block.contains("<"))
    #expect(!block.contains(">"))
  }

  @Test func scanReportWriterWritesTheSamePage() throws {
    let output = NSTemporaryDirectory() + "parapet-html-" + UUID().uuidString
    let paths = try ScanReportWriter(outputDirectory: output).write(
      metadata: HTMLReportFixtures.metadata, inventory: HTMLReportFixtures.inventory,
      findings: HTMLReportFixtures.findings, formats: [.html],
      checks: HTMLReportFixtures.checks)

    #expect(paths.files == ["inventory.json", "report.html"])
    #expect(paths.html == paths.directory + "/report.html")
    #expect(try String(contentsOfFile: paths.html, encoding: .utf8) == Self.html)
    try FileManager.default.removeItem(atPath: output)
  }
}
