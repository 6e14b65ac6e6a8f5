extension Finding {
  /// The finding as reports and notifications write it (docs/OUTPUT.md). An evidence item
  /// omits `value` when the path was absent, and holds `null` when the path was present
  /// with a null value: the two mean different things. `remediation_snippets` appears only
  /// on findings that carry them (failing ones whose check gives snippets).
  public var jsonValue: JSONValue {
    let items: [JSONValue] = evidence.map { item in
      var members: [String: JSONValue] = ["path": .string(item.path)]
      if let value = item.value { members["value"] = value }
      return .object(members)
    }

    var object: JSONValue = [
      "check_id": .string(checkId),
      "check_title": .string(checkTitle),
      "status": .string(status.rawValue),
      "severity": .string(severity.rawValue),
      "resource_id": .string(resourceId),
      "resource_type": .string(resourceType),
      "resource_name": .string(resourceName),
      "account": .string(account),
      "region": .string(region),
      "message": .string(message),
      "evidence": .array(items),
      "remediation": .string(remediation),
      "compliance": .array(compliance.map(JSONValue.string)),
      "fingerprint": .string(fingerprint),
    ]
    if !remediationSnippets.isEmpty {
      object = object.setting("remediation_snippets", to: remediationSnippets.json)
    }
    return object
  }
}
