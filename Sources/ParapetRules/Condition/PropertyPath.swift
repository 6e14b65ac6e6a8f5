import ParapetCore

/// A path into a resource: dotted keys (`Versioning.Status`), `[]` to flatten an array
/// (`SecurityGroups[].GroupId`), `[N]` to pick one element, `.` for the value itself (the
/// element inside a quantifier), `$name`, `$id`, `$region`, `$account`, `$type`, `$tags`
/// for the resource's own fields, `$outer` for the properties of the resource a `related`
/// query started from, and `| transform` suffixes (`ValueTransform`) applied to the result.
public struct PropertyPath: Sendable, Hashable, CustomStringConvertible {
  /// One step of a path.
  public enum Step: Sendable, Hashable {
    /// An object member.
    case key(String)
    /// Every element of an array, flattened into one list.
    case each
    /// One element of an array.
    case index(Int)
  }

  /// The path as written.
  public let text: String
  /// A `$field` of the resource, when the path starts with one.
  public let resourceField: String?
  /// The steps after the resource field or from the current value.
  public let steps: [Step]
  /// String functions applied, in order, to what the steps found.
  public let transforms: [ValueTransform]

  /// Parses `text`; nil when it is malformed (empty keys, bad brackets, unknown `$field`,
  /// unknown transform).
  public init?(_ text: String) {
    self.text = text
    let segments = text.split(separator: "|", omittingEmptySubsequences: false)
    var transforms: [ValueTransform] = []
    for segment in segments.dropFirst() {
      guard let transform = ValueTransform(segment) else { return nil }
      transforms.append(transform)
    }
    self.transforms = transforms
    var body = Substring(segments[0].trimmingCharacters(in: .whitespaces))
    if body.first == "$" {
      let end = body.firstIndex(of: ".") ?? body.endIndex
      let field = String(body[body.index(after: body.startIndex)..<end])
      guard Self.resourceFields.contains(field) else { return nil }
      resourceField = field
      body = end == body.endIndex ? "" : body[body.index(after: end)...]
    } else {
      resourceField = nil
      if body == "." { body = "" }
    }
    guard let steps = Self.parseSteps(body) else { return nil }
    self.steps = steps
  }

  /// Resource fields a path may start with.
  static let resourceFields: Set<String> = [
    "name", "id", "region", "account", "type", "tags", "outer",
  ]

  /// The first object key the path reads from the resource's properties; nil for `.`,
  /// `$fields` and paths that start with an index.
  public var topLevelKey: String? {
    guard resourceField == nil, case .key(let key)? = steps.first else { return nil }
    return key
  }

  /// True when the path flattens an array and so yields a list.
  public var isMultiValued: Bool { steps.contains(.each) }

  /// `text`.
  public var description: String { text }

  /// Splits `A.B[0]["x.y"][]` into steps; a quoted key in brackets may hold dots and
  /// slashes (`Attributes["deletion_protection.enabled"]`, `methodSettings["*/*"]`).
  private static func parseSteps(_ body: Substring) -> [Step]? {
    guard !body.isEmpty else { return [] }
    var steps: [Step] = []
    var rest = body
    var expectKey = true
    while !rest.isEmpty {
      if rest.first == "[" {
        guard let close = rest.firstIndex(of: "]") else { return nil }
        let inner = rest[rest.index(after: rest.startIndex)..<close]
        if inner.isEmpty {
          steps.append(.each)
        } else if inner.count >= 2, inner.first == "\"", inner.last == "\"" {
          steps.append(.key(String(inner.dropFirst().dropLast())))
        } else if let index = Int(inner), index >= 0 {
          steps.append(.index(index))
        } else {
          return nil
        }
        rest = rest[rest.index(after: close)...]
        expectKey = false
      } else if rest.first == "." {
        guard !expectKey else { return nil }
        rest = rest.dropFirst()
        expectKey = true
        guard !rest.isEmpty, rest.first != "[" else { return nil }
      } else {
        guard expectKey else { return nil }
        let end = rest.firstIndex { $0 == "." || $0 == "[" } ?? rest.endIndex
        steps.append(.key(String(rest[..<end])))
        rest = rest[end...]
        expectKey = false
      }
    }
    return expectKey && !steps.isEmpty ? nil : steps
  }

  /// The value at this path from `current`, or from `resource` for `$fields` (`outer` for
  /// `$outer`); nil when a step is missing. A flattening path yields an array of what it
  /// found, each element transformed.
  public func read(
    from current: JSONValue, resource: Resource, outer: Resource? = nil
  ) -> JSONValue? {
    var start = current
    if let field = resourceField {
      switch field {
      case "outer": start = outer?.properties ?? .null
      case "name": start = .string(resource.name)
      case "id": start = .string(resource.id)
      case "region": start = .string(resource.region)
      case "account": start = .string(resource.account)
      case "type": start = .string(resource.type)
      default: start = .object(resource.tags.mapValues { .string($0) })
      }
    }
    let found = Self.walk(steps[...], from: [start], flattened: false)
    guard isMultiValued else { return transformed(found.first) }
    guard !transforms.isEmpty else { return .array(found) }
    return .array(found.compactMap(transformed))
  }

  private func transformed(_ value: JSONValue?) -> JSONValue? {
    transforms.reduce(value) { $1.apply($0) }
  }

  private static func walk(
    _ steps: ArraySlice<Step>, from values: [JSONValue], flattened: Bool
  ) -> [JSONValue] {
    guard let step = steps.first else { return values }
    var next: [JSONValue] = []
    for value in values {
      switch step {
      case .key(let key):
        if let member = value[key] { next.append(member) }
      case .index(let index):
        if let items = value.arrayValue, items.indices.contains(index) {
          next.append(items[index])
        }
      case .each:
        next.append(contentsOf: value.arrayValue ?? [])
      }
    }
    return walk(steps.dropFirst(), from: next, flattened: flattened || step == .each)
  }
}
