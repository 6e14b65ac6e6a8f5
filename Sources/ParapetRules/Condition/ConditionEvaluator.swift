import Foundation
import ParapetCore

/// What evaluating a condition found: whether it holds and the values that decided it.
public struct Outcome: Sendable, Hashable {
  /// Whether the condition holds.
  public var holds: Bool
  /// Paths and values that decided it, in evaluation order.
  public var evidence: [Evidence]
  /// Set when a function could not decide for lack of data and the answer depends on it
  /// (three-valued logic: `all` with a false child is still false, `any` with a true
  /// child still true); the rule then reports `not_evaluated` with this reason.
  public var unknown: String?

  /// An outcome.
  public init(holds: Bool, evidence: [Evidence] = [], unknown: String? = nil) {
    self.holds = holds
    self.evidence = evidence
    self.unknown = unknown
  }
}

/// Where a condition is being evaluated: the judged resource, the value paths are read
/// from (the resource's properties, or an element inside a quantifier), and how to print
/// that value's location in evidence.
public struct EvaluationScope: Sendable {
  /// The resource whose `$fields` paths read.
  public var resource: Resource
  /// The value relative paths start from.
  public var value: JSONValue
  /// Printed location of `value` (`IpPermissions[2]`); empty at the resource root.
  public var location: String
  /// The whole inventory, for `related`.
  public var inventory: Inventory
  /// The clock for `age_days_*`.
  public var now: Date
  /// Cache shared by function calls of one engine run.
  public var memo: FunctionMemo
  /// The resource a `related` query started from, read by `$outer` paths.
  public var outer: Resource?
  /// Outcomes of invariant `related` queries, shared by one evaluation of an inventory.
  var cache: RelatedCache?

  /// A scope at the root of `resource`. Scopes sharing `cache` evaluate each invariant
  /// `related` query once; scopes sharing `memo` let analysis functions compute
  /// inventory-wide work once.
  public init(
    resource: Resource, inventory: Inventory, now: Date, memo: FunctionMemo = FunctionMemo(),
    cache: RelatedCache? = nil
  ) {
    self.cache = cache
    self.resource = resource
    self.value = resource.properties
    self.location = ""
    self.inventory = inventory
    self.now = now
    self.memo = memo
  }

  func moved(to value: JSONValue, location: String, resource: Resource? = nil) -> Self {
    var copy = self
    copy.value = value
    copy.location = location
    if let resource {
      copy.outer = self.resource
      copy.resource = resource
    }
    return copy
  }

  func read(_ path: PropertyPath) -> JSONValue? {
    path.read(from: value, resource: resource, outer: outer)
  }

  func display(_ path: PropertyPath) -> String {
    if path.resourceField != nil || location.isEmpty { return path.text }
    if path.text == "." { return location }
    return location + "." + path.text
  }
}

