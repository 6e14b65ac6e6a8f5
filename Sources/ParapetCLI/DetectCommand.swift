import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetDetect
import ParapetReport
import ParapetStore

/// `parapet detect cloudtrail SOURCE`: runs the built-in detections and Sigma rules over
/// CloudTrail events from files, an S3 log bucket or the LookupEvents API, and writes the
/// alerts as findings with the same report formats as a scan.
enum DetectCommand {
  static let specs: [OptionSpec] = [
    OptionSpec(
      name: "lookup", kind: .flag, help: "read the last 90 days through the LookupEvents API"),
    OptionSpec(
      name: "since", kind: .single, valueName: "TIME",
      help: "skip events before TIME (ISO 8601, or a duration back from now: 24h, 7d)"),
    OptionSpec(
      name: "until", kind: .single, valueName: "TIME", help: "skip events at or after TIME"),
    OptionSpec(
      name: "rules", kind: .list, valueName: "DIR",
      help: "directory of Sigma rules to run beside the bundled ones"),
    OptionSpec(
      name: "no-builtin", kind: .flag,
      help: "run only Sigma rules (the bundled ones and --rules), not the built-in detections"),
    OptionSpec(
      name: "output-dir", kind: .single, valueName: "DIR",
      help: "where the report directory is created (default: ./parapet-out)"),
    OptionSpec(
      name: "format", kind: .list, valueName: "F", help: "report formats, as for scan"),
    OptionSpec(
      name: "fail-on", kind: .single, valueName: "SEVERITY",
      help: "exit 3 when an alert is at or above this severity (default: low)"),
    OptionSpec(name: "profile", kind: .single, valueName: "NAME", help: "AWS profile (S3 and API)"),
    OptionSpec(name: "region", kind: .single, valueName: "R", help: "AWS region (S3 and API)"),
    OptionSpec(
      name: "endpoint-url", kind: .single, valueName: "URL", help: "AWS endpoint override"),
    OptionSpec(
      name: "store", kind: .single, valueName: "LOCATION",
      help: "also record the alerts in this history store (a SQLite path or postgres://...)"),
    OptionSpec(name: "quiet", kind: .flag, help: "no summary; errors only"),
    OptionSpec(
      name: "log-level", kind: .single, valueName: "LEVEL", help: "as for scan (default: warning)"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static var help: String {
    """
    USAGE: parapet detect cloudtrail PATH|s3://BUCKET/PREFIX|--lookup [options]

    Reads CloudTrail log files (JSON with a Records array, usually gzipped; a directory tree
    of them; or newline-delimited events), the trail's S3 bucket, or the LookupEvents API,
    and raises alerts grouped by identity and time.

    OPTIONS:
    \(optionsHelp(specs))

    EXIT CODES: 0 no alert at or above --fail-on, 3 some, 1 error, 2 usage.
    """
  }

  static func run(_ arguments: [String], environment: [String: String]) async throws -> ExitCode {
    // CloudTrail is the only source type, so its help is the help of 'detect'.
    if arguments == ["--help"] {
      Console.out(help)
      return .success
    }
    guard arguments.first == "cloudtrail" else {
      throw UsageError("'parapet detect' needs a source type: 'parapet detect cloudtrail'")
    }
    let parsed = try parseArguments(Array(arguments.dropFirst()), specs: specs)
    if parsed.flag("help") {
      Console.out(help)
      return .success
    }
    let options = try DetectOptions(parsed, now: Date())
    let logger = Logger(level: options.logLevel, sink: StandardErrorLogSink())

    var session = DetectionSession(
      sigmaRules: try DetectionRules.sigma(
        directories: options.ruleDirectories, builtins: options.builtins, logger: logger),
      builtins: options.builtins, options: options.detection)
    let started = Date()
    var account = "unknown"
    var caller = ""
    switch options.source {
    case .path(let path):
      guard FileManager.default.fileExists(atPath: path) else {
        throw CommandError("cannot read '\(path)': no such file or directory")
      }
      session.ingest(path: path)
    case .s3(let bucket, let prefix):
      let aws = try await awsSession(options, environment: environment, logger: logger)
      (account, caller) = try await AccountDiscovery.callerIdentity(
        aws.client, region: aws.homeRegion)
      let keys = try await CloudTrailLogSource.logObjectKeys(
        aws.client, bucket: bucket, prefix: prefix, region: aws.homeRegion)
      for key in keys {
        let bytes = try await CloudTrailLogSource.object(
          aws.client, bucket: bucket, key: key, region: aws.homeRegion)
        session.ingest(bytes: bytes, label: "s3://\(bucket)/\(key)")
      }
    case .lookup:
      let aws = try await awsSession(options, environment: environment, logger: logger)
      (account, caller) = try await AccountDiscovery.callerIdentity(
        aws.client, region: aws.homeRegion)
      try await CloudTrailLogSource.lookupEvents(
        aws.client, region: aws.homeRegion, start: options.sinceDate, end: options.untilDate
      ) { bytes, page in
        session.ingest(bytes: bytes, label: "LookupEvents page \(page)")
      }
    }
    let report = session.finish()
    guard report.statistics.events > 0 || report.problems.isEmpty else {
      for problem in report.problems { logger.error("\(problem)") }
      throw CommandError(
        "no CloudTrail event could be read (\(report.problems.count) input problem(s) above); "
          + "check that the input holds CloudTrail records")
    }

    for problem in report.problems { logger.warning("\(problem)") }
    if report.droppedProblems > 0 {
      logger.warning("\(report.droppedProblems) more input problems not shown")
    }
    if account == "unknown", let first = report.findings.first?.account, !first.isEmpty {
      account = first
    }
    let metadata = ScanMetadata(
      scanId: UUID().uuidString.lowercased(), account: account, callerArn: caller,
      regions: [], services: ["cloudtrail"], startedAt: started, finishedAt: Date(),
      parapetVersion: Parapet.version, cpuSeconds: ProcessClock.cpuSeconds())
    let inventory = Inventory(account: account, regions: [])
    let paths = try ScanReportWriter(outputDirectory: options.outputDirectory).write(
      metadata: metadata, inventory: inventory, findings: report.findings,
      formats: options.formats)
    if let store = options.store {
      try StoreAccess.record(
        ScanRecord(metadata: metadata, inventory: inventory, findings: report.findings),
        in: store, environment: environment)
    }

    if !options.quiet {
      Console.out(
        "Read \(report.statistics.files) file(s), \(report.statistics.events) event(s), "
          + "\(report.statistics.bytes / 1_000_000) MB; \(report.findings.count) alert(s); "
          + "\(report.problems.count + report.droppedProblems) input problem(s).")
      let width = TerminalWidth.columns(environment)
      let color = TerminalStyle.colorEnabled(
        environment: environment, isTerminal: Console.isTerminal(STDOUT_FILENO))
      Console.write(
        TerminalSummary.renderDetection(
          metadata: metadata, findings: report.findings, reports: paths, width: width,
          color: color))
    }
    let alerting = report.findings.contains { $0.severity >= options.failOn }
    return alerting ? .findingsFailed : .success
  }

  private static func awsSession(
    _ options: DetectOptions, environment: [String: String], logger: Logger
  ) async throws -> AWSSession {
    try await AWSSession.open(
      profile: options.profile, regions: options.region.map { [$0] } ?? [],
      endpointURL: options.endpointURL, environment: environment, logger: logger)
  }
}
