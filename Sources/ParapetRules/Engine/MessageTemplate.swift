import ParapetCore

/// Fills a rule's message template from the judged resource: `{name}`, `{id}`, `{region}`,
/// `{account}`, `{evidence}`, and `{Property.Path}` read from the properties.
enum MessageTemplate {
  static func render(_ template: String, resource: Resource, evidence: [Evidence]) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      let name = String(rest[rest.index(after: open)..<close])
      out += value(of: name, resource: resource, evidence: evidence)
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  private static func value(of name: String, resource: Resource, evidence: [Evidence])
    -> String
  {
    switch name {
    case "name": return resource.name
    case "id": return resource.id
    case "region": return resource.region
    case "account": return resource.account
    case "evidence":
      return evidence.map { "\($0.path)=\(text($0.value))" }.joined(separator: ", ")
    default:
      let path = PropertyPath(name)
      return text(path?.read(from: resource.properties, resource: resource))
    }
  }

  /// A value as prose: strings bare, absent as `absent`, others as compact JSON.
  static func text(_ value: JSONValue?) -> String {
    guard let value else { return "absent" }
    if case .string(let string) = value { return string }
    return JSONWriter().string(value)
  }
}
