import Foundation
import ParapetCollectors
import ParapetCore

/// What `parapet rescan aws` was asked to do: where the change events come from, plus the
/// scan options that make sense for a rescan, parsed and validated exactly as
/// `parapet scan aws` parses them.
struct RescanOptions {
  /// Where events come from.
  enum Source: Equatable {
    /// A CloudTrail log file, or a directory tree of them.
    case path(String)
    /// The log objects under an S3 prefix.
    case s3(bucket: String, prefix: String)
  }

  /// `--events` sources, in the order given.
  var sources: [Source]
  /// `--lookup-events`: read the LookupEvents API too.
  var lookup: Bool
  /// Events before this time are skipped (`--since`); for LookupEvents the default is the
  /// start of the scan being updated.
  var since: Date?
  /// Events at or after this time are skipped (`--until`).
  var until: Date?
  /// The scan options shared with `parapet scan aws` (`services` is always empty: a rescan
  /// covers what the scan it updates covered).
  var scan: ScanOptions

  /// Options of `parapet scan aws` a rescan takes too.
  static let sharedOptions = [
    "profile", "region", "output-dir", "format", "fail-on", "endpoint-url", "rules", "checks",
    "exclude-checks", "severity", "categories", "compliance", "mutelist", "store", "quiet",
    "log-level", "verbose", "help",
  ]

  static let specs: [OptionSpec] =
    [
      OptionSpec(
        name: "events", kind: .list, valueName: "SOURCE",
        help: "CloudTrail log file, directory of them, or s3://BUCKET/PREFIX; may repeat"),
      OptionSpec(
        name: "lookup-events", kind: .flag,
        help: "also read write events from the LookupEvents API in the scanned regions"),
      OptionSpec(
        name: "since", kind: .single, valueName: "TIME",
        help: "skip events before TIME: ISO 8601 or a duration back from now (15m, 24h); "
          + "LookupEvents default: when the updated scan started"),
      OptionSpec(
        name: "until", kind: .single, valueName: "TIME", help: "skip events at or after TIME"),
    ]
    + ScanOptions.specs.filter { sharedOptions.contains($0.name) }.map { spec in
      guard spec.name == "region" else { return spec }
      var region = spec
      region.help = "only events of these regions, among the updated scan's (default: all of them)"
      return region
    }

  static var help: String {
    """
    USAGE: parapet rescan aws --events FILE|DIR|s3://BUCKET/PREFIX [--lookup-events] [options]

    Reads CloudTrail management events, re-collects only the resources they changed (the
    whole service in that region where a collector cannot read single resources, such as
    IAM), judges again the checks over the changed resource types, and records the result
    as a new complete scan of the account beside the latest one (`parapet diff` shows what
    changed). Needs an earlier `parapet scan aws` of the account in the history store.

    OPTIONS:
    \(optionsHelp(specs))

    EXIT CODES: 0 nothing failed at or above --fail-on, 3 something did, 1 error, 2 usage.
    """
  }

  /// Validates `parsed`; every mistake is a usage error saying what to type.
  init(_ parsed: ParsedArguments, now: Date) throws {
    guard parsed.positional.isEmpty else {
      throw UsageError(
        "unexpected argument '\(parsed.positional[0])'; give event sources with --events")
    }
    sources = try parsed.list("events").map { location in
      guard location.hasPrefix("s3://") else { return .path(location) }
      guard let (bucket, prefix) = CloudTrailLogSource.parseS3Location(location) else {
        throw UsageError("--events '\(location)' is not an s3://BUCKET/PREFIX location")
      }
      return .s3(bucket: bucket, prefix: prefix)
    }
    lookup = parsed.flag("lookup-events")
    guard !sources.isEmpty || lookup else {
      throw UsageError(
        "'parapet rescan aws' needs events: --events FILE|DIR|s3://BUCKET/PREFIX, "
          + "or --lookup-events")
    }
    since = try parsed.value("since").map { try DetectOptions.time($0, option: "since", now: now) }
    until = try parsed.value("until").map { try DetectOptions.time($0, option: "until", now: now) }

    var shared = parsed
    for name in ["events", "since", "until"] { shared.values[name] = nil }
    shared.flags.remove("lookup-events")
    scan = try ScanOptions(shared)
  }
}
