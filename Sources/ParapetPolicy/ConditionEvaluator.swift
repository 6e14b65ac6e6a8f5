import Foundation

/// Decides whether a statement's conditions hold for a request, following the IAM
/// condition operator reference.
///
/// Behaviour taken from AWS's documentation ("IAM JSON policy elements: Condition
/// operators" and "Single-valued vs. multivalued context keys"):
/// - If the key is not in the request, the condition is false; if the operator requires
///   the key *not* to match (`StringNotLike`, `ArnNotLike`, ...) it is true. This holds for
///   every operator except `...IfExists` (absent key: true) and `Null`.
/// - `ForAllValues:` is true when every request value matches, and also when the key is
///   absent or empty; `ForAnyValue:` needs at least one matching value, so it is false on an
///   absent or empty key.
/// - Several values for one key are alternatives; a negated operator needs the key to
///   match none of them.
enum ConditionEvaluator {
  /// True when every clause holds (clauses are ANDed).
  static func allHold(
    _ clauses: [ConditionClause], context: RequestContext, variables: Bool
  ) -> Bool {
    clauses.allSatisfy { holds($0, context: context, variables: variables) }
  }

  /// True when `clause` holds for the request.
  static func holds(_ clause: ConditionClause, context: RequestContext, variables: Bool) -> Bool {
    let op = clause.op
    let present = context[clause.key] ?? []

    if op.comparison == .null {
      let absent = present.isEmpty
      return clause.values.contains { $0.lowercased() == (absent ? "true" : "false") }
    }

    let policyValues = clause.values.compactMap { raw -> PolicyValue? in
      PolicyValue(raw, comparison: op.comparison, context: context, variables: variables)
    }
    let satisfies: (String) -> Bool = { requestValue in
      let matchesAny = policyValues.contains { $0.matches(requestValue, op.comparison) }
      return op.negated ? !matchesAny : matchesAny
    }

    switch op.qualifier {
    case .forAllValues?:
      return present.allSatisfy(satisfies)
    case .forAnyValue?:
      return present.contains(where: satisfies)
    case nil:
      guard !present.isEmpty else { return op.ifExists || op.negated }
      // A single-valued operator on a multi-valued key: a positive operator needs one
      // matching value, a negated one needs every value to match none.
      return op.negated ? present.allSatisfy(satisfies) : present.contains(where: satisfies)
    }
  }
}

/// One policy-side condition value, prepared for its comparison.
private enum PolicyValue {
  case text(String)
  case glob(Glob)
  case arn([Glob])
  case number(Double)
  case date(Double)
  case binary(Data)
  case range(IPRange)

  /// Nil when the value cannot take part: an unresolvable variable, or text the
  /// operator cannot read (a number operator given `abc`), which AWS treats as no match.
  init?(
    _ raw: String, comparison: ConditionOperator.Comparison, context: RequestContext,
    variables: Bool
  ) {
    switch comparison {
    case .stringEquals, .stringEqualsIgnoreCase:
      guard let text = PolicyVariables.expandText(raw, context: context, enabled: variables)
      else { return nil }
      self = .text(comparison == .stringEquals ? text : text.lowercased())
    case .stringLike:
      guard let tokens = PolicyVariables.expand(raw, context: context, enabled: variables)
      else { return nil }
      self = .glob(Glob(tokens: tokens))
    case .arnEquals, .arnLike:
      guard let tokens = PolicyVariables.expand(raw, context: context, enabled: variables)
      else { return nil }
      self = .arn(ArnPattern.segments(tokens))
    case .numericEquals, .numericLessThan, .numericLessThanEquals, .numericGreaterThan,
      .numericGreaterThanEquals:
      guard let number = Double(raw) else { return nil }
      self = .number(number)
    case .dateEquals, .dateLessThan, .dateLessThanEquals, .dateGreaterThan,
      .dateGreaterThanEquals:
      guard let seconds = PolicyDate.seconds(raw) else { return nil }
      self = .date(seconds)
    case .bool:
      self = .text(raw.lowercased())
    case .binaryEquals:
      guard let data = Data(base64Encoded: raw) else { return nil }
      self = .binary(data)
    case .ipAddress:
      guard let range = IPRange(cidr: raw) else { return nil }
      self = .range(range)
    case .null:
      return nil
    }
  }

  func matches(_ value: String, _ comparison: ConditionOperator.Comparison) -> Bool {
    switch self {
    case .text(let expected):
      switch comparison {
      case .stringEqualsIgnoreCase, .bool: return value.lowercased() == expected
      default: return value == expected
      }
    case .glob(let glob):
      return glob.matches(value)
    case .arn(let segments):
      return ArnPattern.matches(segments, value)
    case .number(let expected):
      guard let actual = Double(value) else { return false }
      return PolicyValue.compare(actual, expected, comparison)
    case .date(let expected):
      guard let actual = PolicyDate.seconds(value) else { return false }
      return PolicyValue.compare(actual, expected, comparison)
    case .binary(let expected):
      return Data(base64Encoded: value) == expected
    case .range(let range):
      guard let address = IPRange.address(value) ?? IPRange(cidr: value)?.bytes else {
        return false
      }
      return range.contains(address)
    }
  }

  static func compare(
    _ actual: Double, _ expected: Double, _ comparison: ConditionOperator.Comparison
  ) -> Bool {
    switch comparison {
    case .numericLessThan, .dateLessThan: actual < expected
    case .numericLessThanEquals, .dateLessThanEquals: actual <= expected
    case .numericGreaterThan, .dateGreaterThan: actual > expected
    case .numericGreaterThanEquals, .dateGreaterThanEquals: actual >= expected
    default: actual == expected
    }
  }
}
