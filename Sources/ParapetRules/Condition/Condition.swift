import Foundation
import ParapetCore

/// A compiled rule condition: the tree a rule's YAML `condition` (or `applies_when`)
/// becomes at load time, evaluated against each resource. docs/RULES.md describes the
/// language.
public indirect enum Condition: Sendable {
  /// True when every child is true (true when empty).
  case all([Condition])
  /// True when some child is true (false when empty).
  case any([Condition])
  /// Negation.
  case not(Condition)
  /// One operator applied to the value at a path.
  case test(PropertyPath, Operator)
  /// A quantifier over the elements of the array at a path.
  case quantified(Quantifier, PropertyPath, where: Condition)
  /// A quantifier over other resources in the inventory.
  case related(RelatedQuery)
  /// A named Swift analysis function applied to the value at a path.
  case function(ConditionFunction, PropertyPath, arguments: JSONValue)
  /// A comparison between the values at two paths read in the same scope:
  /// `{path: A, lte: {ref: B}}`.
  case compareRef(PropertyPath, ReferenceComparison, PropertyPath)

  /// Top-level property keys this condition reads from the judged resource; used to decide
  /// "not evaluated" when one is missing because a collection call failed.
  public var topLevelKeys: Set<String> {
    switch self {
    case .all(let children), .any(let children):
      return children.reduce(into: []) { $0.formUnion($1.topLevelKeys) }
    case .not(let child): return child.topLevelKeys
    case .test(let path, _), .quantified(_, let path, _), .function(_, let path, _):
      return path.topLevelKey.map { [$0] } ?? []
    case .compareRef(let left, _, let right):
      return Set([left.topLevelKey, right.topLevelKey].compactMap { $0 })
    case .related(let query):
      return Set(query.joins.compactMap(\.from.topLevelKey))
    }
  }

  /// Whether any path in this condition reads `$outer`.
  public var readsOuter: Bool {
    switch self {
    case .all(let children), .any(let children): return children.contains(where: \.readsOuter)
    case .not(let child): return child.readsOuter
    case .test(let path, _), .function(_, let path, _): return path.resourceField == "outer"
    case .quantified(_, let path, let inner):
      return path.resourceField == "outer" || inner.readsOuter
    case .compareRef(let left, _, let right):
      return left.resourceField == "outer" || right.resourceField == "outer"
    case .related(let query):
      return query.joins.contains { $0.from.resourceField == "outer" }
        || query.condition.readsOuter
    }
  }

  /// Resource types the analysis functions of this condition read from the inventory
  /// (`ConditionFunction.readsTypes`).
  public var functionTypes: Set<String> {
    switch self {
    case .all(let children), .any(let children):
      return children.reduce(into: []) { $0.formUnion($1.functionTypes) }
    case .not(let child): return child.functionTypes
    case .related(let query): return query.condition.functionTypes
    case .quantified(_, _, let inner): return inner.functionTypes
    case .function(let function, _, _): return function.readsTypes
    case .test, .compareRef: return []
    }
  }

  /// Resource types this condition reads through `related`.
  public var relatedTypes: Set<String> {
    switch self {
    case .all(let children), .any(let children):
      return children.reduce(into: []) { $0.formUnion($1.relatedTypes) }
    case .not(let child): return child.relatedTypes
    case .related(let query): return query.condition.relatedTypes.union([query.type])
    case .quantified(_, _, let inner): return inner.relatedTypes
    case .test, .function, .compareRef: return []
    }
  }
}

/// How many elements (or related resources) must satisfy the inner condition.
public enum Quantifier: Sendable, Hashable {
  /// At least one.
  case any
  /// Every one (true for none at all).
  case all
  /// Not one.
  case none
  /// A number compared with a bound.
  case count(Comparison, Double)
}

/// A numeric comparison.
public enum Comparison: String, Sendable, Hashable, CaseIterable {
  case gt, gte, lt, lte, equals

  /// Whether `lhs` compares to `rhs` this way.
  public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
    switch self {
    case .gt: return lhs > rhs
    case .gte: return lhs >= rhs
    case .lt: return lhs < rhs
    case .lte: return lhs <= rhs
    case .equals: return lhs == rhs
    }
  }
}

/// An operator applied to one value.
public enum Operator: Sendable {
  case equals(JSONValue)
  case notEquals(JSONValue)
  case oneOf([JSONValue])
  case contains(JSONValue)
  case matches(CompiledRegex)
  case glob(String)
  case compare(Comparison, Double)
  case exists(Bool)
  case empty(Bool)
  /// Age in days of an ISO 8601 timestamp, compared with a bound.
  case ageDays(Comparison, Double)
  case openToInternet(Bool)
  case cidrWithin(CIDRBlock)
  case portRangeOverlaps([ClosedRange<Int>])
  /// Text that begins with the operand.
  case startsWith(String)
  /// Text that ends with the operand.
  case endsWith(String)
}

/// How the value at a path compares with the value at a second path (`{ref: PATH}`).
public enum ReferenceComparison: String, Sendable, Hashable, CaseIterable {
  case equals, notEquals = "not_equals", contains, `in`, gt, gte, lt, lte
  case startsWith = "starts_with"
}

/// A query over other resources: which type, which of them (join), what they must
/// satisfy, and how many.
public struct RelatedQuery: Sendable {
  /// Resource type searched, such as `aws.cloudtrail.trail`.
  public var type: String
  /// Restricts candidates to those whose `to` value is among this resource's `from` values,
  /// for every pair (a join on several keys).
  public var joins: [(from: PropertyPath, to: PropertyPath)]
  /// Condition each candidate is judged by, relative to its own properties.
  public var condition: Condition
  /// How many candidates must satisfy it.
  public var quantifier: Quantifier
  /// When set, a join that finds no candidate leaves the condition undecided with this
  /// reason (the rule reports `not_evaluated`), instead of judging an empty set: a trail's
  /// bucket missing from the inventory may be in another account or deleted.
  public var unmatched: String?
  /// `file:line` of the query, identifying it in the per-evaluation cache.
  public var site: String = ""

  /// True when the outcome cannot depend on the resource that asks: no join and no
  /// `$outer` path. Such a query is evaluated once per scan, not once per resource.
  public var isInvariant: Bool { joins.isEmpty && !condition.readsOuter }
}

/// A regular expression compiled at load time. `NSRegularExpression` is immutable and
/// documented as safe to share between threads.
public struct CompiledRegex: @unchecked Sendable {
  /// The pattern as written.
  public let pattern: String
  let expression: NSRegularExpression

  /// Compiles `pattern`; nil when it is not a valid regular expression.
  public init?(_ pattern: String) {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
    self.pattern = pattern
    self.expression = expression
  }

  /// True when the pattern matches somewhere in `text`.
  public func matches(_ text: String) -> Bool {
    let range = NSRange(text.startIndex..., in: text)
    return expression.firstMatch(in: text, range: range) != nil
  }
}
