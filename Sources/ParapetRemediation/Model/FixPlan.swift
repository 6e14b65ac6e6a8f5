import ParapetCore

/// What a fixer would do to one resource: the exact calls, the permissions they need, the
/// values it changes from and to, and how to undo it. Pure data, so `parapet fix` prints
/// it and `--apply` executes the same calls.
public struct FixPlan: Sendable, Hashable {
  /// Id of the fixer that made the plan.
  public var fixer: String
  /// Checks the plan answers (one fix can clear several checks on one resource).
  public var checkIds: [String]
  /// The resource changed.
  public var resourceId: String
  /// Its type.
  public var resourceType: String
  /// Its region, or `global`.
  public var region: String
  /// One sentence: what changes and why it is safe.
  public var summary: String
  /// The mutating calls, in order. Empty when the resource is already fixed or the plan
  /// is blocked.
  public var calls: [FixCall]
  /// The values the calls replace, as read before planning.
  public var before: JSONValue
  /// The values the calls set.
  public var after: JSONValue
  /// Calls that restore `before`; empty when undo is not possible.
  public var undoCalls: [FixCall]
  /// Why undo is not possible, when it is not.
  public var undoUnavailable: String?
  /// Why nothing can be planned (a required option is missing); nil when planned.
  public var blocked: String?

  /// A plan; see the properties.
  public init(
    fixer: String, checkIds: [String], resource: Resource, summary: String,
    calls: [FixCall], before: JSONValue = .null, after: JSONValue = .null,
    undoCalls: [FixCall] = [], undoUnavailable: String? = nil, blocked: String? = nil
  ) {
    self.fixer = fixer
    self.checkIds = checkIds
    self.resourceId = resource.id
    self.resourceType = resource.type
    self.region = resource.region
    self.summary = summary
    self.calls = calls
    self.before = before
    self.after = after
    self.undoCalls = undoCalls
    self.undoUnavailable = undoUnavailable
    self.blocked = blocked
  }

  /// A plan with no calls because the resource already meets the check.
  public static func alreadyFixed(
    _ fixer: String, _ checkIds: [String], _ resource: Resource, _ why: String,
    state: JSONValue = .null
  ) -> FixPlan {
    FixPlan(
      fixer: fixer, checkIds: checkIds, resource: resource, summary: why, calls: [],
      before: state, after: state)
  }

  /// A plan that cannot go ahead, saying what the user must supply.
  public static func blocked(
    _ fixer: String, _ checkIds: [String], _ resource: Resource, _ reason: String
  ) -> FixPlan {
    FixPlan(
      fixer: fixer, checkIds: checkIds, resource: resource, summary: reason, calls: [],
      blocked: reason)
  }

  /// The IAM actions the calls need, sorted and unique.
  public var permissions: [String] { Array(Set(calls.map(\.permission))).sorted() }

  /// True when there is nothing to change.
  public var isAlreadyFixed: Bool { calls.isEmpty && blocked == nil }

  /// The plan as JSON for `parapet fix --json`.
  public var json: JSONValue {
    [
      "fixer": .string(fixer), "check_ids": .array(checkIds.map { .string($0) }),
      "resource_id": .string(resourceId), "resource_type": .string(resourceType),
      "region": .string(region), "summary": .string(summary),
      "calls": .array(calls.map(\.json)),
      "permissions": .array(permissions.map { .string($0) }),
      "before": before, "after": after, "undo_calls": .array(undoCalls.map(\.json)),
      "undo_unavailable": undoUnavailable.map { .string($0) } ?? .null,
      "blocked": blocked.map { .string($0) } ?? .null,
    ]
  }
}
