import Foundation
import ParapetReport
import ParapetRules

/// `parapet report`: renders a finished scan's findings again, in any format, without
/// calling the cloud.
enum ReportCommand {
  static let specs: [OptionSpec] = [
    OptionSpec(
      name: "input", kind: .single, valueName: "FILE",
      help: "findings.json of a finished scan (its inventory.json beside it is used too)"),
    OptionSpec(name: "format", kind: .list, valueName: "F", help: "formats to write, as for scan"),
    OptionSpec(
      name: "output-dir", kind: .single, valueName: "DIR",
      help: "directory to write into (default: the input's directory)"),
    OptionSpec(
      name: "compliance", kind: .list, valueName: "F",
      help: "print each requirement's status for these frameworks"),
    OptionSpec(name: "rules", kind: .list, valueName: "DIR", help: "extra rule directories"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static var help: String {
    """
    USAGE: parapet report --input findings.json [--format F]... [--output-dir DIR]

    Writes the findings of a finished scan again in the formats asked for.

    OPTIONS:
    \(optionsHelp(specs))
    """
  }

  static func run(_ arguments: [String], environment: [String: String]) throws -> ExitCode {
    let parsed = try parseArguments(arguments, specs: specs)
    if parsed.flag("help") {
      Console.out(help)
      return .success
    }
    guard parsed.positional.isEmpty else {
      throw UsageError("unexpected argument '\(parsed.positional[0])'; see 'parapet report --help'")
    }
    guard let input = parsed.value("input") else {
      throw UsageError("'parapet report' needs --input findings.json")
    }
    let formats = try parsed.reportFormats()
    let frameworks = try ScanOptions.frameworks(parsed.list("compliance"))

    let (metadata, findings) = try ReportDocumentReader.findings(atPath: input)
    let directory = URL(fileURLWithPath: input).deletingLastPathComponent()
    let inventoryPath = directory.appendingPathComponent("inventory.json").path
    let inventory =
      FileManager.default.fileExists(atPath: inventoryPath)
      ? try ReportDocumentReader.inventory(atPath: inventoryPath).1 : nil
    let output = parsed.value("output-dir") ?? directory.path
    try OutputDirectory.prepare(output)
    let rules = try RuleSet.load(directories: parsed.list("rules").map(URL.init(fileURLWithPath:)))

    let written = try ScanReportWriter(outputDirectory: output).writeFindings(
      metadata: metadata, inventory: inventory, findings: findings, formats: formats,
      checks: CheckCatalog.info(rules), into: output)
    Console.out("Wrote " + written.joined(separator: ", ") + " to \(output)")
    let width = TerminalWidth.columns(environment)
    let color = TerminalStyle.colorEnabled(
      environment: environment, isTerminal: Console.isTerminal(STDOUT_FILENO))
    for id in frameworks {
      let report = ComplianceReport.evaluate(
        framework: try ComplianceCatalog.framework(id: id), findings: findings)
      Console.write("\n" + ComplianceSummary.render(report, width: width, color: color))
    }
    return .success
  }
}
