import Foundation
import ParapetCore
import ParapetReport
import ParapetStore

/// `parapet scan aws`: resolve credentials, collect, evaluate, write reports, summarise.
enum ScanCommand {
  static func run(_ arguments: [String], environment: [String: String]) async throws -> ExitCode {
    let parsed = try parseArguments(arguments, specs: ScanOptions.specs)
    if parsed.flag("help") {
      Console.out(ScanOptions.help)
      return .success
    }
    let options = try ScanOptions(parsed)
    let logger = Logger(level: options.logLevel, sink: StandardErrorLogSink())
    let interruption = ScanInterruption()
    let rules = try ScanPipeline.loadRules(options)
    // Opened before any call: a store that cannot be opened fails the run at once, not
    // after a whole scan's worth of collection.
    let store = try options.store.map {
      try StoreAccess.openForRecording($0, environment: environment)
    }
    let created = try OutputDirectory.prepare(options.outputDirectory)
    defer { if created { OutputDirectory.removeIfEmpty(options.outputDirectory) } }
    if created { interruption.removeOnStop(options.outputDirectory) }
    let pipeline = ScanPipeline(
      options: options, rules: rules, mutelist: try ScanPipeline.loadMutelist(options),
      logger: logger)

    let session = try await AWSSession.open(
      profile: options.profile, regions: options.regions, endpointURL: options.endpointURL,
      environment: environment, logger: logger)
    let progress = ProgressReporter(
      mode: .choose(
        quiet: options.quiet, isTerminal: Console.isTerminal(STDERR_FILENO),
        width: TerminalWidth.columns(environment)),
      sink: StandardErrorProgressSink())
    let scan = try await pipeline.run(session: session, progress: progress)

    // The history store and the report files are written at once: neither reads the other,
    // and each is a second or so of one core's work on a large account.
    let writing = Date()
    interruption.beginWriting()
    async let recorded: Void = record(scan.record, in: store)
    let paths = try pipeline.writeReports(scan, to: options.outputDirectory)
    try await recorded
    logger.debug(
      "reports and history written",
      ["duration.seconds": String(format: "%.2f", Date().timeIntervalSince(writing))])

    // The summary says which calls failed; without it, one line still says that some did,
    // since an exit code of 0 would otherwise hide checks that were never evaluated.
    let failedCalls = scan.inventory.failures.count
    if options.quiet, failedCalls > 0 {
      Console.err(
        "parapet: warning: \(failedCalls) collection call(s) failed, so some checks were not "
          + "evaluated; the reports list them")
    }
    if !options.quiet {
      let color = TerminalStyle.colorEnabled(
        environment: environment, isTerminal: Console.isTerminal(STDOUT_FILENO))
      let width = TerminalWidth.columns(environment)
      Console.write(
        TerminalSummary.render(
          metadata: scan.metadata, inventory: scan.inventory, findings: scan.findings,
          reports: paths,
          width: width, color: color))
      for id in options.compliance {
        let report = ComplianceReport.evaluate(
          framework: try ComplianceCatalog.framework(id: id), findings: scan.findings)
        Console.write("\n" + ComplianceSummary.render(report, width: width, color: color))
      }
    }
    if let code = interruption.exitCodeAfterWriting {
      Console.err("parapet: stopped by a signal; the reports and history above were written whole")
      ScanInterruption.exitNow(code)
    }
    // Checks that all lacked their data judged nothing: exiting 0 would pass a CI gate on
    // an account nobody read.
    let judged = scan.findings.contains { $0.status != .notEvaluated }
    if !judged, !scan.findings.isEmpty {
      Console.err(
        "parapet: error: no check could be evaluated: the data of every selected check could not "
          + "be read (see 'Not evaluated' in the summary or the reports); fix the access or "
          + "the endpoint and scan again")
      return .error
    }
    let failing = scan.findings.contains { $0.status == .fail && $0.severity >= options.failOn }
    return failing ? .findingsFailed : .success
  }

  /// Records the scan in `store`; nothing without one, as with `--no-store`.
  private static func record(_ scan: ScanRecord, in store: (any ScanStore)?) throws {
    _ = try store?.record(scan)
  }
}
