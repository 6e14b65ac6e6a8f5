import ParapetCore

/// A rule's message template, parsed once and filled from each judged resource: `{name}`,
/// `{id}`, `{region}`, `{account}`, `{evidence}`, and `{Property.Path}` read from the
/// properties. Parsing a placeholder's path for every finding was a quarter of the engine's
/// time on a large inventory.
struct MessageTemplate: Sendable {
  private enum Segment: Sendable {
    case text(String)
    case name, id, region, account, evidence
    case path(PropertyPath?)
  }

  private let segments: [Segment]

  /// Parses `template`; an unclosed `{` leaves the rest as text, as it always read.
  init(_ template: String) {
    var segments: [Segment] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      if open > rest.startIndex { segments.append(.text(String(rest[..<open]))) }
      let name = String(rest[rest.index(after: open)..<close])
      switch name {
      case "name": segments.append(.name)
      case "id": segments.append(.id)
      case "region": segments.append(.region)
      case "account": segments.append(.account)
      case "evidence": segments.append(.evidence)
      default: segments.append(.path(PropertyPath(name)))
      }
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { segments.append(.text(String(rest))) }
    self.segments = segments
  }

  /// The message for `resource`, decided by `evidence`.
  func render(resource: Resource, evidence: [Evidence]) -> String {
    var out = ""
    for segment in segments {
      switch segment {
      case .text(let text): out += text
      case .name: out += resource.name
      case .id: out += resource.id
      case .region: out += resource.region
      case .account: out += resource.account
      case .evidence:
        out += evidence.map { "\($0.path)=\(Self.text($0.value))" }.joined(separator: ", ")
      case .path(let path):
        out += Self.text(path?.read(from: resource.properties, resource: resource))
      }
    }
    return out
  }

  /// A value as prose: strings bare, absent as `absent`, others as compact JSON.
  static func text(_ value: JSONValue?) -> String {
    guard let value else { return "absent" }
    if case .string(let string) = value { return string }
    return JSONWriter().string(value)
  }
}
