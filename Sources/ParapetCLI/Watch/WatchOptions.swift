import Foundation
import ParapetCore
import ParapetNotify

/// What `parapet watch` was asked to do: the scan options of `scan aws`, plus how often
/// to scan, what to announce and where. Validated before any call is made.
struct WatchOptions: Sendable {
  /// How every scan is made; `store` is always set (watch needs the history).
  var scan: ScanOptions
  /// Seconds to wait after one scan ends before the next starts.
  var interval: TimeInterval
  /// The lowest severity announced.
  var notifySeverity: Severity
  /// Webhooks to notify, in the order given.
  var webhooks: [WebhookChannel]
  /// Stop after this many scans (failed ones count); nil to run until stopped.
  var maxScans: Int?
  /// Where each scan's reports go; nil to write none (the store keeps every scan).
  var reportsDirectory: String?
  /// `--store`, or nil for the per-user default.
  var store: String?

  /// `scan aws`'s options that make sense for a watch, then the watch's own.
  static let specs: [OptionSpec] = {
    let shared = ScanOptions.specs.compactMap { spec -> OptionSpec? in
      switch spec.name {
      case "fail-on", "no-store", "help": return nil
      case "output-dir":
        var reports = spec
        reports.help =
          "write each scan's reports under DIR (default: none; the store keeps "
          + "every scan)"
        return reports
      case "compliance":
        var compliance = spec
        compliance.help = "run only the checks these frameworks map (parapet compliance list)"
        return compliance
      case "quiet":
        var quiet = spec
        quiet.help = "print nothing on standard output; logs and errors only"
        return quiet
      default: return spec
      }
    }
    return shared + [
      OptionSpec(
        name: "every", kind: .single, valueName: "DURATION",
        help: "wait this long after each scan: 30s, 15m, 1h, 1d, at most 366d (default: 15m)"),
      OptionSpec(
        name: "notify-severity", kind: .single, valueName: "SEVERITY",
        help: "announce new failing findings at or above this severity (default: high)"),
      OptionSpec(
        name: "webhook", kind: .repeated, valueName: "URL",
        help: "POST Parapet's JSON payload (docs/MONITORING.md) here; repeatable; "
          + "env:NAME reads the URL from that variable"),
      OptionSpec(
        name: "slack-webhook", kind: .repeated, valueName: "URL",
        help: "post a Slack message to this incoming webhook; repeatable; env:NAME allowed"),
      OptionSpec(
        name: "teams-webhook", kind: .repeated, valueName: "URL",
        help: "post a Teams Adaptive Card to this webhook; repeatable; env:NAME allowed"),
      OptionSpec(
        name: "max-scans", kind: .single, valueName: "N",
        help: "stop after N scans, failed ones included (default: run until stopped)"),
      OptionSpec(name: "help", kind: .flag, help: "show this help"),
    ]
  }()

  static var help: String {
    """
    USAGE: parapet watch [scan options] [--every 15m] [--notify-severity high]
                         [--webhook URL]... [--slack-webhook URL]... [--teams-webhook URL]...

    Scans an AWS account again and again: records each scan in the history store, compares
    it with the account's previous scan, and announces failing findings that are new at or
    above --notify-severity, once per finding, on standard output and to every webhook.
    The first scan of an account is its baseline and announces nothing. SIGINT or SIGTERM
    stops it cleanly.

    OPTIONS:
    \(optionsHelp(specs))

    EXIT CODES: 0 stopped by a signal or after --max-scans, 1 error before the first scan
    or a last scan (--max-scans) that failed or whose notifications no webhook took, 2 usage.
    """
  }

  /// Validates the command line; every mistake is a usage error naming the option.
  init(_ parsed: ParsedArguments, environment: [String: String]) throws {
    scan = try ScanOptions(parsed, command: "watch")
    store = try StoreAccess.checked(parsed.value("store"))
    scan.store = .some(store)
    reportsDirectory = parsed.value("output-dir")
    if let reportsDirectory, reportsDirectory.isEmpty {
      throw UsageError("--output-dir needs a directory; leave it out to write no reports")
    }
    if reportsDirectory == nil, !parsed.list("format").isEmpty {
      throw UsageError("--format chooses report formats; add --output-dir DIR to write reports")
    }

    interval = try WatchInterval.seconds(parsed.value("every") ?? "15m", option: "every")
    notifySeverity = try parsed.severity("notify-severity", fallback: .high) ?? .high
    if let text = parsed.value("max-scans") {
      guard let count = Int(text), count > 0 else {
        throw UsageError("--max-scans '\(text)' must be a whole number of at least 1")
      }
      maxScans = count
    }

    webhooks = []
    let kinds: [(String, WebhookFormat)] = [
      ("webhook", .generic), ("slack-webhook", .slack), ("teams-webhook", .teams),
    ]
    for (option, format) in kinds {
      for value in parsed.list(option) {
        webhooks.append(try Self.channel(value, format: format, option: option, environment))
      }
    }
  }

  /// The channel for one webhook option; `env:NAME` reads the URL from the environment so
  /// that it need not appear on the command line. Messages never repeat the URL.
  private static func channel(
    _ value: String, format: WebhookFormat, option: String, _ environment: [String: String]
  ) throws -> WebhookChannel {
    var url = value
    if value.hasPrefix("env:") {
      let name = String(value.dropFirst(4))
      guard let fromEnvironment = environment[name], !fromEnvironment.isEmpty else {
        throw UsageError("--\(option) env:\(name): the variable \(name) is not set or empty")
      }
      url = fromEnvironment
    }
    do {
      return try WebhookChannel(format: format, url: url)
    } catch {
      throw UsageError("--\(option): \(error.reason) (it is not shown: webhook URLs are secrets)")
    }
  }
}
