import ParapetCore

/// Reads a statement's `Condition` element into clauses.
enum ConditionParser {
  static func clauses(_ node: JSONValue?, index: Int) throws(PolicyError) -> [ConditionClause] {
    guard let node else { return [] }
    guard case .object(let operators) = node else {
      throw PolicyError(
        statementIndex: index, element: "Condition",
        reason: "expected an object of operators, found \(PolicyParser.describe(node))")
    }

    var clauses: [ConditionClause] = []
    for (name, body) in operators.sorted(by: { $0.key < $1.key }) {
      guard let op = ConditionOperator(name: name) else {
        throw PolicyError(
          statementIndex: index, element: "Condition",
          reason: "unknown operator \"\(name)\"")
      }
      guard case .object(let keys) = body, !keys.isEmpty else {
        throw PolicyError(
          statementIndex: index, element: "Condition.\(name)",
          reason: "expected an object of condition keys, found \(PolicyParser.describe(body))")
      }
      for (key, value) in keys.sorted(by: { $0.key < $1.key }) {
        let values = try self.values(value, element: "Condition.\(name).\(key)", index: index)
        clauses.append(ConditionClause(op, key: key, values: values))
      }
    }
    return clauses
  }

  /// Strings, numbers and booleans, alone or in a list; AWS compares them all as text.
  static func values(
    _ node: JSONValue, element: String, index: Int
  ) throws(PolicyError) -> [String] {
    let items: [JSONValue]
    if case .array(let list) = node { items = list } else { items = [node] }

    var result: [String] = []
    for item in items {
      switch item {
      case .string(let text): result.append(text)
      case .bool(let flag): result.append(flag ? "true" : "false")
      case .number(let number):
        let isWhole = number.rounded() == number && abs(number) < 9e15
        result.append(isWhole ? String(Int(number)) : String(number))
      default:
        throw PolicyError(
          statementIndex: index, element: element,
          reason: "expected strings, numbers or booleans, found \(PolicyParser.kind(of: item))")
      }
    }
    return result
  }
}
