import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetReport
import ParapetRules

/// What `parapet scan aws` was asked to do, validated before any call is made.
struct ScanOptions: Sendable {
  var profile: String?
  var regions: [String]
  var services: [String]
  var outputDirectory: String
  var formats: Set<ReportFormat>
  var compliance: [String]
  /// Where the scan is recorded; nil with `--no-store`.
  var store: String??
  var failOn: Severity
  var endpointURL: String?
  var quiet: Bool
  var logLevel: LogLevel
  var rulesDirectories: [String]
  /// Which checks run: `--checks`, `--exclude-checks`, `--severity`, `--categories`.
  var selection: RuleSelection
  var mutelistPath: String?

  static let specs: [OptionSpec] = [
    OptionSpec(
      name: "profile", kind: .single, valueName: "NAME",
      help: "profile from ~/.aws/config and ~/.aws/credentials (default: AWS_PROFILE)"),
    OptionSpec(
      name: "region", kind: .list, valueName: "R",
      help: "region to scan; repeat or comma-separate (default: all enabled regions)"),
    OptionSpec(
      name: "service", kind: .list, valueName: "S",
      help: "service to collect; repeat or comma-separate (default: all)"),
    OptionSpec(
      name: "output-dir", kind: .single, valueName: "DIR",
      help: "where the scan's report directory is created (default: ./parapet-out)"),
    OptionSpec(
      name: "format", kind: .list, valueName: "F",
      help: "report formats: json, csv, html, ocsf, asff, sarif, junit, markdown, all "
        + "(default: json,csv,html)"),
    OptionSpec(
      name: "compliance", kind: .list, valueName: "F",
      help: "run only the checks these frameworks map and print each requirement's status "
        + "(parapet compliance list)"),
    OptionSpec(
      name: "fail-on", kind: .single, valueName: "SEVERITY",
      help: "exit 3 when a finding fails at or above this severity (default: low)"),
    OptionSpec(
      name: "endpoint-url", kind: .single, valueName: "URL",
      help: "send every call to this endpoint, such as an emulator (else AWS_ENDPOINT_URL)"),
    OptionSpec(
      name: "rules", kind: .list, valueName: "DIR",
      help: "directory of extra rule files to load beside the built-in ones"),
    OptionSpec(
      name: "checks", kind: .list, valueName: "ID",
      help: "run only these checks; ids or globs such as 'aws.s3.*'"),
    OptionSpec(
      name: "exclude-checks", kind: .list, valueName: "ID",
      help: "skip these checks; ids or globs"),
    OptionSpec(
      name: "severity", kind: .single, valueName: "SEVERITY",
      help: "run only checks at or above this severity"),
    OptionSpec(
      name: "categories", kind: .list, valueName: "C",
      help: "run only checks in one of these categories (encryption, logging, ...)"),
    OptionSpec(
      name: "mutelist", kind: .single, valueName: "FILE",
      help: "YAML file of accepted failures, reported as muted (Parapet or Prowler shape)"),
    OptionSpec(
      name: "store", kind: .single, valueName: "LOCATION",
      help: "history store: a SQLite path or postgres://... (default: "
        + "~/.local/share/parapet/parapet.db)"),
    OptionSpec(name: "no-store", kind: .flag, help: "do not record the scan in the history store"),
    OptionSpec(
      name: "quiet", kind: .flag,
      help: "no progress and no summary: errors, and one line when calls failed"),
    OptionSpec(
      name: "log-level", kind: .single, valueName: "LEVEL",
      help: "trace, debug, info, warning or error (default: warning)"),
    OptionSpec(name: "verbose", kind: .flag, help: "same as --log-level info"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static var help: String {
    """
    USAGE: parapet scan aws [options]

    Collects an AWS account's inventory, evaluates the checks and writes the findings.

    OPTIONS:
    \(optionsHelp(specs))

    EXIT CODES: 0 nothing failed at or above --fail-on, 3 something did, 1 error, 2 usage.
    """
  }

  /// Framework ids checked against the catalog; unknown ones are usage errors listing the
  /// valid ids.
  static func frameworks(_ names: [String]) throws -> [String] {
    guard !names.isEmpty else { return [] }
    let known = try ComplianceCatalog.ids()
    return try names.map { name in
      guard let id = known.first(where: { $0.lowercased() == name.lowercased() }) else {
        throw UsageError(
          "unknown compliance framework '\(name)'; valid frameworks: "
            + known.joined(separator: ", "))
      }
      return id
    }
  }

  /// Validates parsed arguments; every mistake is a usage error listing what is valid.
  /// `command` names the command in messages (`watch` shares these options).
  init(_ parsed: ParsedArguments, command: String = "scan aws") throws {
    guard parsed.positional.isEmpty else {
      throw UsageError(
        "unexpected argument '\(parsed.positional[0])'; see 'parapet \(command) --help'")
    }
    profile = parsed.value("profile")

    regions = parsed.list("region")
    let unknownRegions = regions.filter { !AWSRegions.isKnown($0) }
    guard unknownRegions.isEmpty else {
      throw UsageError(
        "unknown region '\(unknownRegions[0])'; valid regions: "
          + AWSRegions.known.joined(separator: ", "))
    }

    services = parsed.list("service").map { $0.lowercased() }
    let known = AccountScanner.serviceNames
    if let unknown = services.first(where: { !known.contains($0) }) {
      throw UsageError(
        "unknown service '\(unknown)'; valid services: " + known.joined(separator: ", "))
    }

    outputDirectory = parsed.value("output-dir") ?? "parapet-out"
    guard !outputDirectory.isEmpty else {
      throw UsageError("--output-dir needs a directory; leave it out for ./parapet-out")
    }
    formats = try parsed.reportFormats()
    compliance = try Self.frameworks(parsed.list("compliance"))

    failOn = try parsed.severity("fail-on", fallback: .low) ?? .low

    endpointURL = parsed.value("endpoint-url")
    if let endpointURL, !(endpointURL.hasPrefix("http://") || endpointURL.hasPrefix("https://")) {
      throw UsageError("--endpoint-url '\(endpointURL)' must start with http:// or https://")
    }
    quiet = parsed.flag("quiet")
    // Both at once left the user's --store unrecorded without a word.
    if parsed.flag("no-store"), parsed.value("store") != nil {
      throw UsageError("--store and --no-store exclude each other; give one")
    }
    store = parsed.flag("no-store") ? nil : .some(try StoreAccess.checked(parsed.value("store")))
    rulesDirectories = parsed.list("rules")
    mutelistPath = parsed.value("mutelist")

    selection = RuleSelection(
      include: parsed.list("checks"), exclude: parsed.list("exclude-checks"),
      categories: parsed.list("categories").map { $0.lowercased() })
    selection.minimumSeverity = try parsed.severity("severity")

    // --quiet promises errors only: warnings too are left out unless a level is asked for.
    let defaultLevel = quiet ? "error" : (parsed.flag("verbose") ? "info" : "warning")
    let levelName = parsed.value("log-level") ?? defaultLevel
    guard let level = LogLevel(name: levelName) else {
      throw UsageError(
        "unknown log level '\(levelName)'; valid levels: "
          + LogLevel.allCases.map(\.name).joined(separator: ", "))
    }
    logLevel = level
  }
}
