import ParapetCore

/// Turns the YAML of a `condition` into a `Condition`, reporting every malformed part with
/// its file and line instead of stopping at the first.
struct ConditionCompiler {
  let file: String
  let functions: FunctionRegistry
  /// The resource type whose top-level properties relative paths read here; nil inside a
  /// quantifier, where paths are relative to an element and not checked.
  var scopeType: String?
  var diagnostics: [RuleDiagnostic] = []

  init(file: String, functions: FunctionRegistry, resourceType: String?) {
    self.file = file
    self.functions = functions
    self.scopeType = resourceType
  }

  static let operators: [String] = [
    "equals", "not_equals", "in", "contains", "matches", "glob", "gt", "gte", "lt", "lte",
    "exists", "empty", "age_days_gt", "age_days_lt", "cidr_open_to_internet", "cidr_within",
    "port_range_overlaps", "starts_with", "ends_with",
  ]
  static let combinators = [
    "all", "any", "not", "any_of", "all_of", "none_of", "count",
    "related", "function",
  ]

  mutating func compile(_ node: YAMLNode) -> Condition? {
    guard let entries = node.mappingEntries, !entries.isEmpty else {
      return fail(node.line, "a condition must be a mapping such as {path: X, equals: Y}")
    }
    let keys = entries.map(\.key)
    if keys.contains("path"), !keys.contains("function") { return compileTest(node, entries) }
    guard let head = entries.first, entries.count == 1 || head.key == "function" else {
      return fail(
        node.line,
        "a condition has one key ('all', 'any', 'not', 'path', ...); "
          + "found \(keys.joined(separator: ", "))")
    }

    switch head.key {
    case "all": return compileList(head).map(Condition.all)
    case "any": return compileList(head).map(Condition.any)
    case "not": return compile(head.value).map(Condition.not)
    case "any_of": return compileQuantifier(head, .any)
    case "all_of": return compileQuantifier(head, .all)
    case "none_of": return compileQuantifier(head, Quantifier.none)
    case "count": return compileQuantifier(head, nil)
    case "related": return compileRelated(head)
    case "function": return compileFunction(node, entries)
    default:
      if Self.operators.contains(head.key) {
        return fail(head.line, "operator '\(head.key)' needs a 'path' beside it")
      }
      return fail(
        head.line,
        "unknown condition '\(head.key)'; expected one of: "
          + Self.combinators.joined(separator: ", ") + ", or path with an operator")
    }
  }

  private mutating func compileList(_ entry: YAMLEntry) -> [Condition]? {
    guard let items = entry.value.sequenceItems else {
      return fail(entry.line, "'\(entry.key)' needs a list of conditions")
    }
    let compiled = items.map { compile($0) }
    guard compiled.allSatisfy({ $0 != nil }) else { return nil }
    return compiled.compactMap { $0 }
  }

  private mutating func compileTest(_ node: YAMLNode, _ entries: [YAMLEntry]) -> Condition? {
    guard let path = compilePath(node, entries) else { return nil }
    let rest = entries.filter { $0.key != "path" }
    guard rest.count == 1, let entry = rest.first else {
      let found = rest.isEmpty ? "none" : rest.map(\.key).joined(separator: ", ")
      return fail(
        node.line,
        "condition on '\(path.text)' needs exactly one operator; "
          + "found \(found)")
    }
    guard Self.operators.contains(entry.key) else {
      return fail(
        entry.line,
        "unknown operator '\(entry.key)'; expected one of: "
          + Self.operators.joined(separator: ", "))
    }
    if let reference = entry.value.mappingEntries, reference.first?.key == "ref" {
      return compileReference(path, entry, reference)
    }
    return compileOperator(entry).map { Condition.test(path, $0) }
  }

  private mutating func compileReference(
    _ path: PropertyPath, _ entry: YAMLEntry, _ reference: [YAMLEntry]
  ) -> Condition? {
    guard let comparison = ReferenceComparison(rawValue: entry.key) else {
      let names = ReferenceComparison.allCases.map(\.rawValue).joined(separator: ", ")
      return fail(entry.line, "'\(entry.key)' cannot take {ref: PATH}; these can: \(names)")
    }
    guard reference.count == 1, let target = self.path(reference[0]) else {
      return reference.count == 1 ? nil : fail(entry.line, "{ref: PATH} takes only 'ref'")
    }
    check(target, line: reference[0].line)
    return .compareRef(path, comparison, target)
  }

