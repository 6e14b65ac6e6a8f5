import Foundation
import ParapetReport

/// `parapet compliance list`: the frameworks Parapet maps its checks to.
enum ComplianceCommand {
  static let help = """
    USAGE: parapet compliance list

    Lists the compliance frameworks whose requirements Parapet's checks are mapped to.
    Pass a framework's id to 'parapet scan aws --compliance ID' for its status.
    """

  static func run(_ arguments: [String], environment: [String: String]) throws -> ExitCode {
    let parsed = try parseArguments(
      arguments, specs: [OptionSpec(name: "help", kind: .flag, help: "show this help")])
    if parsed.flag("help") {
      Console.out(help)
      return .success
    }
    guard parsed.positional == ["list"] else {
      throw UsageError("'parapet compliance' needs a subcommand: 'parapet compliance list'")
    }

    let frameworks = try ComplianceCatalog.list()
    Console.write(
      ComplianceSummary.catalog(frameworks, width: TerminalWidth.columns(environment)))
    return .success
  }
}
