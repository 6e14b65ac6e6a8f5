import Foundation
import ParapetCore

/// The `parapet` command: dispatches to subcommands and is the one place where errors are
/// printed and mapped to exit codes.
public enum Parapet {
  /// Parapet's version, printed by `--version` and recorded in every report.
  public static let version = "0.1.0"

  static let help = """
    USAGE: parapet <command> [options]
           parapet --version

    Cloud security posture management: inventory, checks and findings for AWS.

    COMMANDS:
      scan aws          scan an AWS account and write findings
      rescan aws        re-collect and re-judge what CloudTrail events changed since a scan
      rules validate    check rule files for errors without scanning
      checks list       list the built-in checks
      checks show ID    everything about one check
      compliance list   list the compliance frameworks
      detect cloudtrail detect threats in CloudTrail logs (files, S3 or LookupEvents)
      report            render a finished scan's findings again in other formats
      fix               plan (and with --apply, make) the fixes for failing findings
      iam can           whether a principal may take an action on a resource
      iam who-can       which principals may take an action on a resource
      iam analyze       run the checks over a scan's inventory and time them
      history           list recorded scans
      history fixes     what 'parapet fix' did about each finding
      history prune     forget scans older than --keep AGE (12h, 90d, 2w)
      diff              what changed between two recorded scans
      watch             scan again and again; announce new failures on webhooks

    OPTIONS:
      --help            show this help
      --version         print Parapet's version

    Run 'parapet <command> --help' for a command's options.
    """

  /// Runs the command line `arguments` (without the program name) and returns the exit code.
  public static func run(
    _ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment
  ) async -> ExitCode {
    do {
      return try await dispatch(arguments, environment: environment)
    } catch let error as UsageError {
      Console.err("parapet: \(error.description)")
      return .usage
    } catch {
      Console.err("parapet: error: \(error)")
      return .error
    }
  }

  private static func dispatch(
    _ arguments: [String], environment: [String: String]
  ) async throws -> ExitCode {
    guard let command = arguments.first else {
      Console.err(help)
      return .usage
    }
    let rest = Array(arguments.dropFirst())

    switch command {
    case "--help", "-h", "help":
      Console.out(help)
      return .success
    case "--version":
      Console.out("parapet \(version)")
      return .success
    case "scan":
      // The provider is the only choice 'scan' has, so its help is the help of 'scan aws'.
      if rest == ["--help"] {
        Console.out(ScanOptions.help)
        return .success
      }
      guard rest.first == "aws" else {
        throw UsageError("'parapet scan' needs a provider: 'parapet scan aws'")
      }
      return try await ScanCommand.run(Array(rest.dropFirst()), environment: environment)
    case "rescan":
      if rest == ["--help"] {
        Console.out(RescanOptions.help)
        return .success
      }
      guard rest.first == "aws" else {
        throw UsageError("'parapet rescan' needs a provider: 'parapet rescan aws'")
      }
      return try await RescanCommand.run(Array(rest.dropFirst()), environment: environment)
    case "rules":
      return try RulesCommand.run(rest)
    case "checks":
      return try ChecksCommand.run(rest)
    case "compliance":
      return try ComplianceCommand.run(rest, environment: environment)
    case "detect":
      return try await DetectCommand.run(rest, environment: environment)
    case "report":
      return try ReportCommand.run(rest, environment: environment)
    case "fix":
      return try await FixCommand.run(rest, environment: environment)
    case "history":
      return try HistoryCommand.run(rest, environment: environment)
    case "diff":
      return try DiffCommand.run(rest, environment: environment)
    case "watch":
      return try await WatchCommand.run(rest, environment: environment)
    case "iam":
      return try IAMCommand.run(rest)
    default:
      throw UsageError(
        "unknown command '\(command)'; commands: scan, rescan, watch, rules, checks, "
          + "compliance, detect, report, fix, iam, history, diff")
    }
  }
}