  private mutating func compileOperator(_ entry: YAMLEntry) -> Operator? {
    let value = entry.value.jsonValue
    switch entry.key {
    case "equals": return .equals(value)
    case "not_equals": return .notEquals(value)
    case "contains": return .contains(value)
    case "in":
      guard case .array(let options) = value else { return expect(entry, "a list of values") }
      return .oneOf(options)
    case "matches":
      guard let pattern = value.stringValue else { return expect(entry, "a regular expression") }
      guard let regex = CompiledRegex(pattern) else {
        return fail(entry.line, "invalid regular expression '\(pattern)' in 'matches'")
      }
      return .matches(regex)
    case "glob":
      guard let pattern = value.stringValue else { return expect(entry, "a pattern string") }
      return .glob(pattern)
    case "starts_with", "ends_with":
      guard let text = value.stringValue else { return expect(entry, "a string") }
      return entry.key == "starts_with" ? .startsWith(text) : .endsWith(text)
    case "gt", "gte", "lt", "lte":
      guard case .number(let bound) = value, let comparison = Comparison(rawValue: entry.key)
      else { return expect(entry, "a number") }
      return .compare(comparison, bound)
    case "age_days_gt", "age_days_lt":
      guard case .number(let bound) = value else { return expect(entry, "a number of days") }
      return .ageDays(entry.key.hasSuffix("gt") ? .gt : .lt, bound)
    case "exists", "empty", "cidr_open_to_internet":
      guard case .bool(let flag) = value else { return expect(entry, "true or false") }
      if entry.key == "exists" { return .exists(flag) }
      return entry.key == "empty" ? .empty(flag) : .openToInternet(flag)
    case "cidr_within":
      guard let block = value.stringValue.flatMap(CIDRBlock.init) else {
        return expect(entry, "a CIDR block such as 10.0.0.0/8")
      }
      return .cidrWithin(block)
    default:
      let ports = value.arrayValue?.compactMap(\.intValue) ?? []
      guard case .array(let items) = value, !items.isEmpty, ports.count == items.count,
        ports.allSatisfy({ (0...65535).contains($0) })
      else { return expect(entry, "a list of ports from 0 to 65535") }
      return .portRangeOverlaps(ports.map { $0...$0 })
    }
  }

  private mutating func compileQuantifier(_ entry: YAMLEntry, _ fixed: Quantifier?) -> Condition? {
    guard let body = entry.value.mappingEntries else {
      return fail(entry.line, "'\(entry.key)' needs a mapping with 'path' and 'where'")
    }
    let allowed =
      fixed == nil
      ? ["path", "where"] + Comparison.allCases.map(\.rawValue)
      : ["path", "where"]
    guard checkKeys(body, allowed: allowed, in: entry.key) else { return nil }
    let path = compilePath(entry.value, body)
    let saved = scopeType
    scopeType = nil
    let inner = whereCondition(body, entry)
    scopeType = saved
    let quantifier = fixed ?? countBound(body, entry)
    guard let path, let inner, let quantifier else { return nil }
    return .quantified(quantifier, path, where: inner)
  }

  private mutating func compileRelated(_ entry: YAMLEntry) -> Condition? {
    guard let body = entry.value.mappingEntries else {
      return fail(entry.line, "'related' needs a mapping with 'type' and 'quantifier'")
    }
    let allowed =
      ["type", "where", "join", "quantifier", "unmatched"] + Comparison.allCases.map(\.rawValue)
    guard checkKeys(body, allowed: allowed, in: "related") else { return nil }
    guard let type = body.first(where: { $0.key == "type" })?.value.scalarText else {
      return fail(entry.line, "'related' needs 'type', such as aws.cloudtrail.trail")
    }
    if type.hasPrefix("aws."), ResourceSchema.topLevelKeys[type] == nil {
      let line = body.first { $0.key == "type" }?.line ?? entry.line
      return fail(line, "unknown resource type '\(type)' in 'related'; see docs/RESOURCES.md")
    }
    var joins: [(from: PropertyPath, to: PropertyPath)] = []
    var joinsValid = true
    if let joinEntry = body.first(where: { $0.key == "join" }) {
      let pairs = joinEntry.value.sequenceItems ?? [joinEntry.value]
      for pair in pairs {
        let join = compileJoin(pair, line: joinEntry.line, type: type)
        if let join { joins.append(join) } else { joinsValid = false }
      }
    }
    let saved = scopeType
    scopeType = type
    let inner = body.contains { $0.key == "where" } ? whereCondition(body, entry) : .all([])
    scopeType = saved
    let quantifier = relatedQuantifier(body, entry)
    let unmatchedEntry = body.first { $0.key == "unmatched" }
    let unmatched = unmatchedEntry?.value.scalarText
    if let unmatchedEntry, unmatched?.isEmpty != false || joins.isEmpty {
      return fail(
        unmatchedEntry.line,
        "'unmatched' needs a 'join' and a reason, such as: the bucket is not in the inventory")
    }
    guard let inner, let quantifier, joinsValid else { return nil }
    return .related(
      RelatedQuery(
        type: type, joins: joins, condition: inner, quantifier: quantifier,
        unmatched: unmatched, site: "\(file):\(entry.line)"))
  }

