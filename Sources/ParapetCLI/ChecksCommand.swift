import Foundation
import ParapetCore
import ParapetReport
import ParapetRules

/// `parapet checks list`: the checks a scan runs, one line each.
enum ChecksCommand {
  static let specs = [
    OptionSpec(
      name: "service", kind: .list, valueName: "S", help: "only checks of these services"),
    OptionSpec(
      name: "severity", kind: .single, valueName: "SEVERITY",
      help: "only checks at or above this severity"),
    OptionSpec(
      name: "compliance", kind: .list, valueName: "F",
      help: "only checks these frameworks map (parapet compliance list)"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  /// Help of `checks` and `checks list`, whose options these are.
  static var listHelp: String {
    "USAGE: parapet checks list [options]\n       parapet checks show ID\n\nOPTIONS:\n"
      + optionsHelp(specs)
  }

  /// Help of `checks show`, which takes no options.
  static let showHelp = """
    USAGE: parapet checks show ID

    Prints everything about one check: its severity, resource type and categories, what it
    checks, the risk, how to fix it (with AWS CLI, Terraform, CloudFormation and console
    steps where the check has them), the compliance requirements it evidences, references,
    and the file that defines it. 'parapet checks list' lists the check ids.
    """

  static func run(_ arguments: [String]) throws -> ExitCode {
    let parsed = try parseArguments(arguments, specs: specs)
    if parsed.flag("help") {
      Console.out(parsed.positional.first == "show" ? showHelp : listHelp)
      return .success
    }
    if parsed.positional.first == "show" {
      return try show(Array(parsed.positional.dropFirst()))
    }
    guard parsed.positional == ["list"] else {
      throw UsageError(
        "'parapet checks' needs a subcommand: 'parapet checks list' or 'parapet checks show ID'")
    }
    var selection = RuleSelection(services: parsed.list("service"))
    if let name = parsed.value("severity") {
      guard let severity = Severity(rawValue: name.lowercased()) else {
        throw UsageError(
          "unknown severity '\(name)'; valid severities: "
            + Severity.allCases.map(\.rawValue).joined(separator: ", "))
      }
      selection.minimumSeverity = severity
    }

    let all = try RuleSet.load()
    if let problem = selection.unmatchedName(in: all.rules) { throw UsageError(problem) }
    var rules = all.selecting(selection).rules
    let frameworks = try ScanOptions.frameworks(parsed.list("compliance"))
    if !frameworks.isEmpty {
      var mapped: Set<String> = []
      for id in frameworks { mapped.formUnion(try ComplianceCatalog.framework(id: id).checkIds) }
      rules = rules.filter { mapped.contains($0.id) }
    }
    let idWidth = rules.map(\.id.count).max() ?? 0
    for rule in rules {
      let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
      let severity = rule.severity.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
      Console.out("\(id)  \(severity)\(rule.title)")
    }
    return .success
  }

  /// Prints every field of one rule, readable.
  static func show(_ ids: [String]) throws -> ExitCode {
    guard ids.count == 1 else {
      throw UsageError("'parapet checks show' needs exactly one check id")
    }
    let rules = try RuleSet.load()
    guard let rule = rules.rule(id: ids[0]) else {
      throw UsageError(
        "unknown check '\(ids[0])'; run 'parapet checks list' to see the check ids")
    }

    var lines = [
      rule.id, rule.title, "",
      "Severity:   \(rule.severity.rawValue)",
      "Resource:   \(rule.resourceType)",
      "Categories: \(rule.categories.joined(separator: ", "))",
      "", "Description:", "  " + rule.description,
      "", "Risk:", "  " + rule.risk,
      "", "Remediation:", "  " + rule.remediation.text,
    ]
    let snippets = [
      ("AWS CLI", rule.remediation.cli), ("Terraform", rule.remediation.terraform),
      ("CloudFormation", rule.remediation.cloudformation), ("Console", rule.remediation.console),
    ]
    for (label, snippet) in snippets {
      guard let snippet, !snippet.isEmpty else { continue }
      lines += ["", "\(label):"] + snippet.split(separator: "\n").map { "  " + $0 }
    }
    if !rule.complianceTags.isEmpty {
      lines += ["", "Compliance: " + rule.complianceTags.joined(separator: ", ")]
    }
    if !rule.references.isEmpty {
      lines += ["", "References:"] + rule.references.map { "  " + $0 }
    }
    lines += ["", "Defined in: \(rule.file)"]
    Console.out(lines.joined(separator: "\n"))
    return .success
  }
}
