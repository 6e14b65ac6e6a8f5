import ParapetCore

/// A Slack incoming-webhook message: `text` (shown in notifications and where blocks
/// cannot be) and Block Kit `blocks` (a header, one section per finding, and a context
/// line with the scan and how many findings were left out).
///
/// Slack caps a message at 50 blocks, a header at 150 characters and a section at 3,000;
/// the list limit and clipping keep well inside them. Text in `mrkdwn` escapes `&`, `<`
/// and `>` as Slack asks, so a resource name cannot become a link or a mention.
enum SlackMessage {
  static func render(_ batch: NotificationBatch, limit: Int) -> JSONValue {
    let (listed, more) = batch.listed(limit: limit)
    var blocks: [JSONValue] = [
      [
        "type": "header",
        "text": [
          "type": "plain_text", "text": .string(NotificationBatch.clipped(batch.title, to: 150)),
        ],
      ]
    ]
    blocks += listed.map(section)

    var context = [
      "Scan \(batch.scan.scanId) (store id \(batch.storeScanId)) finished "
        + NotificationBatch.timestamp(batch.scan.finishedAt)
    ]
    if let line = NotificationBatch.moreLine(more) { context.insert(line.capitalizedFirst, at: 0) }
    blocks.append([
      "type": "context",
      "elements": [["type": "mrkdwn", "text": .string(escape(context.joined(separator: ". ")))]],
    ])

    return ["text": .string("Parapet: " + batch.title), "blocks": .array(blocks)]
  }

  private static func section(_ finding: Finding) -> JSONValue {
    let lines = [
      "*\(finding.severity.rawValue.uppercased())* `\(escape(finding.checkId))`",
      "*\(escape(NotificationBatch.clipped(finding.checkTitle, to: 300)))*",
      escape("\(finding.resourceName) (\(finding.resourceType), \(finding.region))"),
      escape(NotificationBatch.clipped(finding.message, to: 1_000)),
    ]
    return [
      "type": "section",
      "text": ["type": "mrkdwn", "text": .string(lines.joined(separator: "\n"))],
    ]
  }

  /// `text` with the three characters Slack's `mrkdwn` reserves escaped.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}

extension String {
  /// The text with its first letter in upper case.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
