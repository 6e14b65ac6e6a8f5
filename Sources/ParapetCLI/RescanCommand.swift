import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetReport
import ParapetRules
import ParapetStore

/// `parapet rescan aws`: CloudTrail events in, the touched resources re-collected, their
/// checks judged again over the latest scan's inventory, and the result recorded as a new
/// complete scan.
enum RescanCommand {
  static func run(_ arguments: [String], environment: [String: String]) async throws -> ExitCode {
    let parsed = try parseArguments(arguments, specs: RescanOptions.specs)
    if parsed.flag("help") {
      Console.out(RescanOptions.help)
      return .success
    }
    let options = try RescanOptions(parsed, now: Date())
    try RescanEvents.checkPaths(options.sources)
    let logger = Logger(level: options.scan.logLevel, sink: StandardErrorLogSink())
    try OutputDirectory.prepare(options.scan.outputDirectory)
    let mutelist = try options.scan.mutelistPath.map {
      try MutelistDecoder.load(URL(fileURLWithPath: $0))
    }

    // Before any call: a rescan updates a recorded scan, so the store must exist.
    let store = try StoreAccess.openForRecording(
      options.scan.store ?? nil, environment: environment, existing: true)

    let session = try await AWSSession.open(
      profile: options.scan.profile, regions: options.scan.regions,
      endpointURL: options.scan.endpointURL, environment: environment, logger: logger)
    let started = Date()
    let cpuStarted = ProcessClock.cpuSeconds()
    let identity = try await AccountDiscovery.callerIdentity(
      session.client, region: session.homeRegion)
    let baseline = try RescanBaseline.latest(account: identity.account, in: store)
    // The rules the updated scan could run: all of them, or those over the services it
    // collected when it was narrowed with --service. Loaded before any event is read, so a
    // bad rule file costs no calls.
    var scanOptions = options.scan
    let services = baseline.summary.metadata.services
    if Set(services) != Set(AccountScanner.serviceNames) { scanOptions.services = services }
    let rules = try ScanPipeline.loadRules(scanOptions)

    let scope = try RescanScope(baseline: baseline.summary, regions: options.scan.regions)
    var events = RescanEvents(
      touched: TouchedResources(account: identity.account) { scope.contains($0) },
      since: options.since, until: options.until)
    try await events.read(
      options.sources, lookupRegions: options.lookup ? scope.lookupRegions : nil,
      lookupSince: options.since ?? baseline.summary.metadata.startedAt,
      client: session.client, homeRegion: session.homeRegion)
    try events.requireReadableInput()
    for problem in events.problems { logger.warning("\(problem)") }

    let steps = TargetedCollection.plan(
      events.touched.sortedTargets, homeRegion: session.homeRegion)
    let context = CollectionContext(
      client: session.client, account: identity.account, logger: logger)
    let recollected = await TargetedCollection.run(steps, context: context)
    let patched = baseline.inventory.applying(recollected.patch)

    let touchedTypes = RescanBaseline.types(
      of: patched.touchedIds, in: [baseline.inventory, patched.inventory])
    let evaluation = IncrementalEvaluation(engine: RuleEngine(rules: rules, logger: logger))
      .evaluate(
        patched.inventory, previous: baseline.findings, touchedIds: patched.touchedIds,
        touchedTypes: touchedTypes
      ) { fresh in
        mutelist?.apply(to: fresh, inventory: patched.inventory, logger: logger) ?? fresh
      }

    let calls = await session.client.statistics.snapshot().mapValues {
      ServiceCallStats(calls: $0.calls, retries: $0.retries)
    }
    var summary = RescanSummary(
      baseline: baseline.summary, events: events, steps: steps, recollected: recollected,
      patched: patched, evaluation: evaluation, previousFindings: baseline.findings,
      calls: calls)
    guard !steps.isEmpty else {
      if !options.scan.quiet { Console.write(summary.render()) }
      return exitCode(baseline.findings, failOn: options.scan.failOn)
    }

    let metadata = ScanMetadata(
      scanId: UUID().uuidString.lowercased(), account: identity.account,
      callerArn: identity.arn, regions: baseline.summary.metadata.regions,
      services: baseline.summary.metadata.services, startedAt: started, finishedAt: Date(),
      parapetVersion: Parapet.version, apiCalls: calls,
      cpuSeconds: ProcessClock.cpuSeconds() - cpuStarted,
      rescanOf: baseline.summary.metadata.scanId)
    let paths = try ScanReportWriter(outputDirectory: options.scan.outputDirectory).write(
      metadata: metadata, inventory: patched.inventory, findings: evaluation.findings,
      formats: options.scan.formats, checks: CheckCatalog.info(rules))
    let partial = baseline.summary.status == .partial || !patched.inventory.failures.isEmpty
    summary.recordedScan = try store.record(
      ScanRecord(
        metadata: metadata, inventory: patched.inventory, findings: evaluation.findings,
        status: partial ? .partial : .complete))
    summary.reports = paths.directory

    if !options.scan.quiet { Console.write(summary.render()) }
    return exitCode(evaluation.findings, failOn: options.scan.failOn)
  }

  private static func exitCode(_ findings: [Finding], failOn: Severity) -> ExitCode {
    findings.contains { $0.status == .fail && $0.severity >= failOn } ? .findingsFailed : .success
  }
}
