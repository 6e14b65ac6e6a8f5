import ParapetCore

/// Reads the IAM-style policy documents that appear inside request parameters, either as a
/// JSON object or as a JSON string holding one.
enum PolicyInspection {
  /// The policy as a tree; a string is parsed as JSON text.
  static func document(_ value: JSONValue?) -> JSONValue? {
    guard let value else { return nil }
    guard case .string(let text) = value else { return value }
    var bytes = Array(text.utf8)
    return bytes.withUnsafeMutableBufferPointer { buffer in
      let view = UnsafeBufferPointer(buffer)
      let start = JSONBytes.skipSpace(view, 0)
      guard start < view.count else { return nil }
      return JSONBytes.materialize(view, start, view.count)
    }
  }

  /// The Allow statements of a policy.
  static func allowStatements(_ policy: JSONValue?) -> [JSONValue] {
    guard let statements = document(policy)?["Statement"]?.arrayValue else { return [] }
    return statements.filter { $0["Effect"]?.stringValue == "Allow" }
  }

  /// True when an Allow statement without conditions names everyone as principal
  /// (`"*"` or `{"AWS": "*"}`). A condition may restrict the grant, so conditional
  /// statements are not counted: this errs toward fewer alerts.
  static func grantsEveryone(_ policy: JSONValue?) -> Bool {
    allowStatements(policy).contains { statement in
      guard statement["Condition"] == nil, let principal = statement["Principal"] else {
        return false
      }
      if principal.stringValue == "*" { return true }
      return principal["AWS"]?.arrayValue?.contains { $0.stringValue == "*" } ?? false
    }
  }

  /// True when an Allow statement grants action `*` on resource `*`.
  static func grantsEverything(_ policy: JSONValue?) -> Bool {
    allowStatements(policy).contains { statement in
      let actions = statement["Action"]?.arrayValue ?? []
      let resources = statement["Resource"]?.arrayValue ?? []
      return actions.contains { $0.stringValue == "*" }
        && resources.contains { $0.stringValue == "*" }
    }
  }

  /// True when any string anywhere in `value` satisfies `test`.
  static func containsString(_ value: JSONValue?, where test: (String) -> Bool) -> Bool {
    switch value {
    case .string(let text): return test(text)
    case .array(let items): return items.contains { containsString($0, where: test) }
    case .object(let members): return members.values.contains { containsString($0, where: test) }
    default: return false
    }
  }
}
