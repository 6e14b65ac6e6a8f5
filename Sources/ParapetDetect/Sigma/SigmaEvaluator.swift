import ParapetCore

/// Runs loaded Sigma rules over events. Rules whose condition can only hold for certain
/// event names are indexed by those names, so an event is tested only against the rules
/// that could match it plus the few that constrain no event name.
struct SigmaEvaluator {
  private struct CompiledTest {
    let field: Int
    let patterns: [SigmaPattern]
    let requireAll: Bool
  }

  private indirect enum CompiledSelection {
    case allOf([CompiledTest])
    case anyOf([CompiledSelection])
  }

  private struct CompiledRule {
    let detection: Detection
    let selections: [String: CompiledSelection]
    let condition: SigmaExpression
  }

  private var rules: [CompiledRule] = []
  private var byEventName: [String: [Int]] = [:]
  private var unindexed: [Int] = []

  /// Compiles `rules`, adding the fields they read to `catalog`.
  init(rules sigmaRules: [SigmaRule], catalog: inout FieldCatalog) {
    for rule in sigmaRules {
      var compiled: [String: CompiledSelection] = [:]
      for (name, selection) in rule.selections {
        compiled[name] = Self.compile(selection, catalog: &catalog)
      }
      let index = rules.count
      rules.append(
        CompiledRule(detection: rule.detection, selections: compiled, condition: rule.condition))
      if let names = Self.eventNames(rule.condition, rule.selections) {
        for name in names { byEventName[name, default: []].append(index) }
      } else {
        unindexed.append(index)
      }
    }
  }

  /// Tests `event` against the rules that could match it.
  mutating func evaluate(
    _ event: inout EventView, name: String, time: Int64, source: String,
    into grouper: inout AlertGrouper
  ) {
    guard !rules.isEmpty else { return }
    if let candidates = byEventName[name.lowercased()] {
      for index in candidates { check(index, &event, time: time, source: source, &grouper) }
    }
    for index in unindexed { check(index, &event, time: time, source: source, &grouper) }
  }

  private func check(
    _ index: Int, _ event: inout EventView, time: Int64, source: String,
    _ grouper: inout AlertGrouper
  ) {
    let rule = rules[index]
    guard holds(rule.condition, rule, &event) else { return }
    grouper.add(
      DetectionHit(
        detection: rule.detection, identity: Identity(&event),
        events: [EventSummary(&event, time: time, source: source)], detail: nil))
  }

  private func holds(_ expression: SigmaExpression, _ rule: CompiledRule, _ event: inout EventView)
    -> Bool
  {
    switch expression {
    case .selection(let name):
      guard let selection = rule.selections[name] else { return false }
      return matches(selection, &event)
    case .and(let left, let right):
      return holds(left, rule, &event) && holds(right, rule, &event)
    case .or(let left, let right):
      return holds(left, rule, &event) || holds(right, rule, &event)
    case .not(let inner):
      return !holds(inner, rule, &event)
    case .oneOf(let names):
      return names.contains { holds(.selection($0), rule, &event) }
    case .allOf(let names):
      return names.allSatisfy { holds(.selection($0), rule, &event) }
    }
  }

  private func matches(_ selection: CompiledSelection, _ event: inout EventView) -> Bool {
    switch selection {
    case .allOf(let tests):
      return tests.allSatisfy { test($0, &event) }
    case .anyOf(let options):
      return options.contains { matches($0, &event) }
    }
  }

  private func test(_ test: CompiledTest, _ event: inout EventView) -> Bool {
    let value = event.value(test.field)
    let texts = value.texts
    let check = { (pattern: SigmaPattern) -> Bool in
      switch pattern {
      case .null:
        return texts.isEmpty || texts == [""]
      case .exists(let wanted):
        return (value != .missing) == wanted
      case .text(let text):
        return texts.contains { text.matches($0) }
      case .regex(let regex):
        return texts.contains { regex.matches($0) }
      case .cidr(let block):
        return texts.contains { block.containsAddress($0) }
      }
    }
    return test.requireAll ? test.patterns.allSatisfy(check) : test.patterns.contains(where: check)
  }

  private static func compile(_ selection: SigmaSelection, catalog: inout FieldCatalog)
    -> CompiledSelection
  {
    switch selection {
    case .allOf(let tests):
      return .allOf(
        tests.map {
          CompiledTest(
            field: catalog.intern($0.path), patterns: $0.patterns, requireAll: $0.requireAll)
        })
    case .anyOf(let options):
      return .anyOf(options.map { compile($0, catalog: &catalog) })
    }
  }

  /// The lower-cased event names outside which `expression` cannot hold, or nil when it
  /// constrains no name (or only negatively).
  static func eventNames(_ expression: SigmaExpression, _ selections: [String: SigmaSelection])
    -> Set<String>?
  {
    func both(_ parts: [Set<String>?], union: Bool) -> Set<String>? {
      if union {
        guard parts.allSatisfy({ $0 != nil }) else { return nil }
        return parts.reduce(into: Set<String>()) { $0.formUnion($1 ?? []) }
      }
      let known = parts.compactMap { $0 }
      guard let first = known.first else { return nil }
      return known.dropFirst().reduce(first) { $0.intersection($1) }
    }
    switch expression {
    case .selection(let name):
      return selections[name].flatMap(names(in:))
    case .and(let left, let right):
      return both([eventNames(left, selections), eventNames(right, selections)], union: false)
    case .or(let left, let right):
      return both([eventNames(left, selections), eventNames(right, selections)], union: true)
    case .not:
      return nil
    case .oneOf(let list):
      return both(list.map { eventNames(.selection($0), selections) }, union: true)
    case .allOf(let list):
      return both(list.map { eventNames(.selection($0), selections) }, union: false)
    }
  }

  private static func names(in selection: SigmaSelection) -> Set<String>? {
    switch selection {
    case .allOf(let tests):
      for test in tests where test.path == "eventName" && !test.requireAll {
        var names = Set<String>()
        for pattern in test.patterns {
          guard case .text(let text) = pattern, text.kind == .equals, !text.cased else {
            return nil
          }
          names.insert(String(decoding: text.bytes, as: UTF8.self))
        }
        return names
      }
      return nil
    case .anyOf(let options):
      var union = Set<String>()
      for option in options {
        guard let names = names(in: option) else { return nil }
        union.formUnion(names)
      }
      return union
    }
  }
}
