import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetRemediation
import ParapetRules
import ParapetStore

/// `parapet fix`: plan fixes for failing findings, apply them on request, verify, undo.
enum FixCommand {
  static let specs: [OptionSpec] = [
    OptionSpec(
      name: "from", kind: .single, valueName: "FILE", help: "findings.json of an earlier scan"),
    OptionSpec(
      name: "scan", kind: .single, valueName: "ID",
      help: "a scan recorded in the history store (ids from 'parapet history')"),
    OptionSpec(
      name: "store", kind: .single, valueName: "LOCATION",
      help: "history store for --scan and for fix results (default: "
        + "~/.local/share/parapet/parapet.db, when it exists)"),
    OptionSpec(name: "no-store", kind: .flag, help: "do not record fix results in a store"),
    OptionSpec(name: "checks", kind: .list, valueName: "ID", help: "only these checks"),
    OptionSpec(name: "resources", kind: .list, valueName: "ID", help: "only these resource ids"),
    OptionSpec(
      name: "severity", kind: .list, valueName: "S", help: "only findings of these severities"),
    OptionSpec(name: "plan", kind: .flag, help: "print the plan and change nothing (default)"),
    OptionSpec(name: "apply", kind: .flag, help: "make the planned calls (default: plan only)"),
    OptionSpec(name: "yes", kind: .flag, help: "apply without asking (needed without a TTY)"),
    OptionSpec(name: "json", kind: .flag, help: "print the plan as JSON"),
    OptionSpec(
      name: "audit-log", kind: .single, valueName: "FILE",
      help: "JSON-lines audit log (default: ./parapet-fix-audit.jsonl)"),
    OptionSpec(
      name: "undo", kind: .single, valueName: "ENTRY", help: "restore what audit entry did"),
    OptionSpec(
      name: "flow-logs-bucket", kind: .single, valueName: "BUCKET",
      help: "S3 bucket (name or ARN) receiving new VPC flow logs"),
    OptionSpec(
      name: "config-role-arn", kind: .single, valueName: "ARN",
      help: "role for a new AWS Config recorder"),
    OptionSpec(
      name: "config-bucket", kind: .single, valueName: "BUCKET",
      help: "bucket for a new AWS Config delivery channel"),
    OptionSpec(
      name: "log-retention-days", kind: .single, valueName: "N",
      help: "raise shorter log group retention to N days (default: 365)"),
    OptionSpec(
      name: "logs-kms-key", kind: .single, valueName: "ARN", help: "KMS key for log groups"),
    OptionSpec(
      name: "trail", kind: .single, valueName: "NAME", help: "trail to make multi-region"),
    OptionSpec(
      name: "unused-key-days", kind: .single, valueName: "N",
      help: "deactivate access keys unused for N days (default: 90)"),
    OptionSpec(name: "profile", kind: .single, valueName: "NAME", help: "AWS profile"),
    OptionSpec(
      name: "region", kind: .single, valueName: "R", help: "home region for global services"),
    OptionSpec(
      name: "endpoint-url", kind: .single, valueName: "URL",
      help: "send every call to this endpoint, such as an emulator"),
    OptionSpec(
      name: "log-level", kind: .single, valueName: "LEVEL",
      help: "trace, debug, info, warning or error (default: warning)"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static var help: String {
    """
    USAGE: parapet fix --from findings.json [options]
           parapet fix --scan ID [--store LOCATION] [options]
           parapet fix --undo AUDIT_ENTRY [options]

    Plans fixes for failing findings: per resource the exact API calls and the permissions
    they need. Nothing changes without --apply. After applying, the touched resources are
    collected again and each finding is reported fixed, still failing or failed to apply.
    Results go to the audit log and, where a history store is in use, are recorded against
    their findings there ('parapet history fixes' lists them).

    OPTIONS:
    \(optionsHelp(specs))

    EXIT CODES: 0 planned or all fixed, 3 something still fails, 1 a call failed, 2 usage.
    """
  }

  static func run(_ arguments: [String], environment: [String: String]) async throws
    -> ExitCode
  {
    let parsed = try parseArguments(arguments, specs: specs)
    if parsed.flag("help") {
      Console.out(help)
      return .success
    }
    guard parsed.positional.isEmpty else {
      throw UsageError("unexpected argument '\(parsed.positional[0])'; see 'parapet fix --help'")
    }
    if parsed.flag("plan"), parsed.flag("apply") || parsed.value("undo") != nil {
      throw UsageError("--plan only prints the plan; it cannot go with --apply or --undo")
    }
    // Both name the findings to fix; using one and ignoring the other would fix findings
    // the user did not mean.
    if parsed.value("from") != nil, parsed.value("scan") != nil {
      throw UsageError(
        "--from and --scan exclude each other: each names the findings to fix; give one")
    }
    let auditLog = AuditLog(path: parsed.value("audit-log") ?? "parapet-fix-audit.jsonl")
    let undoId = parsed.value("undo")
    guard undoId != nil || parsed.value("from") != nil || parsed.value("scan") != nil else {
      throw UsageError(
        "say what to fix with --from findings.json or --scan ID (or undo with --undo ENTRY)")
    }
    // An entry that is not in the audit log, or cannot be undone, is known without a call:
    // say so before asking for confirmation or credentials.
    if let undoId { _ = try Remediator.undoable(entryId: undoId, in: auditLog) }
    let confirmed = parsed.flag("yes")
    let interactive = Console.isTerminal(STDIN_FILENO)
    if parsed.flag("apply") || undoId != nil, !confirmed, !interactive {
      throw UsageError(
        "changing AWS needs confirmation, and there is no terminal to ask on; "
          + "pass --yes to apply without asking")
    }
    let options = try fixOptions(parsed)
    let store = try resultStore(parsed, environment: environment)
    let findings = try undoId == nil ? selectedFindings(parsed, store: store) : []

    let levelName = parsed.value("log-level") ?? "warning"
    guard let level = LogLevel(name: levelName) else {
      throw UsageError("unknown log level '\(levelName)'")
    }
    let logger = Logger(level: level, sink: StandardErrorLogSink())
    let region = parsed.value("region")
    let session = try await AWSSession.open(
      profile: parsed.value("profile"), regions: region.map { [$0] } ?? [],
      endpointURL: parsed.value("endpoint-url"), environment: environment, logger: logger)
    let identity = try await AccountDiscovery.callerIdentity(
      session.client, region: session.homeRegion)
    // Resource ids do not always name their account (S3 bucket ARNs do not): findings of
    // one account planned with another's credentials would change the wrong resources.
    let otherAccounts = Set(findings.map(\.account)).subtracting([identity.account]).sorted()
    guard otherAccounts.isEmpty else {
      throw CommandError(
        "the findings are of account \(otherAccounts.joined(separator: ", ")) but the "
          + "credentials are of account \(identity.account) (\(identity.arn)); use "
          + "credentials for the findings' account (--profile) or findings of this one")
    }
    let remediator = Remediator(
      client: session.client, account: identity.account, homeRegion: session.homeRegion,
      rules: try RuleSet.load(), options: options)

    if let undoId {
      if !confirmed, !ask("Undo audit entry \(undoId)?") { return .success }
      let entry = try await remediator.undo(entryId: undoId, who: identity.arn, log: auditLog)
      try FixResults(store: store, account: identity.account, who: identity.arn)
        .record(undo: entry)
      let detail = entry.error.map { ": \($0)" } ?? ""
      Console.out(
        "\(entry.result): undo of \(undoId) on \(entry.resourceId)\(detail) "
          + "[audit \(entry.id)]")
      return entry.result == "undone" ? .success : .error
    }

    let planned = await remediator.plan(findings)
    if parsed.flag("json") {
      Console.out(JSONWriter(pretty: true).string(.array(planned.compactMap(\.plan?.json))))
    } else {
      Console.out(FixText.plan(planned))
    }
    guard parsed.flag("apply") else { return .success }
    let calls = planned.reduce(0) { $0 + ($1.plan?.calls.count ?? 0) }
    guard calls > 0 else {
      Console.out("Nothing to apply.")
      return .success
    }
    if !confirmed, !ask("Apply \(calls) call(s) to account \(identity.account)?") {
      Console.out("Nothing applied.")
      return .success
    }

    let reports = try await remediator.apply(planned, who: identity.arn, log: auditLog)
    Console.out("")
    Console.out(FixText.results(reports))
    Console.err("audit log: \(auditLog.path)")
    try FixResults(store: store, account: identity.account, who: identity.arn)
      .record(reports, scanId: parsed.value("scan").flatMap { Int64($0) })
    if reports.contains(where: { $0.verdict.label == "failed_to_apply" }) { return .error }
    if reports.contains(where: { $0.verdict.label == "still_failing" }) {
      return .findingsFailed
    }
    return .success
  }

  /// The store that `--scan` reads and fix results go to: the one `--store` names, else the
  /// per-user default when `--scan` needs it or scans have already been recorded there.
  /// None with `--no-store`, and none is created just to hold fix results.
  private static func resultStore(
    _ parsed: ParsedArguments, environment: [String: String]
  ) throws -> (any ScanStore)? {
    if let scan = parsed.value("scan"), Int64(scan) == nil {
      throw UsageError("--scan '\(scan)': scan ids are numbers, as 'parapet history' lists them")
    }
    if parsed.flag("no-store") {
      guard parsed.value("scan") == nil else {
        throw UsageError("--scan reads the history store; it cannot go with --no-store")
      }
      guard parsed.value("store") == nil else {
        throw UsageError("--store and --no-store exclude each other; give one")
      }
      return nil
    }
    if parsed.value("scan") != nil {
      return try StoreAccess.openExisting(parsed.value("store"), environment: environment)
    }
    if parsed.value("store") != nil {
      return try StoreAccess.open(parsed.value("store"), environment: environment)
    }
    guard case .sqlite(let path) = try StoreAccess.location(nil, environment: environment),
      FileManager.default.fileExists(atPath: path)
    else { return nil }
    return try StoreAccess.open(nil, environment: environment)
  }

  /// Failing findings of `--from` or `--scan`, narrowed by `--checks`, `--resources`,
  /// `--severity`.
  private static func selectedFindings(
    _ parsed: ParsedArguments, store: (any ScanStore)?
  ) throws -> [Finding] {
    let all: [Finding]
    if let scan = parsed.value("scan"), let id = Int64(scan), let store {
      guard try store.scan(id: id) != nil else {
        throw CommandError("the history store has no scan \(id); see 'parapet history'")
      }
      all = try store.findings(scan: id)
    } else {
      do {
        all = try FindingsFile.load(path: parsed.value("from") ?? "")
      } catch let error as RemediationError {
        // An unreadable or malformed file stops the run like any unreadable input (exit 1);
        // exit 2 is for command lines.
        throw CommandError(error.description)
      }
    }
    let checks = Set(parsed.list("checks"))
    let resources = Set(parsed.list("resources"))
    var severities = Set<Severity>()
    for name in parsed.list("severity") {
      guard let severity = Severity(rawValue: name.lowercased()) else {
        throw UsageError(
          "unknown severity '\(name)'; valid: "
            + Severity.allCases.map(\.rawValue).joined(separator: ", "))
      }
      severities.insert(severity)
    }
    return all.filter { finding in
      finding.status == .fail && (checks.isEmpty || checks.contains(finding.checkId))
        && (resources.isEmpty || resources.contains(finding.resourceId))
        && (severities.isEmpty || severities.contains(finding.severity))
    }
  }

  private static func fixOptions(_ parsed: ParsedArguments) throws -> FixOptions {
    func number(_ name: String, default value: Int, valid: (Int) -> Bool) throws -> Int {
      guard let text = parsed.value(name) else { return value }
      guard let number = Int(text), valid(number) else {
        throw UsageError("--\(name) '\(text)' is not valid; see 'parapet fix --help'")
      }
      return number
    }
    return FixOptions(
      flowLogsBucket: parsed.value("flow-logs-bucket"),
      configRoleArn: parsed.value("config-role-arn"),
      configBucket: parsed.value("config-bucket"),
      logRetentionDays: try number("log-retention-days", default: 365) {
        retentionDays.contains($0)
      },
      logsKMSKey: parsed.value("logs-kms-key"),
      unusedKeyDays: try number("unused-key-days", default: 90) { $0 >= 1 },
      trail: parsed.value("trail"))
  }

  /// The values CloudWatch Logs accepts for retentionInDays.
  static let retentionDays: Set<Int> = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557,
    2922, 3288, 3653,
  ]

  /// Asks a yes/no question on the terminal; anything but y or yes is no.
  private static func ask(_ question: String) -> Bool {
    FileHandle.standardError.write(Data((question + " [y/N] ").utf8))
    let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
    return answer == "y" || answer == "yes"
  }
}