extension Condition {
  /// Evaluates this condition in `scope`.
  public func evaluate(in scope: EvaluationScope) -> Outcome {
    switch self {
    case .all(let children):
      var evidence: [Evidence] = []
      var unknown: Outcome?
      for child in children {
        let outcome = child.evaluate(in: scope)
        if outcome.unknown != nil {
          unknown = unknown ?? outcome
          continue
        }
        guard outcome.holds else { return outcome }
        evidence += outcome.evidence
      }
      return unknown ?? Outcome(holds: true, evidence: evidence)

    case .any(let children):
      var evidence: [Evidence] = []
      var unknown: Outcome?
      for child in children {
        let outcome = child.evaluate(in: scope)
        if outcome.unknown != nil {
          unknown = unknown ?? outcome
          continue
        }
        if outcome.holds { return outcome }
        evidence += outcome.evidence
      }
      return unknown ?? Outcome(holds: false, evidence: evidence)

    case .not(let child):
      let outcome = child.evaluate(in: scope)
      return Outcome(holds: !outcome.holds, evidence: outcome.evidence, unknown: outcome.unknown)

    case .test(let path, let op):
      let value = scope.read(path)
      let holds = op.holds(for: value, now: scope.now)
      return Outcome(holds: holds, evidence: [Evidence(path: scope.display(path), value: value)])

    case .quantified(let quantifier, let path, let inner):
      let value = scope.read(path)
      let base = scope.display(path)
      let elements = (value?.arrayValue ?? []).enumerated().map { index, element in
        scope.moved(to: element, location: "\(base)[\(index)]")
      }
      return Self.quantify(quantifier, over: elements, by: inner, label: base)

    case .related(let query):
      guard query.isInvariant, let cache = scope.cache else {
        return Self.evaluate(query, in: scope)
      }
      return cache.outcome(for: query.site + query.type) { Self.evaluate(query, in: scope) }

    case .compareRef(let left, let comparison, let right):
      let lhs = scope.read(left)
      let rhs = scope.read(right)
      return Outcome(
        holds: comparison.holds(lhs, rhs),
        evidence: [
          Evidence(path: scope.display(left), value: lhs),
          Evidence(path: scope.display(right), value: rhs),
        ])

    case .function(let function, let path, let arguments):
      let value = scope.read(path)
      let call = ConditionFunction.Call(
        value: value, arguments: arguments, resource: scope.resource,
        inventory: scope.inventory, memo: scope.memo)
      let result = function.body(call)
      let base = scope.display(path)
      let evidence = result.evidence.map { item in
        Evidence(path: base == "." ? item.path : base + "." + item.path, value: item.value)
      }
      return Outcome(holds: result.holds, evidence: evidence, unknown: result.unknown)
    }
  }

  private static func evaluate(_ query: RelatedQuery, in scope: EvaluationScope) -> Outcome {
    var candidates = scope.inventory.resources(ofType: query.type)
    for join in query.joins {
      let wanted = scope.read(join.from)
      let keys = join.from.isMultiValued ? (wanted?.arrayValue ?? []) : (wanted.map { [$0] } ?? [])
      candidates = candidates.filter { candidate in
        let key = join.to.read(from: candidate.properties, resource: candidate)
        let found = join.to.isMultiValued ? (key?.arrayValue ?? []) : (key.map { [$0] } ?? [])
        return found.contains { item in keys.contains { ValueMatching.equal(item, $0) } }
      }
    }
    if candidates.isEmpty, let reason = query.unmatched {
      return Outcome(holds: false, evidence: [], unknown: reason)
    }
    let scopes = candidates.map { candidate in
      scope.moved(
        to: candidate.properties, location: "\(query.type)[\(candidate.name)]",
        resource: candidate)
    }
    return quantify(query.quantifier, over: scopes, by: query.condition, label: query.type)
  }

  private static func quantify(
    _ quantifier: Quantifier, over scopes: [EvaluationScope], by inner: Condition,
    label: String
  ) -> Outcome {
    let evaluated = scopes.map { inner.evaluate(in: $0) }
    let undecided = evaluated.first { $0.unknown != nil }
    let outcomes = evaluated.filter { $0.unknown == nil }
    let matching = outcomes.filter(\.holds)
    let missing = outcomes.filter { !$0.holds }
    let everything = outcomes.flatMap(\.evidence)
    let count = Evidence(path: label + " (matching count)", value: .number(Double(matching.count)))

    switch quantifier {
    case .any:
      guard let first = matching.first else {
        if let undecided { return undecided }
        return Outcome(holds: false, evidence: everything.isEmpty ? [count] : everything)
      }
      return Outcome(holds: true, evidence: first.evidence)
    case .all:
      guard missing.isEmpty else {
        return Outcome(holds: false, evidence: missing.flatMap(\.evidence))
      }
      if let undecided { return undecided }
      return Outcome(holds: true, evidence: everything)
    case .none:
      guard matching.isEmpty else {
        return Outcome(holds: false, evidence: matching.flatMap(\.evidence))
      }
      if let undecided { return undecided }
      return Outcome(holds: true, evidence: everything.isEmpty ? [count] : everything)
    case .count(let comparison, let bound):
      if let undecided { return undecided }
      let holds = comparison.holds(Double(matching.count), bound)
      return Outcome(holds: holds, evidence: [count] + matching.flatMap(\.evidence))
    }
  }
}

