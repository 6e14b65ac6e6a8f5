import ParapetCore

/// How list- and map-valued fields are kept in text columns: canonical JSON, with fast
/// paths for the empty values that most rows hold.
enum StoredText {
  /// A JSON array of strings, as `JSONWriter` writes one, without building the tree.
  static func strings(_ values: [String]) -> String {
    guard !values.isEmpty else { return "[]" }
    var out = "["
    for (index, value) in values.enumerated() {
      if index > 0 { out += "," }
      JSONWriter.appendQuoted(value, to: &out)
    }
    return out + "]"
  }

  static func strings(_ text: String) -> [String] {
    guard text != "[]", let parsed = try? JSONValue.parse(text) else { return [] }
    return parsed.arrayValue?.compactMap(\.stringValue) ?? []
  }

  static func tags(_ tags: [String: String]) -> String {
    guard !tags.isEmpty else { return "{}" }
    return JSONWriter().string(.object(tags.mapValues { .string($0) }))
  }

  static func tags(_ text: String) -> [String: String] {
    guard text != "{}", let parsed = try? JSONValue.parse(text) else { return [:] }
    return (parsed.objectValue ?? [:]).compactMapValues(\.stringValue)
  }

  /// Evidence as an array of `{"path":..., "value":...}`; an absent value has no `value`
  /// key, so it stays distinct from JSON null.
  /// Written directly, keys in `JSONWriter`'s order: the same text as the tree would give,
  /// so stored versions keep their keys, at a fraction of the allocations.
  static func evidence(_ evidence: [Evidence]) -> String {
    guard !evidence.isEmpty else { return "[]" }
    let writer = JSONWriter()
    var out = "["
    for (index, item) in evidence.enumerated() {
      if index > 0 { out += "," }
      out += "{\"path\":"
      JSONWriter.appendQuoted(item.path, to: &out)
      if let value = item.value {
        out += ",\"value\":"
        writer.write(value, into: &out)
      }
      out += "}"
    }
    return out + "]"
  }

  static func evidence(_ text: String) -> [Evidence] {
    guard text != "[]", let parsed = try? JSONValue.parse(text) else { return [] }
    return (parsed.arrayValue ?? []).map { item in
      Evidence(path: item["path"]?.stringValue ?? "", value: item["value"])
    }
  }

  /// Remediation snippets as a JSON object; '' when there are none, as for most findings.
  static func snippets(_ snippets: RemediationSnippets) -> String {
    snippets.isEmpty ? "" : JSONWriter().string(snippets.json)
  }

  static func snippets(_ text: String) -> RemediationSnippets {
    guard !text.isEmpty, let parsed = try? JSONValue.parse(text) else {
      return RemediationSnippets()
    }
    return RemediationSnippets(json: parsed)
  }

  /// The service part of a resource type (`ec2` in `aws.ec2.security_group`).
  static func service(ofType type: String) -> String {
    let parts = type.split(separator: ".")
    return parts.count > 1 ? String(parts[1]) : type
  }
}
