import ParapetCore
import ParapetRules

/// A Sigma rule for CloudTrail, parsed and checked: every construct in it is one Parapet
/// evaluates, otherwise loading reports a `SigmaRuleIssue` instead.
public struct SigmaRule: Sendable {
  /// The detection shown on alerts (check id `sigma.<id>`).
  public var detection: Detection
  /// Where the rule was read from.
  public var file: String
  /// Named selections of the `detection` block.
  let selections: [String: SigmaSelection]
  /// The parsed `condition`.
  let condition: SigmaExpression
}

/// A rule, or part of one, that Parapet does not run, with the reason. Loading never
/// drops a rule without one of these.
public struct SigmaRuleIssue: Sendable, Hashable, CustomStringConvertible {
  /// The rule file.
  public var file: String
  /// The rule's title (or id, or file name when it has neither).
  public var rule: String
  /// Why the rule is not run.
  public var reason: String

  /// An issue with `rule` in `file`.
  public init(file: String, rule: String, reason: String) {
    self.file = file
    self.rule = rule
    self.reason = reason
  }

  /// `file: rule 'title': reason`.
  public var description: String { "\(file): rule '\(rule)': \(reason)" }
}

/// The rules that loaded and the issues with those that did not.
public struct SigmaLoadResult: Sendable {
  /// Rules ready to run.
  public var rules: [SigmaRule]
  /// One entry per rule not loaded, with file and reason.
  public var issues: [SigmaRuleIssue]

  /// A result.
  public init(rules: [SigmaRule] = [], issues: [SigmaRuleIssue] = []) {
    self.rules = rules
    self.issues = issues
  }
}

/// A search identifier's body: a map of field tests (all must hold) or a list of such
/// maps (any may hold).
indirect enum SigmaSelection: Sendable {
  case allOf([SigmaFieldTest])
  case anyOf([SigmaSelection])
}

/// One `field|modifiers: values` entry.
struct SigmaFieldTest: Sendable {
  /// Dotted event path.
  var path: String
  /// The values; any must match, or all with the `all` modifier.
  var patterns: [SigmaPattern]
  /// The `all` modifier.
  var requireAll: Bool
}

/// One value of a field test, compiled.
enum SigmaPattern: Sendable {
  /// `null`: the field is absent, null or empty.
  case null
  /// `|exists: true/false`.
  case exists(Bool)
  /// A string with Sigma wildcards, case-insensitive unless `cased`.
  case text(SigmaTextPattern)
  /// `|re`.
  case regex(SigmaRegex)
  /// `|cidr`.
  case cidr(CIDRBlock)
}

/// The parsed condition.
indirect enum SigmaExpression: Sendable, Equatable {
  case selection(String)
  case and(SigmaExpression, SigmaExpression)
  case or(SigmaExpression, SigmaExpression)
  case not(SigmaExpression)
  /// `1 of X` / `all of X`, already expanded to the selection names.
  case oneOf([String])
  case allOf([String])
}
