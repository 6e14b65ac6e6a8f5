import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetReport
import ParapetRules
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
    let rules = try loadRules(options)
    try OutputDirectory.prepare(options.outputDirectory)
    let mutelist = try options.mutelistPath.map {
      try MutelistDecoder.load(URL(fileURLWithPath: $0))
    }

    let session = try await AWSSession.open(
      profile: options.profile, regions: options.regions, endpointURL: options.endpointURL,
      environment: environment, logger: logger)
    let started = Date()
    let cpuStarted = ProcessClock.cpuSeconds()

    let identity = try await AccountDiscovery.callerIdentity(
      session.client, region: session.homeRegion)
    let regions = try await scanRegions(options, session: session, logger: logger)
    let collectors = AccountScanner.allCollectors.filter {
      options.services.isEmpty || options.services.contains($0.service)
    }
    logger.info(
      "scan starting",
      [
        "aws.account": identity.account, "aws.regions": regions.joined(separator: ","),
        "aws.credentials.source": session.credentialSource,
      ])

    let progress = ProgressReporter(
      mode: .choose(
        quiet: options.quiet, isTerminal: Console.isTerminal(STDERR_FILENO),
        width: TerminalWidth.columns(environment)),
      sink: StandardErrorProgressSink())
    let observer = ProgressObserver(progress: progress)
    await progress.record(.planned(units: plannedUnits(collectors, regions: regions)))
    let context = CollectionContext(
      client: session.client, account: identity.account, logger: logger)
    let sampling = Task {
      while !Task.isCancelled {
        let totals = await session.client.statistics.totals()
        await progress.record(.totals(calls: totals.calls, retries: totals.retries))
        try? await Task.sleep(nanoseconds: 100_000_000)
      }
    }
    let inventory = await AccountScanner(collectors: collectors).scan(
      context: context, regions: regions, homeRegion: session.homeRegion, observer: observer)
    sampling.cancel()
    await progress.finish()

    let evaluated = RuleEngine(rules: rules).evaluate(inventory)
    let findings =
      mutelist?.apply(to: evaluated, inventory: inventory, logger: logger) ?? evaluated
    let metadata = ScanMetadata(
      scanId: UUID().uuidString.lowercased(), account: identity.account,
      callerArn: identity.arn, regions: regions, services: collectors.map(\.service),
      startedAt: started, finishedAt: Date(), parapetVersion: Parapet.version,
      apiCalls: await callCounts(session.client.statistics),
      cpuSeconds: ProcessClock.cpuSeconds() - cpuStarted)
    let paths = try ScanReportWriter(outputDirectory: options.outputDirectory).write(
      metadata: metadata, inventory: inventory, findings: findings, formats: options.formats,
      checks: CheckCatalog.info(rules))

    if let store = options.store {
      try StoreAccess.record(
        ScanRecord(metadata: metadata, inventory: inventory, findings: findings), in: store,
        environment: environment)
    }

    if !options.quiet {
      let color = TerminalStyle.colorEnabled(
        environment: environment, isTerminal: Console.isTerminal(STDOUT_FILENO))
      let width = TerminalWidth.columns(environment)
      Console.write(
        TerminalSummary.render(
          metadata: metadata, inventory: inventory, findings: findings, reports: paths,
          width: width, color: color))
      for id in options.compliance {
        let report = ComplianceReport.evaluate(
          framework: try ComplianceCatalog.framework(id: id), findings: findings)
        Console.write("\n" + ComplianceSummary.render(report, width: width, color: color))
      }
    }
    let failing = findings.contains { $0.status == .fail && $0.severity >= options.failOn }
    return failing ? .findingsFailed : .success
  }

  /// Built-in rules plus `--rules` directories, narrowed by the selection options, to the
  /// selected services, with `--compliance` to the checks the frameworks map, and to the
  /// rules whose every resource type the selected collectors produce: a rule reading a
  /// type nobody collected would judge missing data.
  static func loadRules(_ options: ScanOptions) throws -> RuleSet {
    let directories = options.rulesDirectories.map { URL(fileURLWithPath: $0) }
    var selection = options.selection
    selection.services = options.services
    var rules = try RuleSet.load(directories: directories).selecting(selection).rules

    if !options.compliance.isEmpty {
      var mapped: Set<String> = []
      for id in options.compliance {
        mapped.formUnion(try ComplianceCatalog.framework(id: id).checkIds)
      }
      rules = rules.filter { mapped.contains($0.id) }
    }
    if !options.services.isEmpty {
      var collected: Set<String> = ["aws.account", "aws.region"]
      for collector in AccountScanner.allCollectors
      where options.services.contains(collector.service) {
        collected.formUnion(collector.resourceTypes)
      }
      rules = rules.filter { $0.requiredTypes.isSubset(of: collected) }
    }
    return RuleSet(rules: rules)
  }

  /// `--region` when given, else every region the account has enabled.
  private static func scanRegions(
    _ options: ScanOptions, session: AWSSession, logger: Logger
  ) async throws -> [String] {
    guard options.regions.isEmpty else { return options.regions }
    do {
      return try await AccountDiscovery.enabledRegions(session.client, region: session.homeRegion)
    } catch let error as AWSError {
      logger.warning(
        "cannot list enabled regions; scanning only the home region",
        ["aws.region": session.homeRegion, "error": error.description])
      return [session.homeRegion]
    }
  }

  private static func plannedUnits(_ collectors: [any Collector], regions: [String]) -> Int {
    collectors.reduce(0) { sum, collector in
      sum + (collector.scope == .global ? 1 : regions.count)
    }
  }

  private static func callCounts(
    _ statistics: RequestStatistics
  ) async -> [String: ServiceCallStats] {
    await statistics.snapshot().mapValues {
      ServiceCallStats(calls: $0.calls, retries: $0.retries)
    }
  }
}

/// Forwards collector progress to the progress line.
struct ProgressObserver: ScanObserver {
  let progress: ProgressReporter

  func collectorStarted(service: String, region: String) async {
    await progress.record(.serviceStarted(service: service, region: region))
  }

  func collectorFinished(service: String, region: String, resources: Int, failures: Int) async {
    await progress.record(.serviceFinished(service: service, region: region))
    for _ in 0..<failures {
      await progress.record(.failed(service: service, region: region, operation: ""))
    }
  }
}

/// CPU time of this process, to set Parapet's own work beside the wall time spent waiting
/// for the cloud.
enum ProcessClock {
  /// User plus system CPU seconds used so far.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }
}

/// The terminal width for layout: `COLUMNS`, else the terminal's own, else 100.
enum TerminalWidth {
  static func columns(_ environment: [String: String]) -> Int {
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 100
  }
}
