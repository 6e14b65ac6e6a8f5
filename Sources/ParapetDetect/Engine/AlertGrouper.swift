import ParapetCore

/// Folds hits into alerts: hits of one detection by one identity that follow each other
/// within `DetectionOptions.incidentGap` are one incident and become one finding holding up
/// to `maxEventsPerAlert` events and the total count. Incidents idle for longer than the
/// gap (behind the newest event time seen) are closed as the stream advances, so open
/// state is bounded by the incidents active within the gap.
struct AlertGrouper {
  private struct Incident {
    var detection: Detection
    var identity: Identity
    var firstTime: Int64
    var lastTime: Int64
    var firstEventTime: String
    var lastEventTime: String
    var count = 0
    var events: [EventSummary] = []
    var details: [String] = []
    var eventNames: [String] = []
  }

  let options: DetectionOptions
  private var open: [String: Incident] = [:]
  private(set) var findings: [Finding] = []

  init(options: DetectionOptions) {
    self.options = options
  }

  /// Number of incidents still open.
  var openCount: Int { open.count }

  /// Adds a hit to its incident, closing the previous one of the same key when it is stale.
  mutating func add(_ hit: DetectionHit) {
    guard let first = hit.events.first else { return }
    let key = hit.detection.checkId + "\u{0}" + hit.identity.key
    if let incident = open[key], first.time - incident.lastTime > options.incidentGap {
      close(incident)
      open[key] = nil
    }
    var incident =
      open[key]
      ?? Incident(
        detection: hit.detection, identity: hit.identity, firstTime: first.time,
        lastTime: first.time, firstEventTime: first.eventTime, lastEventTime: first.eventTime)
    for event in hit.events {
      incident.count += 1
      if event.time < incident.firstTime {
        incident.firstTime = event.time
        incident.firstEventTime = event.eventTime
      }
      if event.time >= incident.lastTime {
        incident.lastTime = event.time
        incident.lastEventTime = event.eventTime
      }
      if incident.events.count < options.maxEventsPerAlert { incident.events.append(event) }
      if incident.eventNames.count < 5 && !incident.eventNames.contains(event.eventName) {
        incident.eventNames.append(event.eventName)
      }
    }
    if let detail = hit.detail, incident.details.count < 5, !incident.details.contains(detail) {
      incident.details.append(detail)
    }
    open[key] = incident
  }

  /// Closes incidents whose last hit is more than the gap before `watermark`.
  mutating func closeIdle(before watermark: Int64) {
    let stale = open.filter { watermark - $0.value.lastTime > options.incidentGap }
    for (key, incident) in stale {
      close(incident)
      open[key] = nil
    }
  }

  /// Closes every incident and returns all findings, oldest incident first.
  mutating func finish() -> [Finding] {
    for incident in open.values { close(incident) }
    open = [:]
    return findings.sorted {
      ($0.evidence.first?.value?["firstEventTime"]?.stringValue ?? "", $0.checkId, $0.resourceId)
        < (
          $1.evidence.first?.value?["firstEventTime"]?.stringValue ?? "", $1.checkId,
          $1.resourceId
        )
    }
  }

  private mutating func close(_ incident: Incident) {
    let detection = incident.detection
    let plural = incident.count == 1 ? "event" : "events"
    let span =
      incident.firstEventTime == incident.lastEventTime
      ? "at \(incident.firstEventTime)"
      : "between \(incident.firstEventTime) and \(incident.lastEventTime)"
    var message =
      "\(detection.title): \(incident.count) \(plural) by \(incident.identity.key) \(span)"
      + " (\(incident.eventNames.joined(separator: ", ")))"
    if !incident.details.isEmpty { message += "; " + incident.details.joined(separator: "; ") }
    let summary: JSONValue = [
      "eventCount": .number(Double(incident.count)),
      "storedEvents": .number(Double(incident.events.count)),
      "firstEventTime": .string(incident.firstEventTime),
      "lastEventTime": .string(incident.lastEventTime),
      "identityType": .string(incident.identity.type),
    ]
    var evidence = [Evidence(path: "incident", value: summary)]
    for (offset, event) in incident.events.enumerated() {
      evidence.append(Evidence(path: "events[\(offset)]", value: event.json))
    }
    findings.append(
      Finding(
        checkId: detection.checkId, checkTitle: detection.title,
        resourceId: incident.identity.key, resourceType: "aws.cloudtrail.identity",
        resourceName: incident.identity.name, account: incident.identity.account,
        region: incident.events.first?.awsRegion ?? "", status: .fail,
        severity: detection.severity, message: message, evidence: evidence,
        remediation: detection.remediation,
        compliance: detection.techniques.map { "mitre-attack:\($0)" }))
  }
}
