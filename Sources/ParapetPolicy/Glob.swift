/// A wildcard pattern as IAM uses them: `*` matches any run of characters (including
/// none) and `?` exactly one; everything else matches itself.
///
/// Text substituted from policy variables (`${*}`, `${aws:username}`) is kept literal, so
/// a user named `a*` cannot widen a pattern.
struct Glob: Sendable, Hashable {
  enum Token: Sendable, Hashable {
    case literal(Unicode.Scalar)
    case anyRun
    case anyOne
  }

  var tokens: [Token]

  init(tokens: [Token]) {
    self.tokens = tokens
  }

  /// A pattern whose `*` and `?` are wildcards.
  init(pattern: String) {
    tokens = Glob.tokens(wildcardText: pattern)
  }

  /// A pattern that matches exactly `text`.
  init(literal text: String) {
    tokens = text.unicodeScalars.map { .literal($0) }
  }

  static func tokens(wildcardText text: String) -> [Token] {
    text.unicodeScalars.map { scalar in
      switch scalar {
      case "*": .anyRun
      case "?": .anyOne
      default: .literal(scalar)
      }
    }
  }

  /// True when the pattern has no wildcard at all.
  var isLiteral: Bool {
    tokens.allSatisfy { if case .literal = $0 { true } else { false } }
  }

  /// True when the pattern matches every text (`*`, `**`).
  var matchesEverything: Bool {
    !tokens.isEmpty && tokens.allSatisfy { $0 == .anyRun }
  }

  /// A copy with every literal lowercased, for case-insensitive matching.
  func lowercased() -> Glob {
    Glob(
      tokens: tokens.map { token in
        guard case .literal(let scalar) = token else { return token }
        let lower = String(scalar).lowercased().unicodeScalars
        return lower.count == 1 ? .literal(lower[lower.startIndex]) : token
      })
  }

  /// Whether `text` matches the whole pattern.
  func matches(_ text: String) -> Bool {
    matches(Array(text.unicodeScalars)[...], tokens[...])
  }

  /// Iterative matching with one backtrack point: linear in practice, never recursive,
  /// so hostile patterns cannot blow the stack.
  private func matches(_ text: ArraySlice<Unicode.Scalar>, _ pattern: ArraySlice<Token>) -> Bool {
    var textIndex = text.startIndex
    var patternIndex = pattern.startIndex
    var starPattern: Int? = nil
    var starText = text.startIndex

    while textIndex < text.endIndex {
      if patternIndex < pattern.endIndex {
        switch pattern[patternIndex] {
        case .anyRun:
          starPattern = patternIndex
          starText = textIndex
          patternIndex += 1
          continue
        case .anyOne:
          textIndex += 1
          patternIndex += 1
          continue
        case .literal(let scalar) where scalar == text[textIndex]:
          textIndex += 1
          patternIndex += 1
          continue
        case .literal:
          break
        }
      }
      guard let star = starPattern else { return false }
      patternIndex = star + 1
      starText += 1
      textIndex = starText
    }

    while patternIndex < pattern.endIndex, pattern[patternIndex] == .anyRun {
      patternIndex += 1
    }
    return patternIndex == pattern.endIndex
  }
}
