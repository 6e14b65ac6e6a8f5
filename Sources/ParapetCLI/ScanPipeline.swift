import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetReport
import ParapetRules
import ParapetStore

/// One scan of an AWS account, from the caller's identity to judged findings: the part that
/// `scan aws` and `watch` share, so that both always judge an account the same way.
///
/// `run` writes nothing. Reports and the store are written by the caller from the finished
/// `ScannedAccount`, so a scan abandoned midway (a failed call, a stop signal) leaves no
/// trace.
struct ScanPipeline: Sendable {
  /// What the command line asked for.
  let options: ScanOptions
  /// The checks to run, already narrowed by the selection options.
  let rules: RuleSet
  /// Accepted failures from `--mutelist`.
  let mutelist: Mutelist?
  let logger: Logger

  /// Built-in rules plus `--rules` directories, narrowed by the selection options, to the
  /// selected services, with `--compliance` to the checks the frameworks map, and to the
  /// rules whose every resource type the selected collectors produce: a rule reading a
  /// type nobody collected would judge missing data.
  static func loadRules(_ options: ScanOptions) throws -> RuleSet {
    let directories = options.rulesDirectories.map { URL(fileURLWithPath: $0) }
    var selection = options.selection
    let all = try RuleSet.load(directories: directories)
    if let problem = selection.unmatchedName(in: all.rules) { throw UsageError(problem) }
    selection.services = options.services
    var rules = all.selecting(selection).rules

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
    if let problem = outOfServices(options, named: all.selecting(options.selection).rules, rules) {
      throw UsageError(problem)
    }
    return RuleSet(rules: rules)
  }

  /// Checks asked for by name that `--service` leaves none of would end in a scan with no
  /// finding and nothing saying why: that is a usage error naming the services they need.
  private static func outOfServices(_ options: ScanOptions, named: [Rule], _ kept: [Rule])
    -> String?
  {
    guard !options.selection.include.isEmpty, !options.services.isEmpty,
      options.compliance.isEmpty, kept.isEmpty,
      !named.isEmpty
    else { return nil }
    let needed = Set(named.map(\.service)).sorted().joined(separator: ",")
    return "--checks \(options.selection.include.joined(separator: ",")) needs --service "
      + "\(needed), which --service \(options.services.joined(separator: ",")) leaves out; "
      + "add those services or drop --service"
  }

  /// The `--mutelist` file, decoded; nil without the option.
  static func loadMutelist(_ options: ScanOptions) throws -> Mutelist? {
    try options.mutelistPath.map { try MutelistDecoder.load(URL(fileURLWithPath: $0)) }
  }

  /// Finds out whose account `session` reaches, collects it, and evaluates the checks.
  /// API call counts in the metadata are this scan's own, even when `session` served
  /// earlier scans.
  func run(session: AWSSession, progress: ProgressReporter) async throws -> ScannedAccount {
    let started = Date()
    let cpuStarted = ProcessClock.cpuSeconds()
    let callsBefore = await session.client.statistics.snapshot()

    let identity = try await AccountDiscovery.callerIdentity(
      session.client, region: session.homeRegion)
    let regions = try await scanRegions(session)
    let collectors = AccountScanner.allCollectors.filter {
      options.services.isEmpty || options.services.contains($0.service)
    }
    logger.info(
      "scan starting",
      [
        "aws.account": identity.account, "aws.regions": regions.joined(separator: ","),
        "aws.credentials.source": session.credentialSource,
      ])

    let inventory = await collect(
      collectors, regions: regions, account: identity.account, session: session,
      progress: progress, callsBefore: callsBefore)

    let evaluated = RuleEngine(rules: rules).evaluate(inventory)
    let findings =
      mutelist?.apply(to: evaluated, inventory: inventory, logger: logger) ?? evaluated
    let metadata = ScanMetadata(
      scanId: UUID().uuidString.lowercased(), account: identity.account,
      callerArn: identity.arn, regions: regions, services: collectors.map(\.service),
      startedAt: started, finishedAt: Date(), parapetVersion: Parapet.version,
      apiCalls: Self.callCounts(await session.client.statistics.snapshot(), since: callsBefore),
      cpuSeconds: ProcessClock.cpuSeconds() - cpuStarted)
    return ScannedAccount(metadata: metadata, inventory: inventory, findings: findings)
  }

  /// Writes the scan's report directory under `directory` in the `--format` formats.
  func writeReports(_ scan: ScannedAccount, to directory: String) throws -> ScanReportPaths {
    try ScanReportWriter(outputDirectory: directory).write(
      metadata: scan.metadata, inventory: scan.inventory, findings: scan.findings,
      formats: options.formats, checks: CheckCatalog.info(rules))
  }

  private func collect(
    _ collectors: [any Collector], regions: [String], account: String, session: AWSSession,
    progress: ProgressReporter, callsBefore: [String: ServiceStatistics]
  ) async -> Inventory {
    let observer = ProgressObserver(progress: progress)
    await progress.record(.planned(units: Self.plannedUnits(collectors, regions: regions)))
    let context = CollectionContext(client: session.client, account: account, logger: logger)
    let before = Self.sum(callsBefore)
    let sampling = Task {
      while !Task.isCancelled {
        let totals = await session.client.statistics.totals()
        await progress.record(
          .totals(calls: totals.calls - before.calls, retries: totals.retries - before.retries))
        try? await Task.sleep(nanoseconds: 100_000_000)
      }
    }
    let inventory = await AccountScanner(collectors: collectors).scan(
      context: context, regions: regions, homeRegion: session.homeRegion, observer: observer)
    sampling.cancel()
    await progress.finish()
    return inventory
  }

  /// `--region` when given, else every region the account has enabled.
  private func scanRegions(_ session: AWSSession) async throws -> [String] {
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

  /// Calls per service made since `before` was taken.
  private static func callCounts(
    _ now: [String: ServiceStatistics], since before: [String: ServiceStatistics]
  ) -> [String: ServiceCallStats] {
    var counts: [String: ServiceCallStats] = [:]
    for (service, stats) in now {
      let earlier = before[service] ?? ServiceStatistics()
      guard stats.calls > earlier.calls || earlier.calls == 0 else { continue }
      counts[service] = ServiceCallStats(
        calls: stats.calls - earlier.calls, retries: stats.retries - earlier.retries)
    }
    return counts
  }

  private static func sum(_ statistics: [String: ServiceStatistics]) -> ServiceStatistics {
    statistics.values.reduce(into: ServiceStatistics()) { sum, next in
      sum.calls += next.calls
      sum.retries += next.retries
    }
  }
}

/// A finished scan: what was collected and how the checks judged it.
struct ScannedAccount: Sendable {
  /// Scope, identity, times and call counts.
  var metadata: ScanMetadata
  /// Resources and failed calls.
  var inventory: Inventory
  /// Every verdict, mutelist applied.
  var findings: [Finding]

  /// The scan as the history store records it.
  var record: ScanRecord {
    ScanRecord(metadata: metadata, inventory: inventory, findings: findings)
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