  private mutating func compileJoin(_ node: YAMLNode, line: Int, type: String)
    -> (from: PropertyPath, to: PropertyPath)?
  {
    let body = node.mappingEntries ?? []
    let from = body.first { $0.key == "from" }
    let to = body.first { $0.key == "to" }
    guard body.count == 2, let from, let to else {
      return fail(line, "'join' needs exactly 'from' and 'to' paths (or a list of such pairs)")
    }
    guard let fromPath = path(from), let toPath = path(to) else { return nil }
    check(fromPath, line: from.line)
    check(toPath, line: to.line, type: type)
    return (fromPath, toPath)
  }

  private mutating func relatedQuantifier(_ body: [YAMLEntry], _ entry: YAMLEntry) -> Quantifier? {
    let name = body.first { $0.key == "quantifier" }
    switch name?.value.scalarText {
    case "any"?: return .any
    case "all"?: return .all
    case "none"?: return Quantifier.none
    case "count"?: return countBound(body, entry)
    default:
      return fail(
        name?.line ?? entry.line,
        "'related' needs 'quantifier': any, all, none "
          + "or count")
    }
  }

  private mutating func countBound(_ body: [YAMLEntry], _ entry: YAMLEntry) -> Quantifier? {
    let bounds = body.filter { Comparison(rawValue: $0.key) != nil }
    guard bounds.count == 1, let bound = bounds.first,
      let comparison = Comparison(rawValue: bound.key)
    else { return fail(entry.line, "a count needs one bound: gt, gte, lt, lte or equals") }
    guard case .number(let number) = bound.value.jsonValue else { return expect(bound, "a number") }
    return .count(comparison, number)
  }

  private mutating func compileFunction(_ node: YAMLNode, _ entries: [YAMLEntry]) -> Condition? {
    guard checkKeys(entries, allowed: ["function", "path", "args"], in: "function") else {
      return nil
    }
    guard let nameEntry = entries.first, let name = nameEntry.value.scalarText else {
      return fail(node.line, "'function' needs a function name")
    }
    guard let function = functions[name] else {
      let known = functions.functions.keys.sorted().joined(separator: ", ")
      return fail(nameEntry.line, "unknown function '\(name)'; known functions: \(known)")
    }
    let pathEntry = entries.first { $0.key == "path" }
    let target = pathEntry.map { path($0) } ?? PropertyPath(".")
    guard let target else { return nil }
    if let pathEntry { check(target, line: pathEntry.line) }
    let arguments = entries.first { $0.key == "args" }?.value.jsonValue ?? .object([:])
    return .function(function, target, arguments: arguments)
  }

  private mutating func whereCondition(_ body: [YAMLEntry], _ entry: YAMLEntry) -> Condition? {
    guard let inner = body.first(where: { $0.key == "where" }) else {
      return fail(entry.line, "'\(entry.key)' needs 'where', a condition on each element")
    }
    return compile(inner.value)
  }

  private mutating func compilePath(_ node: YAMLNode, _ entries: [YAMLEntry]) -> PropertyPath? {
    guard let entry = entries.first(where: { $0.key == "path" }) else {
      return fail(node.line, "missing 'path'")
    }
    let found = path(entry)
    if let found { check(found, line: entry.line) }
    return found
  }

  /// Reports a path whose first key is not a known top-level property of `type` (the
  /// current scope's type by default): a typo there would otherwise read as absent and
  /// silently decide the rule.
  private mutating func check(_ path: PropertyPath, line: Int, type: String? = nil) {
    guard let type = type ?? scopeType, let key = path.topLevelKey,
      let known = ResourceSchema.topLevelKeys[type], !known.contains(key)
    else { return }
    _ =
      fail(
        line,
        "unknown property '\(key)' of \(type) in path '\(path.text)'; known properties: "
          + known.sorted().joined(separator: ", ")) as Bool?
  }

  private mutating func path(_ entry: YAMLEntry) -> PropertyPath? {
    guard let text = entry.value.scalarText, let path = PropertyPath(text) else {
      let shown = entry.value.scalarText ?? entry.value.kindName
      let hint =
        shown.contains("|")
        ? "; transforms after '|': " + ValueTransform.names.joined(separator: ", ") : ""
      return fail(entry.line, "malformed path '\(shown)' in '\(entry.key)'" + hint)
    }
    return path
  }

  private mutating func checkKeys(_ body: [YAMLEntry], allowed: [String], in name: String)
    -> Bool
  {
    let unknown = body.filter { !allowed.contains($0.key) }
    for entry in unknown {
      _ = fail(entry.line, "unknown field '\(entry.key)' in '\(name)'") as Bool?
    }
    return unknown.isEmpty
  }

  private mutating func expect<T>(_ entry: YAMLEntry, _ what: String) -> T? {
    fail(entry.line, "'\(entry.key)' needs \(what)")
  }

  private mutating func fail<T>(_ line: Int, _ message: String) -> T? {
    diagnostics.append(RuleDiagnostic(file: file, line: line, message: message))
    return nil
  }
}
