import ParapetCore

/// A property an analysis function needs, read with the inventory's three cases kept
/// apart: absent (its call failed: the function cannot decide), null (the thing does not
/// exist, such as no bucket policy) or present.
enum PropertyRead: Sendable {
  /// The property is missing; the text says which call failed, for `not_evaluated`.
  case unknown(String)
  /// The call succeeded and found nothing.
  case none
  /// The value.
  case value(JSONValue)

  /// Reads the dotted `path` of `resource`. Only an absent top-level key is unknown: a
  /// nested key missing under a present parent (`Attributes.Policy` of a queue without a
  /// policy) means none. An OpenSearch-style `{Options, Status}` wrapper is unwrapped.
  static func read(
    _ path: String, of resource: Resource, in inventory: Inventory
  ) -> PropertyRead {
    let keys = path.split(separator: ".").map(String.init)
    guard let top = keys.first, let root = resource.properties[top] else {
      return .unknown(FunctionInputs.missingReason(path, of: resource, in: inventory))
    }
    var current: JSONValue? = root
    for key in keys.dropFirst() { current = current?[key] }
    guard var value = current, !value.isNull else { return .none }
    if let options = value["Options"], value["Status"] != nil { value = options }
    if case .string(let text) = value, text.isEmpty { return .none }
    return .value(value)
  }
}

/// Shared reading of function arguments and missing data.
enum FunctionInputs {
  /// `Not evaluated: GetBucketPolicy failed in us-east-1 (...); grant ... and rescan, so
  /// Policy is unknown.`, or a plainer sentence when no failure explains the gap.
  static func missingReason(_ path: String, of resource: Resource, in inventory: Inventory)
    -> String
  {
    let top = path.split(separator: ".").first.map(String.init) ?? path
    let failure = inventory.failures(affecting: resource.type, resourceId: resource.id).first {
      $0.property == top || $0.property == nil
    }
    guard let failure else {
      return "Not evaluated: \(path) of \(resource.name) was not collected, so its access "
        + "cannot be judged; rescan with the permission that reads it."
    }
    return "Not evaluated: \(NotEvaluatedCheck.describe(failure)), so \(path) is unknown."
  }

  /// The strings of argument `key`: a string or a list of strings.
  static func strings(_ arguments: JSONValue, _ key: String) -> [String] {
    (arguments[key]?.arrayValue ?? []).compactMap(\.stringValue)
  }

  /// Argument `key` as a boolean, `false` when absent.
  static func flag(_ arguments: JSONValue, _ key: String) -> Bool {
    arguments[key]?.boolValue ?? false
  }
}