extension Operator {
  /// Whether the operator holds for `value` (nil when the path is absent).
  func holds(for value: JSONValue?, now: Date) -> Bool {
    switch self {
    case .equals(let expected): return ValueMatching.equal(value, expected)
    case .notEquals(let expected): return !ValueMatching.equal(value, expected)
    case .oneOf(let options): return options.contains { ValueMatching.equal(value, $0) }
    case .contains(let expected): return ValueMatching.contains(value, expected)
    case .matches(let regex): return value?.stringValue.map(regex.matches) ?? false
    case .glob(let pattern):
      return value?.stringValue.map { ValueMatching.glob($0, pattern) } ?? false
    case .compare(let comparison, let bound):
      guard let number = value?.doubleValue else { return false }
      return comparison.holds(number, bound)
    case .exists(let wanted): return (value != nil && value?.isNull == false) == wanted
    case .empty(let wanted): return ValueMatching.isEmpty(value) == wanted
    case .ageDays(let comparison, let bound):
      guard let date = ValueMatching.date(value) else { return false }
      return comparison.holds(now.timeIntervalSince(date) / 86_400, bound)
    case .openToInternet(let wanted):
      let open = value?.stringValue.flatMap(CIDRBlock.init)?.coversWholeInternet ?? false
      return open == wanted
    case .cidrWithin(let network):
      return value?.stringValue.flatMap(CIDRBlock.init)?.isWithin(network) ?? false
    case .portRangeOverlaps(let ranges):
      guard let open = ValueMatching.portRange(of: value) else { return false }
      return ranges.contains { $0.overlaps(open) }
    case .startsWith(let prefix): return value?.stringValue?.hasPrefix(prefix) ?? false
    case .endsWith(let suffix): return value?.stringValue?.hasSuffix(suffix) ?? false
    }
  }
}

/// Remembers the outcome of each invariant `related` query during one evaluation of an
/// inventory, so that a query about the account's trails runs once, not once per bucket.
public final class RelatedCache: @unchecked Sendable {
  private let lock = NSLock()
  private var outcomes: [String: Outcome] = [:]

  /// An empty cache.
  public init() {}

  func outcome(for key: String, compute: () -> Outcome) -> Outcome {
    lock.lock()
    let known = outcomes[key]
    lock.unlock()
    if let known { return known }

    let computed = compute()
    lock.lock()
    outcomes[key] = computed
    lock.unlock()
    return computed
  }
}

extension ReferenceComparison {
  /// Whether `lhs` compares to `rhs` this way; an absent side makes every comparison but
  /// `not_equals` false.
  func holds(_ lhs: JSONValue?, _ rhs: JSONValue?) -> Bool {
    guard let rhs else { return self == .notEquals && lhs != nil }
    switch self {
    case .equals: return ValueMatching.equal(lhs, rhs)
    case .notEquals: return !ValueMatching.equal(lhs, rhs)
    case .contains: return ValueMatching.contains(lhs, rhs)
    case .in:
      return rhs.arrayValue?.contains { ValueMatching.equal(lhs, $0) } ?? false
    case .startsWith:
      guard let text = lhs?.stringValue, let prefix = rhs.stringValue else { return false }
      return text.hasPrefix(prefix)
    case .gt, .gte, .lt, .lte:
      guard let left = lhs?.doubleValue, let right = rhs.doubleValue,
        let comparison = Comparison(rawValue: rawValue)
      else { return false }
      return comparison.holds(left, right)
    }
  }
}
