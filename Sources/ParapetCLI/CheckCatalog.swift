import ParapetReport
import ParapetRules

/// Turns rules into the plain check descriptions the report layer renders, which keeps
/// ParapetReport free of the rule engine.
enum CheckCatalog {
  /// One `CheckInfo` per rule, keyed by check id.
  static func info(_ rules: RuleSet) -> [String: CheckInfo] {
    var checks: [String: CheckInfo] = [:]
    for rule in rules.rules {
      checks[rule.id] = CheckInfo(
        id: rule.id, title: rule.title, severity: rule.severity, description: rule.description,
        risk: rule.risk,
        remediation: CheckInfo.Remediation(
          text: rule.remediation.text, cli: rule.remediation.cli,
          terraform: rule.remediation.terraform,
          cloudformation: rule.remediation.cloudformation),
        references: rule.references, compliance: rule.compliance,
        categories: rule.categories)
    }
    return checks
  }
}
