import ParapetCore

/// The few fields of an event an alert keeps as evidence.
struct EventSummary: Sendable, Hashable {
  var eventID: String
  var eventTime: String
  var time: Int64
  var eventName: String
  var eventSource: String
  var awsRegion: String
  var sourceIPAddress: String
  var errorCode: String?
  var source: String
  var record: Int

  init(_ event: inout EventView, time: Int64, source: String) {
    eventID = event.text(.eventID) ?? ""
    eventTime = event.text(.eventTime) ?? ""
    self.time = time
    eventName = event.text(.eventName) ?? ""
    eventSource = event.text(.eventSource) ?? ""
    awsRegion = event.text(.awsRegion) ?? ""
    sourceIPAddress = event.text(.sourceIPAddress) ?? ""
    errorCode = event.text(.errorCode)
    self.source = source
    record = event.record
  }

  /// The evidence value: what happened, when, where from, and where it was read.
  var json: JSONValue {
    var members: [String: JSONValue] = [
      "eventID": .string(eventID), "eventTime": .string(eventTime),
      "eventName": .string(eventName), "eventSource": .string(eventSource),
      "awsRegion": .string(awsRegion), "sourceIPAddress": .string(sourceIPAddress),
      "file": .string(source), "record": .number(Double(record)),
    ]
    if let errorCode { members["errorCode"] = .string(errorCode) }
    return .object(members)
  }
}

/// Who made a call, as alerts group it.
struct Identity: Sendable, Hashable {
  /// The ARN, or `<type>:<principalId>` when the record carries none.
  var key: String
  var type: String
  var account: String
  var name: String

  init(_ event: inout EventView) {
    type = event.text(.identityType) ?? "Unknown"
    account = event.text(.identityAccountId) ?? event.text(.recipientAccountId) ?? ""
    if let arn = event.text(.identityArn), !arn.isEmpty {
      key = arn
    } else {
      key = "\(type):\(event.text(.identityPrincipalId) ?? event.text(.identityUserName) ?? "")"
    }
    let last = key.split(separator: "/").last.map(String.init) ?? key
    name = event.text(.identityUserName) ?? (type == "Root" ? "root" : last)
  }
}

/// One detection matching one or more events.
struct DetectionHit: Sendable {
  var detection: Detection
  var identity: Identity
  var events: [EventSummary]
  /// What about these events matched, for the alert message (`policy AdministratorAccess`).
  var detail: String?
}
