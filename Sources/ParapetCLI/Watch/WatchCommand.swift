import Foundation
import ParapetAWS
import ParapetCore
import ParapetNotify
import ParapetReport

/// `parapet watch`: continuous monitoring. Everything a scan needs is checked before the
/// first one (options, rules, mutelist, report directory, credentials, the store), so a
/// mistake exits at once; after that, failures are logged and the watch goes on, and a
/// watch ended by `--max-scans` exits 1 when its last scan failed or none of its
/// notifications was delivered.
enum WatchCommand {
  static func run(_ arguments: [String], environment: [String: String]) async throws -> ExitCode {
    guard !arguments.contains("--no-store") else {
      throw UsageError(
        "watch records every scan in the history store to find what is new; drop --no-store "
          + "(--store chooses where)")
    }
    let parsed = try parseArguments(arguments, specs: WatchOptions.specs)
    if parsed.flag("help") {
      Console.out(WatchOptions.help)
      return .success
    }
    let options = try WatchOptions(parsed, environment: environment)
    let logger = Logger(level: options.scan.logLevel, sink: StandardErrorLogSink())
    let rules = try ScanPipeline.loadRules(options.scan)
    if let directory = options.reportsDirectory { try OutputDirectory.prepare(directory) }
    let pipeline = ScanPipeline(
      options: options.scan, rules: rules, mutelist: try ScanPipeline.loadMutelist(options.scan),
      logger: logger)
    _ = try StoreAccess.openForRecording(options.store, environment: environment)

    let stop = StopSignal()
    stop.installSignalHandlers()
    let session = try await AWSSession.open(
      profile: options.scan.profile, regions: options.scan.regions,
      endpointURL: options.scan.endpointURL, environment: environment, logger: logger)
    logger.info(
      "watch started",
      [
        "watch.every": String(Int(options.interval)) + "s",
        "watch.webhooks": options.webhooks.map(\.redactedURL).joined(separator: ","),
        "watch.notify_severity": options.notifySeverity.rawValue,
      ])

    let sender = WebhookSender(
      transport: CurlTransport(timeout: 10, workers: 2), sleeper: StopAwareSleeper(stop: stop),
      userAgent: "parapet/\(Parapet.version)", logger: logger)
    var console: (@Sendable (String) -> Void)?
    if !options.scan.quiet { console = { Console.out($0) } }
    let announcer = WatchAnnouncer(
      webhooks: options.webhooks, sender: sender, console: console,
      threshold: options.notifySeverity, stop: stop, logger: logger)
    var writeReports: (@Sendable (ScannedAccount) throws -> Void)?
    if let directory = options.reportsDirectory {
      writeReports = { scan in _ = try pipeline.writeReports(scan, to: directory) }
    }
    let loop = WatchLoop(
      // A reporter per scan: its counts start from zero each time.
      scan: {
        try await pipeline.run(
          session: session, progress: progressReporter(options, environment))
      },
      writeReports: writeReports,
      openStore: { try StoreAccess.open(options.store, environment: environment) },
      announcer: announcer, stop: stop, interval: options.interval,
      maxScans: options.maxScans, logger: logger)
    let tally = await loop.run()

    if let signal = stop.requestedBy {
      let noun = tally.recorded == 1 ? "scan" : "scans"
      Console.err("parapet watch: stopped by \(signal); \(tally.recorded) \(noun) recorded")
      return .success
    }
    // A watch that ends on a failed scan or on undelivered news did not do its job: CI and
    // cron must see it.
    if let problem = tally.lastProblem { throw CommandError(problem) }
    return .success
  }

  /// A progress line on a terminal; nothing otherwise, since a watch's stderr is a log.
  private static func progressReporter(
    _ options: WatchOptions, _ environment: [String: String]
  ) -> ProgressReporter {
    let terminal = !options.scan.quiet && Console.isTerminal(STDERR_FILENO)
    return ProgressReporter(
      mode: terminal ? .terminal(width: TerminalWidth.columns(environment)) : .quiet,
      sink: StandardErrorProgressSink())
  }
}
