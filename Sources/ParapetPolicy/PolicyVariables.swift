import Foundation

/// Policy variables (`${aws:username}`, `${aws:PrincipalTag/team}`, `${*}`, `${?}`, `${$}`)
/// replaced by request values, as AWS does in `Resource` elements and in string and ARN
/// condition values of version 2012-10-17 policies.
///
/// AWS documents that a variable whose key is absent from the request makes the element
/// that holds it not match (unless a default is given as `${key, 'default'}`); `expand`
/// returns nil in that case so callers treat the value as matching nothing. Older
/// documents (2008-10-17 or no Version) use no variables, so `${...}` stays literal text.
enum PolicyVariables {
  /// Turns `raw` into glob tokens: policy text keeps `*` and `?` as wildcards, substituted
  /// text is literal. Nil when a variable cannot be resolved.
  static func expand(
    _ raw: String, context: RequestContext, enabled: Bool
  ) -> [Glob.Token]? {
    guard enabled, raw.contains("${") else { return Glob.tokens(wildcardText: raw) }

    var tokens: [Glob.Token] = []
    var rest = raw[...]
    while let open = rest.range(of: "${") {
      tokens += Glob.tokens(wildcardText: String(rest[..<open.lowerBound]))
      guard let close = rest[open.upperBound...].firstIndex(of: "}") else {
        tokens += Glob.tokens(wildcardText: String(rest[open.lowerBound...]))
        return tokens
      }
      let body = String(rest[open.upperBound..<close])
      guard let value = resolve(body, context: context) else { return nil }
      tokens += value.unicodeScalars.map { .literal($0) }
      rest = rest[rest.index(after: close)...]
    }
    tokens += Glob.tokens(wildcardText: String(rest))
    return tokens
  }

  /// Expands `raw` into plain text (wildcards from the policy stay as characters), for the
  /// operators that compare exactly. Nil when a variable cannot be resolved.
  static func expandText(_ raw: String, context: RequestContext, enabled: Bool) -> String? {
    guard let tokens = expand(raw, context: context, enabled: enabled) else { return nil }
    var text = String.UnicodeScalarView()
    for token in tokens {
      switch token {
      case .literal(let scalar): text.append(scalar)
      case .anyRun: text.append("*")
      case .anyOne: text.append("?")
      }
    }
    return String(text)
  }

  private static func resolve(_ body: String, context: RequestContext) -> String? {
    let parts = body.split(separator: ",", maxSplits: 1)
    let key = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    switch key {
    case "*": return "*"
    case "?": return "?"
    case "$": return "$"
    default: break
    }

    // A variable names a single-valued key; several values leave it unresolved.
    if let values = context[key], values.count == 1 { return values[0] }
    guard parts.count == 2 else { return nil }
    let fallback = parts[1].trimmingCharacters(in: .whitespaces)
    guard fallback.count >= 2, fallback.hasPrefix("'"), fallback.hasSuffix("'") else {
      return nil
    }
    return String(fallback.dropFirst().dropLast())
  }
}
