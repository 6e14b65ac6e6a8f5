import ParapetCore

/// Which rules a scan runs: ids or globs to include, ids or globs to exclude, a minimum
/// severity, categories and services. Empty lists do not filter.
public struct RuleSelection: Sendable, Hashable {
  /// Ids or globs (`aws.s3.*`) to include; empty includes all.
  public var include: [String]
  /// Ids or globs to exclude.
  public var exclude: [String]
  /// Lowest severity kept.
  public var minimumSeverity: Severity?
  /// Keep rules having any of these categories.
  public var categories: [String]
  /// Keep rules whose resource type belongs to one of these services (`s3`, `iam`).
  public var services: [String]

  /// A selection; the defaults keep every rule.
  public init(
    include: [String] = [], exclude: [String] = [], minimumSeverity: Severity? = nil,
    categories: [String] = [], services: [String] = []
  ) {
    self.include = include
    self.exclude = exclude
    self.minimumSeverity = minimumSeverity
    self.categories = categories
    self.services = services
  }

  /// What in this selection names nothing among `rules`, as a usage message: an id or glob
  /// to include or exclude that matches no rule, a category or service no rule has. A misspelt
  /// `--checks` would otherwise run no check and pass. Nil when every name matches.
  public func unmatchedName(in rules: [Rule]) -> String? {
    for pattern in include where !rules.contains(where: { ValueMatching.glob($0.id, pattern) }) {
      return "--checks '\(pattern)' matches no check; see 'parapet checks list'"
    }
    // A misspelt exclusion would run the very check it was meant to leave out.
    for pattern in exclude where !rules.contains(where: { ValueMatching.glob($0.id, pattern) }) {
      return "--exclude-checks '\(pattern)' matches no check; see 'parapet checks list'"
    }
    let known = Set(rules.flatMap(\.categories))
    for category in categories where !known.contains(category) {
      return "unknown category '\(category)'; categories are: "
        + known.sorted().joined(separator: ", ")
    }
    let services = Set(rules.map(\.service))
    for service in self.services where !services.contains(service) {
      return "no check is about service '\(service)'; services with checks: "
        + services.sorted().joined(separator: ", ")
    }
    return nil
  }

  /// Whether `rule` is kept.
  public func includes(_ rule: Rule) -> Bool {
    if !include.isEmpty, !include.contains(where: { ValueMatching.glob(rule.id, $0) }) {
      return false
    }
    if exclude.contains(where: { ValueMatching.glob(rule.id, $0) }) { return false }
    if let minimumSeverity, rule.severity < minimumSeverity { return false }
    if !categories.isEmpty, !rule.categories.contains(where: categories.contains) {
      return false
    }
    return services.isEmpty || services.contains(rule.service)
  }
}
