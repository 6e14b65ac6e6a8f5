import ParapetCore

/// Renders a finished scan as one self-contained HTML file: an overview with charts, a
/// findings table with search, filters, sorting and paging, each finding's evidence and
/// remediation, a compliance view, and the collection failures.
///
/// The file makes no network request when opened: CSS and script are inline, charts are
/// inline SVG drawn by the script, there are no web fonts, and a Content-Security-Policy
/// forbids every fetch. The data is embedded once as compact JSON (see `HTMLReportData`)
/// with each check's long texts stored once, and the table shows one page of rows at a
/// time, so a report of 100,000 findings stays in the tens of megabytes and opens in a few
/// seconds. Every string from the cloud reaches the page escaped (HTML escapes in the
/// header, `\u003c`-style escapes in the JSON, `textContent` in the script).
public enum HTMLReport {
  /// The Content-Security-Policy the report declares in a `<meta>` element.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    + "img-src data:"

  /// The `id` of the `<script type="application/json">` element holding the data.
  public static let dataElementId = "parapet-data"

  /// The whole HTML document for a scan.
  ///
  /// - Parameters:
  ///   - metadata: the scan's metadata, shown in the header.
  ///   - inventory: supplies the resource counts and the failed collection calls.
  ///   - findings: every finding, in the order the analysis produced them.
  ///   - checks: explanation and remediation per check id; a check missing here is shown
  ///     with the title and severity of its findings only.
  public static func render(
    metadata: ScanMetadata, inventory: Inventory, findings: [Finding],
    checks: [String: CheckInfo]
  ) -> String {
    let json = HTMLReportData.json(
      metadata: metadata, inventory: inventory, findings: findings, checks: checks)

    var page = head(metadata)
    page += header(metadata, inventory: inventory, findingCount: findings.count)
    page += HTMLLayout.body
    page += "<script type=\"application/json\" id=\"\(dataElementId)\">"
    page += HTMLEscaping.scriptJSON(json)
    page += "</script>\n<script>\n"
    page += HTMLScript.common + HTMLScript.charts + HTMLScript.table + HTMLScript.detail
    page += HTMLScript.compliance
    page += HTMLScript.main
    page += "</script>\n</body>\n</html>\n"
    return page
  }

  private static func head(_ metadata: ScanMetadata) -> String {
    let title = HTMLEscaping.text("Parapet report: \(metadata.account)")
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="referrer" content="no-referrer">
      <title>\(title)</title>
      <style>
      \(HTMLStyles.css)
      </style>
      </head>

      """
  }

  /// The scan facts, rendered on the server side so they read even without script.
  private static func header(
    _ metadata: ScanMetadata, inventory: Inventory, findingCount: Int
  ) -> String {
    let facts: [(String, String)] = [
      ("Account", metadata.account),
      ("Caller", metadata.callerArn),
      ("Regions", metadata.regions.joined(separator: ", ")),
      ("Started", UTCTimestamp.iso8601(metadata.startedAt)),
      ("Duration", "\(Int(metadata.durationSeconds.rounded())) s"),
      ("Resources", String(inventory.resources.count)),
      ("Findings", String(findingCount)),
      ("Parapet", metadata.parapetVersion),
    ]
    let items = facts.map { name, value in
      "<div><dt>\(name)</dt><dd>\(HTMLEscaping.text(value))</dd></div>"
    }.joined()
    return """
      <body>
      <header class="top">
      <div class="brand"><span class="logo">&#9650;</span> Parapet <span>scan report</span></div>
      <dl class="facts">\(items)</dl>
      <div class="scan-id">Scan \(HTMLEscaping.text(metadata.scanId))</div>
      </header>

      """
  }
}
