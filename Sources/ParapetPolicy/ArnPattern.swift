/// ARN matching as IAM does it for `Resource` elements and `Arn...` conditions: the six
/// colon-separated parts (`arn:partition:service:region:account:resource`) are matched
/// one by one, so a `*` in the account part cannot swallow the region; the resource part
/// takes the rest of the ARN, colons included. A pattern that is not a six-part ARN (`*`,
/// `arn:aws:s3*`) is matched against the whole text. Matching is case-sensitive.
enum ArnPattern {
  /// Splits pattern tokens into the six ARN parts, or one whole-text glob.
  static func segments(_ tokens: [Glob.Token]) -> [Glob] {
    var parts: [[Glob.Token]] = [[]]
    for token in tokens {
      if token == .literal(":"), parts.count < 6 {
        parts.append([])
      } else {
        parts[parts.count - 1].append(token)
      }
    }
    guard parts.count == 6 else { return [Glob(tokens: tokens)] }
    return parts.map { Glob(tokens: $0) }
  }

  /// Whether `arn` matches the prepared pattern.
  static func matches(_ segments: [Glob], _ arn: String) -> Bool {
    guard segments.count == 6 else { return segments.first?.matches(arn) ?? false }
    let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
    guard parts.count == 6 else { return false }
    return zip(segments, parts).allSatisfy { $0.matches(String($1)) }
  }
}
