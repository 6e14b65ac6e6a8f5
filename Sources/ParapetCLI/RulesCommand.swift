import Foundation
import ParapetCore
import ParapetReport
import ParapetRules

/// `parapet rules validate DIR...`: checks rule files without scanning, printing every
/// problem as `file:line: message`.
enum RulesCommand {
  static let help = """
    USAGE: parapet rules validate DIR [DIR...]

    Checks every .yaml rule file under each directory and prints each problem as
    file:line: message. Exits 0 when all rules are valid, 1 when any is not.
    """

  static func run(_ arguments: [String]) throws -> ExitCode {
    let parsed = try parseArguments(
      arguments, specs: [OptionSpec(name: "help", kind: .flag, help: "show this help")])
    if parsed.flag("help") {
      Console.out(help)
      return .success
    }
    guard parsed.positional.first == "validate" else {
      throw UsageError("'parapet rules' needs a subcommand: 'parapet rules validate DIR'")
    }
    let directories = Array(parsed.positional.dropFirst())
    guard !directories.isEmpty else {
      throw UsageError("'parapet rules validate' needs at least one directory of rule files")
    }

    // A directory that is not there is a mistyped argument, not a rule problem: one line,
    // before any file is read.
    let missing = directories.filter { !FileManager.default.fileExists(atPath: $0) }
    guard missing.isEmpty else {
      let names = missing.map { "'\($0)'" }.joined(separator: ", ")
      guard missing.count > 1 else {
        throw CommandError(
          "rules directory \(names) does not exist; give a directory of rule files "
            + "(.yaml or .yml)")
      }
      throw CommandError(
        "rules directories \(names) do not exist; give directories of rule files (.yaml or .yml)")
    }

    var problems = 0
    for directory in directories {
      let diagnostics = RuleSet.validate(directory: URL(fileURLWithPath: directory))
      diagnostics.forEach { Console.err($0.description) }
      problems += diagnostics.count
    }
    guard problems == 0 else {
      Console.err("\(problems) problem(s) found")
      return .error
    }
    Console.out("rules are valid")
    return .success
  }
}
