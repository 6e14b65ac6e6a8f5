/// ARN matching as IAM does it for `Resource` elements and `Arn...` conditions: the six
/// colon-separated parts (`arn:partition:service:region:account:resource`) are matched
/// one by one, so a `*` in the account part cannot swallow the region; the resource part
/// takes the rest of the ARN, colons included. A pattern with fewer parts (`*`,
/// `arn:aws:*`) matches part by part and its last part takes the rest of the ARN, so `*`
/// matches everything and `arn:aws:sns:*:t` cannot absorb an account. Case-sensitive.
enum ArnPattern {
  /// Splits pattern tokens into at most six ARN parts.
  static func segments(_ tokens: [Glob.Token]) -> [Glob] {
    var parts: [[Glob.Token]] = [[]]
    for token in tokens {
      if token == .literal(":"), parts.count < 6 {
        parts.append([])
      } else {
        parts[parts.count - 1].append(token)
      }
    }
    return parts.map { Glob(tokens: $0) }
  }

  /// Whether `arn` matches the prepared pattern.
  static func matches(_ segments: [Glob], _ arn: String) -> Bool {
    guard !segments.isEmpty else { return false }
    let parts = arn.split(
      separator: ":", maxSplits: segments.count - 1, omittingEmptySubsequences: false)
    guard parts.count == segments.count else { return false }
    return zip(segments, parts).allSatisfy { $0.matches(String($1)) }
  }
}
