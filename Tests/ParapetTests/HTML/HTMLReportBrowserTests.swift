import Foundation
import ParapetCore
import ParapetReport
import Testing

/// Loads rendered reports in headless Chromium and checks what a reader would see: the
/// charts and table rows drawn, the counts matching the findings, no script error, no
/// network request, no injected markup executed. Screenshots are kept in
/// `.build/test-artifacts/` for a human to look at, with the small report itself.
@Suite(.serialized) struct HTMLReportBrowserTests {
  static let artifacts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".build/test-artifacts").path

  static func workDirectory(_ name: String) throws -> String {
    let path = NSTemporaryDirectory() + "parapet-chromium-\(name)-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      atPath: artifacts, withIntermediateDirectories: true)
    return path
  }

  /// The value of `attribute` on the element with `id`, from serialized DOM.
  static func attribute(_ attribute: String, id: String, in dom: String) -> String? {
    guard let element = dom.range(of: "id=\"\(id)\"") else { return nil }
    let tagEnd = dom.range(of: ">", range: element.upperBound..<dom.endIndex)?.lowerBound
    let tag = dom[element.upperBound..<(tagEnd ?? dom.endIndex)]
    guard let start = tag.range(of: " \(attribute)=\"") else { return nil }
    return tag[start.upperBound...].split(separator: "\"", maxSplits: 1).first.map(String.init)
  }

  static func occurrences(of needle: String, in text: String) -> Int {
    var count = 0
    var searchFrom = text.startIndex
    while let found = text.range(of: needle, range: searchFrom..<text.endIndex) {
      count += 1
      searchFrom = found.upperBound
    }
    return count
  }

  /// The checks every rendered report must pass, given the findings it was made from.
  static func expectRendered(
    _ load: HeadlessChromium.Load, findings: [Finding], resources: Int
  ) {
    let dom = load.dom
    let counts = FindingCounts(findings)

    #expect(dom.contains("data-rendered=\"true\""), "the script did not finish drawing")
    #expect(load.console == [], "console messages (script errors, CSP refusals)")
    #expect(load.pageRequests == [], "the page started network requests")
    let body = dom.range(of: "<body").flatMap { start in
      dom.range(of: ">", range: start.upperBound..<dom.endIndex).map {
        dom[start.lowerBound..<$0.upperBound]
      }
    }
    #expect(body.map { !$0.contains("data-pwned") } == true, "an injected script ran")

    #expect(occurrences(of: "<svg class=\"chart\"", in: dom) == 6)
    #expect(occurrences(of: "<tr class=\"finding-row", in: dom) == min(50, findings.count))
    #expect(attribute("data-count", id: "count-total", in: dom) == String(findings.count))
    for status in Finding.Status.allCases {
      let shown = attribute("data-count", id: "count-\(status.rawValue)", in: dom)
      #expect(shown == String(counts.byStatus[status] ?? 0), "\(status)")
    }
    #expect(attribute("data-matching", id: "table-status", in: dom) == String(findings.count))
    #expect(attribute("data-count", id: "count-resources", in: dom) == String(resources))
  }

  @Test func smallReportDrawsChartsRowsAndEscapedNames() throws {
    let chromium = try HeadlessChromium.locate()
    let work = try Self.workDirectory("small")
    let file = Self.artifacts + "/html-report-small.html"
    try HTMLReport.render(
      metadata: HTMLReportFixtures.metadata, inventory: HTMLReportFixtures.inventory,
      findings: HTMLReportFixtures.findings, checks: HTMLReportFixtures.checks
    ).write(toFile: file, atomically: true, encoding: .utf8)

    let load = try chromium.load(file, work: work)
    Self.expectRendered(load, findings: HTMLReportFixtures.findings, resources: 4)
    #expect(load.dom.contains("<td>&lt;img src=x onerror=alert(1)&gt;<small"))
    #expect(!load.dom.contains("<img"))
    #expect(!load.dom.contains("onerror=\"") && !load.dom.contains("onload=\""))
    #expect(Self.occurrences(of: "<details class=\"framework\"", in: load.dom) == 2)
    #expect(Self.attribute("data-count", id: "count-failures", in: load.dom) == "1")
    #expect(load.dom.contains("<td>ListMFADevices</td><td>access denied</td>"))

    try chromium.screenshot(
      file, to: Self.artifacts + "/html-report-small.png", work: work)
    try FileManager.default.removeItem(atPath: work)
  }

  @Test func hundredThousandFindingsOpenQuicklyAndStaySmall() throws {
    let chromium = try HeadlessChromium.locate()
    let work = try Self.workDirectory("large")
    let file = work + "/report.html"
    let (inventory, findings, checks) = HTMLReportFixtures.synthetic(count: 100_000)
    let renderStart = Date()
    let page = HTMLReport.render(
      metadata: HTMLReportFixtures.metadata, inventory: inventory, findings: findings,
      checks: checks)
    let renderSeconds = Date().timeIntervalSince(renderStart)
    try page.write(toFile: file, atomically: true, encoding: .utf8)
    let bytes = page.utf8.count

    let load = try chromium.load(file, work: work)
    Self.expectRendered(load, findings: findings, resources: inventory.resources.count)
    let shownMs = try #require(
      load.dom.range(of: "data-render-ms=\"").flatMap { start in
        load.dom[start.upperBound...].split(separator: "\"", maxSplits: 1).first
      }.flatMap { Int($0) })

    let summary =
      "100,000 findings: \(bytes) bytes, Swift render \(String(format: "%.2f", renderSeconds))"
      + " s, browser ready after \(shownMs) ms, chromium run "
      + String(format: "%.2f", load.seconds) + " s\n"
    try summary.write(
      toFile: Self.artifacts + "/html-report-100k.txt", atomically: true, encoding: .utf8)
    print(summary, terminator: "")
    #expect(bytes < 40_000_000)
    #expect(shownMs < 8_000)

    try chromium.screenshot(
      file, to: Self.artifacts + "/html-report-100k.png", work: work)
    try expectSearchAndSort(page, findings: findings, chromium: chromium, work: work)
    try FileManager.default.removeItem(atPath: work)
  }

  /// Acts as a reader would, through a script appended to a copy of the page (headless
  /// Chromium cannot click): searches, filters to failures, sorts by resource, and records
  /// how long that took. The match count must equal the same search done here in Swift.
  func expectSearchAndSort(
    _ page: String, findings: [Finding], chromium: HeadlessChromium, work: String
  ) throws {
    let query = "db_instance-99"
    let actions = """
      <script>
      (function () {
        var t = performance.now();
        byId('search').value = '\(query)';
        var select = byId('filter-status');
        select.value = '0';
        select.dispatchEvent(new Event('change'));
        document.querySelector('th[data-sort="resource"]').click();
        var ms = String(Math.round(performance.now() - t));
        document.body.setAttribute('data-action-ms', ms);
      })();
      </script>
      </body>
      """
    let file = work + "/acted.html"
    try page.replacingOccurrences(of: "</body>", with: actions)
      .write(toFile: file, atomically: true, encoding: .utf8)
    let expected = findings.filter { finding in
      finding.status == .fail
        && [
          finding.checkId, finding.checkTitle, finding.resourceId, finding.resourceName,
          finding.resourceType, finding.region, finding.message,
        ].contains { $0.lowercased().contains(query) }
    }
    let firstName = try #require(expected.map(\.resourceName).min())

    let load = try chromium.load(file, work: work)

    #expect(load.console == [])
    #expect(expected.count == 75)
    #expect(Self.attribute("data-matching", id: "table-status", in: load.dom) == "75")
    let firstRow = try #require(load.dom.range(of: "<tr class=\"finding-row"))
    #expect(load.dom[firstRow.lowerBound...].contains("<td>\(firstName)<small"))
    let actionMs = try #require(
      load.dom.range(of: "data-action-ms=\"").flatMap { start in
        load.dom[start.upperBound...].split(separator: "\"", maxSplits: 1).first
      }.flatMap { Int($0) })
    print("100,000 findings: search, filter and sort took \(actionMs) ms")
    #expect(actionMs < 3_000)
  }

  @Test func missingChromiumFailsNamingTheSetupStep() {
    #expect(throws: HeadlessChromium.Missing.self) {
      try HeadlessChromium.locate(candidates: ["/nonexistent/chromium"])
    }
    #expect(
      "\(HeadlessChromium.Missing())"
        == "chromium is not installed: run `scripts/setup-browser` (or `make test`, which runs "
        + "it) to install Debian's chromium package, then run the tests again")
  }

  /// Without this, an empty request list could mean the detector sees nothing at all.
  @Test func requestDetectorSeesAPageThatFetches() throws {
    let chromium = try HeadlessChromium.locate()
    let work = try Self.workDirectory("control")
    let file = work + "/fetching.html"
    try """
    <!DOCTYPE html><html><body><img src="https://example.com/pixel.png">
    <script>fetch('http://example.org/data').catch(function () {});</script></body></html>
    """.write(toFile: file, atomically: true, encoding: .utf8)

    let load = try chromium.load(file, work: work)

    #expect(
      load.pageRequests.sorted() == ["http://example.org/data", "https://example.com/pixel.png"])
    try FileManager.default.removeItem(atPath: work)
  }
}
