import ParapetCore

/// One property path a rule reads, written from the root of a resource of `type`: a
/// quantifier's path and the paths inside its `where` joined into one
/// (`AccessKeys[].LastRotated`), a `related` query's paths on the related type. Tests hold
/// these against collected inventories so that a rule never judges a key no collector
/// writes.
public struct RuleRead: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The resource type the path is read from.
  public var type: String
  /// The steps from the resource's properties.
  public var steps: [PropertyPath.Step]

  /// A read of `steps` from resources of `type`.
  public init(type: String, steps: [PropertyPath.Step]) {
    self.type = type
    self.steps = steps
  }

  /// The path in rule syntax: `A.B[]`, `Attributes["deletion_protection.enabled"]`.
  public var path: String {
    var text = ""
    for step in steps {
      switch step {
      case .key(let key) where key.contains(where: { ".[]/*".contains($0) }):
        text += "[\"\(key)\"]"
      case .key(let key):
        text += text.isEmpty ? key : "." + key
      case .each:
        text += "[]"
      case .index(let index):
        text += "[\(index)]"
      }
    }
    return text
  }

  /// `type: path`.
  public var description: String { "\(type): \(path)" }

  /// Orders by type, then path.
  public static func < (lhs: RuleRead, rhs: RuleRead) -> Bool {
    (lhs.type, lhs.path) < (rhs.type, rhs.path)
  }

  /// Whether walking the path through `properties` reaches a value, null included. A
  /// flattening step needs at least one element; a null or missing key on the way stops it.
  public func isPresent(in properties: JSONValue) -> Bool {
    var current = [properties]
    for step in steps {
      var next: [JSONValue] = []
      for value in current {
        switch step {
        case .key(let key):
          if let member = value[key] { next.append(member) }
        case .each:
          next.append(contentsOf: value.arrayValue ?? [])
        case .index(let index):
          if let items = value.arrayValue, items.indices.contains(index) {
            next.append(items[index])
          }
        }
      }
      current = next
    }
    return !current.isEmpty
  }
}

extension Rule {
  /// Every property path the rule reads: its condition, its `applies_when`, the paths its
  /// analysis functions declare, and the `{Property.Path}` placeholders of its messages.
  /// Sorted and without duplicates.
  public var reads: [RuleRead] {
    var found: Set<RuleRead> = []
    let root = ReadScope(type: resourceType, prefix: [], outer: nil)
    condition.collectReads(in: root, into: &found)
    appliesWhen?.collectReads(in: root, into: &found)
    for template in [messages.pass, messages.fail] {
      for name in Self.placeholders(template) {
        guard let path = PropertyPath(name) else { continue }
        root.add(path, into: &found)
      }
    }
    return found.sorted()
  }

  private static let fixedPlaceholders: Set<String> = [
    "name", "id", "region", "account", "evidence",
  ]

  private static func placeholders(_ template: String) -> [String] {
    var names: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}")
    {
      let name = String(rest[rest.index(after: open)..<close])
      if !fixedPlaceholders.contains(name) { names.append(name) }
      rest = rest[rest.index(after: close)...]
    }
    return names
  }
}

/// Where relative paths start while reads are collected: a resource type and the steps
/// to the current value (nil when a transform made the value something no path follows),
/// and the root a `$outer` path reads.
struct ReadScope {
  var type: String
  var prefix: [PropertyPath.Step]?
  var outer: String?

  func add(_ path: PropertyPath, into found: inout Set<RuleRead>) {
    guard let steps = resolve(path), !steps.isEmpty else { return }
    found.insert(RuleRead(type: path.resourceField == "outer" ? outer ?? type : type, steps: steps))
  }

  /// The full steps of `path` from its resource's root; nil for `$name` and friends.
  func resolve(_ path: PropertyPath) -> [PropertyPath.Step]? {
    switch path.resourceField {
    case nil: return prefix.map { $0 + path.steps }
    case "outer"?: return outer == nil ? nil : path.steps
    default: return nil
    }
  }

  /// The scope of the elements a quantifier over `path` visits.
  func elements(of path: PropertyPath) -> ReadScope {
    var scope = self
    if path.resourceField == "outer", let outer {
      scope.type = outer
      scope.outer = nil
    }
    let steps = path.transforms.isEmpty ? resolve(path) : nil
    scope.prefix = steps.map { path.isMultiValued ? $0 : $0 + [.each] }
    return scope
  }
}

extension Condition {
  /// Adds the paths this condition reads in `scope` to `found`.
  func collectReads(in scope: ReadScope, into found: inout Set<RuleRead>) {
    switch self {
    case .all(let children), .any(let children):
      for child in children { child.collectReads(in: scope, into: &found) }
    case .not(let child):
      child.collectReads(in: scope, into: &found)
    case .test(let path, _):
      scope.add(path, into: &found)
    case .compareRef(let left, _, let right):
      scope.add(left, into: &found)
      scope.add(right, into: &found)
    case .quantified(_, let path, let inner):
      scope.add(path, into: &found)
      inner.collectReads(in: scope.elements(of: path), into: &found)
    case .function(let function, let path, let arguments):
      scope.add(path, into: &found)
      function.collectReads(arguments, on: scope.type, into: &found)
    case .related(let query):
      let related = ReadScope(type: query.type, prefix: [], outer: scope.type)
      for join in query.joins {
        scope.add(join.from, into: &found)
        related.add(join.to, into: &found)
      }
      query.condition.collectReads(in: related, into: &found)
    }
  }
}

extension ConditionFunction {
  /// Adds what a call with `arguments` on a `type` resource reads: the paths named by its
  /// path arguments (from the resource's root) and its declared fixed reads.
  func collectReads(_ arguments: JSONValue, on type: String, into found: inout Set<RuleRead>) {
    let root = ReadScope(type: type, prefix: [], outer: nil)
    for name in pathArguments {
      for text in FunctionInputs.strings(arguments, name) {
        guard let path = PropertyPath(text) else { continue }
        root.add(path, into: &found)
      }
    }
    for read in reads[type] ?? [] {
      guard let path = PropertyPath(read.path) else { continue }
      ReadScope(type: read.type, prefix: [], outer: nil).add(path, into: &found)
    }
  }
}
