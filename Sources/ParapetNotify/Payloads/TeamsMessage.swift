import ParapetCore

/// A Microsoft Teams message carrying one Adaptive Card (version 1.4), the shape both
/// Teams incoming webhooks and the Workflows "post to a channel when a webhook request is
/// received" trigger accept: a title, facts about the scan, one container per finding and
/// a line saying how many were left out.
enum TeamsMessage {
  static func render(_ batch: NotificationBatch, limit: Int) -> JSONValue {
    let (listed, more) = batch.listed(limit: limit)
    var body: [JSONValue] = [
      [
        "type": "TextBlock", "text": .string(batch.title), "size": "Medium",
        "weight": "Bolder", "wrap": true,
      ],
      [
        "type": "FactSet",
        "facts": [
          fact("Account", batch.account),
          fact("Threshold", batch.threshold.rawValue),
          fact("Scan", "\(batch.scan.scanId) (store id \(batch.storeScanId))"),
          fact("Finished", NotificationBatch.timestamp(batch.scan.finishedAt)),
        ],
      ],
    ]
    body += listed.map(container)
    if let line = NotificationBatch.moreLine(more) {
      body.append([
        "type": "TextBlock", "text": .string(line.capitalizedFirst), "isSubtle": true,
        "wrap": true,
      ])
    }

    let card: JSONValue = [
      "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
      "type": "AdaptiveCard",
      "version": "1.4",
      "body": .array(body),
    ]
    return [
      "type": "message",
      "attachments": [
        [
          "contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": .null,
          "content": card,
        ]
      ],
    ]
  }

  private static func fact(_ title: String, _ value: String) -> JSONValue {
    ["title": .string(title), "value": .string(value)]
  }

  private static func container(_ finding: Finding) -> JSONValue {
    let heading = "\(finding.severity.rawValue.uppercased()) \(finding.checkId)"
    return [
      "type": "Container",
      "separator": true,
      "items": [
        [
          "type": "TextBlock", "text": .string(heading), "weight": "Bolder",
          "color": .string(color(finding.severity)), "wrap": true,
        ],
        [
          "type": "TextBlock",
          "text": .string(NotificationBatch.clipped(finding.checkTitle, to: 300)),
          "wrap": true,
        ],
        [
          "type": "TextBlock",
          "text": .string("\(finding.resourceName) (\(finding.resourceType), \(finding.region))"),
          "isSubtle": true, "wrap": true,
        ],
        [
          "type": "TextBlock",
          "text": .string(NotificationBatch.clipped(finding.message, to: 1_000)),
          "wrap": true,
        ],
      ],
    ]
  }

  /// Adaptive Card text colours by severity: red for critical and high, amber for medium.
  private static func color(_ severity: Severity) -> String {
    switch severity {
    case .critical, .high: return "Attention"
    case .medium: return "Warning"
    case .low, .informational: return "Default"
    }
  }
}
