import Foundation
import ParapetCore

/// One line of the fix audit log: one fix (or undo) of one resource, with who made it,
/// the calls made and not made, the values before and after, and how to undo it.
public struct AuditEntry: Sendable {
  /// Unique id (a lower-case UUID); `parapet fix --undo ID` takes it.
  public var id: String
  /// When the calls were made.
  public var time: Date
  /// Caller identity ARN (STS GetCallerIdentity).
  public var who: String
  /// Fixer id.
  public var fixer: String
  /// Checks fixed.
  public var checkIds: [String]
  /// Resource changed.
  public var resourceId: String
  /// Region of the resource.
  public var region: String
  /// `applied`, `partial` (some calls made, then one failed), `failed` (none made) or
  /// `undone` (for an undo entry).
  public var result: String
  /// Calls that succeeded.
  public var callsMade: [FixCall]
  /// The call that failed and its error.
  public var failedCall: FixCall?
  /// The AWS error of `failedCall`.
  public var error: String?
  /// Calls not attempted after the failure.
  public var callsSkipped: [FixCall]
  /// Values before the fix.
  public var before: JSONValue
  /// Values the fix set.
  public var after: JSONValue
  /// Calls that restore `before`.
  public var undoCalls: [FixCall]
  /// Why undo is not possible.
  public var undoUnavailable: String?
  /// For an undo entry, the id of the entry undone.
  public var undoOf: String?

  /// The entry recording `outcome` of `plan`.
  public init(
    id: String = UUID().uuidString.lowercased(), time: Date, who: String, plan: FixPlan,
    outcome: CallsOutcome
  ) {
    self.id = id
    self.time = time
    self.who = who
    self.fixer = plan.fixer
    self.checkIds = plan.checkIds
    self.resourceId = plan.resourceId
    self.region = plan.region
    self.result = Self.result(outcome)
    self.callsMade = outcome.made
    self.failedCall = outcome.failure?.call
    self.error = outcome.failure?.error
    self.callsSkipped = outcome.skipped
    self.before = plan.before
    self.after = plan.after
    self.undoCalls = plan.undoCalls
    self.undoUnavailable = plan.undoUnavailable
    self.undoOf = nil
  }

  /// The entry recording an undo of `original`.
  public init(undoing original: AuditEntry, time: Date, who: String, outcome: CallsOutcome) {
    self.id = UUID().uuidString.lowercased()
    self.time = time
    self.who = who
    self.fixer = original.fixer
    self.checkIds = original.checkIds
    self.resourceId = original.resourceId
    self.region = original.region
    self.result = outcome.succeeded ? "undone" : Self.result(outcome)
    self.callsMade = outcome.made
    self.failedCall = outcome.failure?.call
    self.error = outcome.failure?.error
    self.callsSkipped = outcome.skipped
    self.before = original.after
    self.after = original.before
    self.undoCalls = []
    self.undoUnavailable = "an undo is not itself undone; apply the fix again instead"
    self.undoOf = original.id
  }

  private static func result(_ outcome: CallsOutcome) -> String {
    if outcome.succeeded { return "applied" }
    return outcome.made.isEmpty ? "failed" : "partial"
  }
}

extension AuditEntry {
  /// The entry as one JSON object (keys in snake_case, time in ISO 8601 UTC).
  public var json: JSONValue {
    func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }
    return [
      "id": .string(id), "time": .string(Self.formatter.string(from: time)),
      "who": .string(who), "fixer": .string(fixer),
      "check_ids": .array(checkIds.map { .string($0) }), "resource_id": .string(resourceId),
      "region": .string(region), "result": .string(result),
      "calls_made": .array(callsMade.map(\.json)),
      "failed_call": failedCall?.json ?? .null, "error": optional(error),
      "calls_skipped": .array(callsSkipped.map(\.json)), "before": before, "after": after,
      "undo_calls": .array(undoCalls.map(\.json)),
      "undo_unavailable": optional(undoUnavailable), "undo_of": optional(undoOf),
    ]
  }

  /// Reads an entry written by `json`; throws naming the field at fault.
  public init(json: JSONValue) throws {
    func text(_ key: String) throws -> String {
      guard let value = json[key]?.stringValue else {
        throw FixDataError(field: key, reason: "missing or not a string in the audit entry")
      }
      return value
    }
    func calls(_ key: String) throws -> [FixCall] {
      try Self.items(json[key]).map(FixCall.init(json:))
    }
    id = try text("id")
    guard let time = Self.formatter.date(from: try text("time")) else {
      throw FixDataError(field: "time", reason: "not an ISO 8601 time")
    }
    self.time = time
    who = try text("who")
    fixer = try text("fixer")
    checkIds = Self.items(json["check_ids"]).compactMap(\.stringValue)
    resourceId = try text("resource_id")
    region = try text("region")
    result = try text("result")
    callsMade = try calls("calls_made")
    failedCall = try json["failed_call"].flatMap { $0.isNull ? nil : try FixCall(json: $0) }
    error = json["error"]?.stringValue
    callsSkipped = try calls("calls_skipped")
    before = json["before"] ?? .null
    after = json["after"] ?? .null
    undoCalls = try calls("undo_calls")
    undoUnavailable = json["undo_unavailable"]?.stringValue
    undoOf = json["undo_of"]?.stringValue
  }

  private static var formatter: ISO8601DateFormatter {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter
  }

  /// The elements of an array node; anything else is empty.
  private static func items(_ node: JSONValue?) -> [JSONValue] {
    if case .array(let items)? = node { return items }
    return []
  }
}
