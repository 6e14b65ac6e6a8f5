import ParapetCore

/// Parapet's own notification document, `parapet.notification` version 1: the scan, the
/// threshold, and the new failing findings in the shape `findings.json` gives them.
/// docs/MONITORING.md describes every field; a change to them is a new schema version.
enum GenericPayload {
  static let schemaVersion = 1

  static func render(_ batch: NotificationBatch, limit: Int) -> JSONValue {
    let (listed, more) = batch.listed(limit: limit)
    let scan = batch.scan
    return [
      "schema": "parapet.notification",
      "schema_version": .number(Double(schemaVersion)),
      "event": "new_failing_findings",
      "title": .string(batch.title),
      "account": .string(batch.account),
      "threshold": .string(batch.threshold.rawValue),
      "scan": [
        "scan_id": .string(scan.scanId),
        "store_id": .number(Double(batch.storeScanId)),
        "caller_arn": .string(scan.callerArn),
        "regions": .array(scan.regions.map(JSONValue.string)),
        "services": .array(scan.services.map(JSONValue.string)),
        "started_at": .string(NotificationBatch.timestamp(scan.startedAt)),
        "finished_at": .string(NotificationBatch.timestamp(scan.finishedAt)),
        "parapet_version": .string(scan.parapetVersion),
      ],
      "total": .number(Double(batch.findings.count)),
      "more": .number(Double(more)),
      "findings": .array(listed.map(\.jsonValue)),
    ]
  }
}
