import Foundation
import ParapetCore
import ParapetReport
import ParapetRules
import ParapetStore

/// `parapet report`: renders a finished scan's findings again, in any format, without
/// calling the cloud: from its findings.json, or from the history store.
enum ReportCommand {
  static let specs: [OptionSpec] = [
    OptionSpec(
      name: "input", kind: .single, valueName: "FILE",
      help: "findings.json of a finished scan (its inventory.json beside it is used too)"),
    OptionSpec(
      name: "scan", kind: .single, valueName: "ID",
      help: "a scan in the history store ('parapet history' lists them), instead of --input"),
    OptionSpec(
      name: "store", kind: .single, valueName: "PATH|URL",
      help: "history store holding --scan (default: the per-user store)"),
    OptionSpec(name: "format", kind: .list, valueName: "F", help: "formats to write, as for scan"),
    OptionSpec(
      name: "output-dir", kind: .single, valueName: "DIR",
      help: "directory to write into (default: the input's directory, or parapet-out/scan-ID)"),
    OptionSpec(
      name: "compliance", kind: .list, valueName: "F",
      help: "print each requirement's status for these frameworks"),
    OptionSpec(name: "rules", kind: .list, valueName: "DIR", help: "extra rule directories"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static var help: String {
    """
    USAGE: parapet report --input findings.json [--format F]... [--output-dir DIR]
           parapet report --scan ID [--store PATH|URL] [--format F]... [--output-dir DIR]

    Writes the findings of a finished scan again in the formats asked for, from its
    findings.json or from the history store. A scan read from the store has its resources
    and findings; the collection failures behind its not-evaluated findings are not kept
    there, so their reasons come from the findings' own messages.

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
    let input = parsed.value("input")
    let scanId = parsed.value("scan")
    guard (input == nil) != (scanId == nil) else {
      throw UsageError("'parapet report' needs one of --input findings.json and --scan ID")
    }
    let formats = try parsed.reportFormats()
    let frameworks = try ScanOptions.frameworks(parsed.list("compliance"))

    let source =
      try input.map(fromFile)
      ?? fromStore(scanId ?? "", store: parsed.value("store"), environment: environment)
    let (metadata, findings, inventory) = (source.metadata, source.findings, source.inventory)
    let output = parsed.value("output-dir") ?? source.directory
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

  private struct Source {
    var metadata: ScanMetadata
    var findings: [Finding]
    var inventory: Inventory?
    /// Where the reports go without --output-dir.
    var directory: String
  }

  private static func fromFile(_ input: String) throws -> Source {
    let (metadata, findings) = try ReportDocumentReader.findings(atPath: input)
    let directory = URL(fileURLWithPath: input).deletingLastPathComponent()
    let inventoryPath = directory.appendingPathComponent("inventory.json").path
    let inventory =
      FileManager.default.fileExists(atPath: inventoryPath)
      ? try ReportDocumentReader.inventory(atPath: inventoryPath).1 : nil
    return Source(
      metadata: metadata, findings: findings, inventory: inventory, directory: directory.path)
  }

  private static func fromStore(
    _ text: String, store location: String?, environment: [String: String]
  ) throws -> Source {
    guard let id = Int64(text), id > 0 else {
      throw UsageError("--scan takes a scan id, such as 3; 'parapet history' lists them")
    }
    let store = try StoreAccess.openExisting(location, environment: environment)
    guard let summary = try store.scan(id: id) else {
      throw CommandError("no scan \(id) in the history store; 'parapet history' lists scans")
    }
    let metadata = summary.metadata
    let inventory = Inventory(
      account: metadata.account, regions: metadata.regions,
      resources: try store.resources(scan: id).map(\.resource))
    return Source(
      metadata: metadata, findings: try store.findings(scan: id), inventory: inventory,
      directory: "parapet-out/scan-\(id)")
  }
}
