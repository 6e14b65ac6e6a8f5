/// Parses a Sigma `condition`: search identifiers, `and`, `or`, `not`, parentheses,
/// `1 of <pattern>`, `all of <pattern>` and `them`, with `not` binding tighter than `and`
/// and `and` tighter than `or`. Aggregations (`| count() ...`) and `near` are rejected
/// with a reason, as Parapet does not evaluate them.
struct SigmaConditionParser {
  private var tokens: [String]
  private var position = 0
  private let selections: [String]

  /// A parser over `text` whose identifiers must name one of `selections`.
  init(_ text: String, selections: [String]) {
    var tokens: [String] = []
    var current = ""
    for character in text {
      if character == "(" || character == ")" || character.isWhitespace {
        if !current.isEmpty { tokens.append(current) }
        current = ""
        if !character.isWhitespace { tokens.append(String(character)) }
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { tokens.append(current) }
    self.tokens = tokens
    self.selections = selections
  }

  /// The expression, or the reason it cannot be run.
  mutating func parse() -> Result<SigmaExpression, SigmaConditionError> {
    if tokens.contains(where: { $0.hasPrefix("|") || $0 == "|" }) {
      return .failure(
        SigmaConditionError(
          "aggregation after '|' (count, min, max, ...) is not supported; use a windowed "
            + "built-in detection or a Sigma correlation rule"))
    }
    if tokens.contains(where: { $0.lowercased() == "near" }) {
      return .failure(SigmaConditionError("'near' is not supported"))
    }
    do throws(SigmaConditionError) {
      let expression = try orExpression()
      guard position == tokens.count else {
        throw SigmaConditionError("unexpected '\(tokens[position])' in condition")
      }
      return .success(expression)
    } catch {
      return .failure(error)
    }
  }

  private mutating func orExpression() throws(SigmaConditionError) -> SigmaExpression {
    var left = try andExpression()
    while peek() == "or" {
      position += 1
      left = .or(left, try andExpression())
    }
    return left
  }

  private mutating func andExpression() throws(SigmaConditionError) -> SigmaExpression {
    var left = try unary()
    while peek() == "and" {
      position += 1
      left = .and(left, try unary())
    }
    return left
  }

  private mutating func unary() throws(SigmaConditionError) -> SigmaExpression {
    guard let token = next() else { throw SigmaConditionError("condition ends too early") }
    switch token.lowercased() {
    case "not":
      return .not(try unary())
    case "(":
      let inner = try orExpression()
      guard next() == ")" else { throw SigmaConditionError("missing ')' in condition") }
      return inner
    case "1", "all", "any":
      guard peek() == "of", let target = tokens[safe: position + 1] else {
        throw SigmaConditionError("expected '\(token) of <selection pattern>'")
      }
      position += 2
      let names = try expand(target)
      return token.lowercased() == "all" ? .allOf(names) : .oneOf(names)
    case "and", "or", ")", "of":
      throw SigmaConditionError("unexpected '\(token)' in condition")
    default:
      guard selections.contains(token) else {
        throw SigmaConditionError("condition names '\(token)', which is not a selection")
      }
      return .selection(token)
    }
  }

  private func expand(_ pattern: String) throws(SigmaConditionError) -> [String] {
    let names: [String]
    if pattern == "them" {
      names = selections.filter { !$0.hasPrefix("_") }
    } else if pattern.hasSuffix("*") {
      let stem = String(pattern.dropLast())
      names = selections.filter { $0.hasPrefix(stem) }
    } else {
      names = selections.filter { $0 == pattern }
    }
    guard !names.isEmpty else {
      throw SigmaConditionError("'\(pattern)' matches no selection")
    }
    return names.sorted()
  }

  private func peek() -> String? { tokens[safe: position]?.lowercased() }

  private mutating func next() -> String? {
    defer { position += 1 }
    return tokens[safe: position]
  }
}

/// Why a condition cannot be run.
struct SigmaConditionError: Error, Equatable {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
