import Foundation
import ParapetCore
import ParapetReport
import ParapetStore

/// `parapet history` lists recorded scans; `parapet history fixes` lists what `parapet fix`
/// did about findings; `parapet history prune --keep 90d` forgets old scans and fixes.
enum HistoryCommand {
  static let specs: [OptionSpec] = [
    OptionSpec(name: "store", kind: .single, valueName: "LOCATION", help: "the history store"),
    OptionSpec(name: "account", kind: .single, valueName: "ID", help: "only this account"),
    OptionSpec(name: "limit", kind: .single, valueName: "N", help: "at most N scans (newest)"),
    OptionSpec(
      name: "check", kind: .single, valueName: "ID", help: "with fixes: only this check"),
    OptionSpec(
      name: "resource", kind: .single, valueName: "ID", help: "with fixes: only this resource"),
    OptionSpec(
      name: "keep", kind: .single, valueName: "AGE",
      help: "with prune: keep scans newer than AGE, in hours, days or weeks: 12h, 90d, 2w"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static func run(_ arguments: [String], environment: [String: String]) throws -> ExitCode {
    let parsed = try parseArguments(arguments, specs: specs)
    if parsed.flag("help") {
      Console.out(
        "USAGE: parapet history [--account ID] [--limit N] [--store LOCATION]\n"
          + "       parapet history fixes [--account ID] [--check ID] [--resource ID]\n"
          + "       parapet history prune --keep AGE [--store LOCATION]\n\n"
          + "prune forgets scans and fix results older than AGE: a whole number of hours,\n"
          + "days or weeks (12h, 90d, 2w), from 1h to 36500d. Minutes are not taken: 'm'\n"
          + "could as well mean months.\n\nOPTIONS:\n"
          + optionsHelp(specs))
      return .success
    }
    if parsed.positional == ["prune"] { return try prune(parsed, environment: environment) }
    let store = try StoreAccess.openExisting(parsed.value("store"), environment: environment)

    switch parsed.positional {
    case []:
      let limit = try parsed.value("limit").map { text -> Int in
        guard let number = Int(text), number > 0 else {
          throw UsageError("--limit '\(text)' must be a positive number")
        }
        return number
      }
      let scans = try store.scans(account: parsed.value("account"), limit: limit)
      guard !scans.isEmpty else {
        let account = parsed.value("account").map { " for account \($0)" } ?? ""
        Console.out("No scans recorded\(account) in this store.")
        return .success
      }
      Console.out(
        "SCAN  FINISHED (UTC)          ACCOUNT       STATUS    RESOURCES  FAILING  KIND")
      for scan in scans {
        Console.out(
          [
            String(scan.id).padding(toLength: 4, withPad: " ", startingAt: 0),
            UTCTimestamp.iso8601(scan.metadata.finishedAt).padding(
              toLength: 22, withPad: " ", startingAt: 0),
            scan.metadata.account.padding(toLength: 12, withPad: " ", startingAt: 0),
            scan.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0),
            String(scan.resourceCount).padding(toLength: 9, withPad: " ", startingAt: 0),
            String(scan.failingCount).padding(toLength: 7, withPad: " ", startingAt: 0),
            scan.metadata.rescanOf == nil ? "scan" : "rescan",
          ].joined(separator: "  "))
      }
      return .success
    case ["fixes"]:
      let check = parsed.value("check")
      let resource = parsed.value("resource")
      let records = try store.remediations(account: parsed.value("account"), fingerprint: nil)
        .filter { record in
          (check == nil || record.checkId == check)
            && (resource == nil || record.resourceId == resource)
        }
      Console.write(FixHistoryTable.render(records))
      return .success
    default:
      throw UsageError(
        "unexpected argument '\(parsed.positional[0])'; see 'parapet history --help'")
    }
  }

  /// `history prune --keep AGE`. The age is checked before the store is opened, so a
  /// mistyped one is a usage error naming it whatever the store.
  private static func prune(
    _ parsed: ParsedArguments, environment: [String: String]
  ) throws -> ExitCode {
    guard let text = parsed.value("keep") else {
      throw UsageError(
        "'parapet history prune' needs --keep AGE: hours, days or weeks (h, d or w), such as "
          + "12h, 90d or 2w")
    }
    let keep: RetentionPeriod
    do {
      keep = try RetentionPeriod(text)
    } catch {
      throw UsageError("--keep '\(text)' \(error.reason)")
    }

    let store = try StoreAccess.openExisting(parsed.value("store"), environment: environment)
    let result = try store.prune(finishedBefore: keep.cutoff())
    Console.out("Pruned \(result.scans) scan(s) and \(result.bodies) unreferenced body(ies).")
    return .success
  }
}

/// `parapet diff [OLD NEW]`: what changed between two recorded scans, by default the last
/// two of an account.
enum DiffCommand {
  static let specs: [OptionSpec] = [
    OptionSpec(name: "store", kind: .single, valueName: "LOCATION", help: "the history store"),
    OptionSpec(
      name: "account", kind: .single, valueName: "ID",
      help: "account whose last two scans to compare (default: the newest scan's)"),
    OptionSpec(
      name: "format", kind: .single, valueName: "F",
      help: "text, json or markdown (default: text)"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static func run(_ arguments: [String], environment: [String: String]) throws -> ExitCode {
    let parsed = try parseArguments(arguments, specs: specs)
    if parsed.flag("help") {
      Console.out(
        "USAGE: parapet diff [OLD_SCAN NEW_SCAN] [options]\n\nOPTIONS:\n" + optionsHelp(specs))
      return .success
    }
    let formatName = parsed.value("format") ?? "text"
    guard let format = DiffFormat(rawValue: formatName) else {
      throw UsageError("unknown diff format '\(formatName)'; valid formats: text, json, markdown")
    }
    let store = try StoreAccess.openExisting(parsed.value("store"), environment: environment)

    let (old, new) = try scanPair(parsed, store)
    Console.write(try store.diff(old: old, new: new).render(format))
    return .success
  }

  private static func scanPair(
    _ parsed: ParsedArguments, _ store: any ScanStore
  ) throws -> (Int64, Int64) {
    switch parsed.positional.count {
    case 2:
      guard let old = Int64(parsed.positional[0]), let new = Int64(parsed.positional[1]) else {
        throw UsageError("scan ids are numbers, as 'parapet history' lists them")
      }
      return (old, new)
    case 0:
      let account =
        try parsed.value("account")
        ?? store.scans(account: nil, limit: 1).first?
        .metadata.account
      guard let account else {
        throw CommandError("the history store has no scans yet; run 'parapet scan aws' first")
      }
      let latest = try store.latestScans(account: account, count: 2)
      guard latest.count == 2 else {
        throw CommandError(
          "account \(account) has \(latest.count) recorded scan(s); diff needs two")
      }
      return (latest[1].id, latest[0].id)
    default:
      throw UsageError("give two scan ids, or none for the last two scans of an account")
    }
  }
}
