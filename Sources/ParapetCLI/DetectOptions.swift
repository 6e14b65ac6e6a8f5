import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetDetect
import ParapetReport

/// What `parapet detect cloudtrail` was asked to do, validated before anything is read.
struct DetectOptions {
  /// Where events come from.
  enum Source: Equatable {
    case path(String)
    case s3(bucket: String, prefix: String)
    case lookup
  }

  var source: Source
  var detection = DetectionOptions()
  var sinceDate: Date?
  var untilDate: Date?
  var ruleDirectories: [String]
  var builtins: Bool
  var outputDirectory: String
  var formats: Set<ReportFormat>
  var failOn: Severity
  var profile: String?
  var region: String?
  var endpointURL: String?
  var quiet: Bool
  var logLevel: LogLevel
  /// `--store`: where the alerts are also recorded; nil to record them nowhere.
  var store: String?

  init(_ parsed: ParsedArguments, now: Date) throws {
    let lookup = parsed.flag("lookup")
    switch (parsed.positional.count, lookup) {
    case (0, true): source = .lookup
    case (1, false):
      let location = parsed.positional[0]
      if location.hasPrefix("s3://") {
        guard let (bucket, prefix) = CloudTrailLogSource.parseS3Location(location) else {
          throw UsageError("'\(location)' is not an s3://BUCKET/PREFIX location")
        }
        source = .s3(bucket: bucket, prefix: prefix)
      } else {
        source = .path(location)
      }
    case (0, false):
      throw UsageError(
        "'parapet detect cloudtrail' needs a PATH, an s3://BUCKET/PREFIX or --lookup")
    default:
      throw UsageError("give one source: a PATH, an s3://BUCKET/PREFIX or --lookup")
    }

    sinceDate = try parsed.value("since").map { try Self.time($0, option: "since", now: now) }
    untilDate = try parsed.value("until").map { try Self.time($0, option: "until", now: now) }
    detection.since = sinceDate.map { Int64($0.timeIntervalSince1970) }
    detection.until = untilDate.map { Int64($0.timeIntervalSince1970) }
    ruleDirectories = parsed.list("rules")
    builtins = !parsed.flag("no-builtin")
    outputDirectory = parsed.value("output-dir") ?? "parapet-out"
    formats = try parsed.reportFormats()
    failOn = try parsed.severity("fail-on", fallback: .low) ?? .low
    profile = parsed.value("profile")
    region = parsed.value("region")
    if let region, !AWSRegions.isKnown(region) {
      throw UsageError(
        "unknown region '\(region)'; valid regions: " + AWSRegions.known.joined(separator: ", "))
    }
    endpointURL = parsed.value("endpoint-url")
    quiet = parsed.flag("quiet")
    store = try StoreAccess.checked(parsed.value("store"))
    let levelName = parsed.value("log-level") ?? "warning"
    guard let level = LogLevel(name: levelName) else {
      throw UsageError("unknown log level '\(levelName)'")
    }
    logLevel = level
  }

  /// An ISO 8601 time, a date, or a duration back from `now` (`90m`, `24h`, `7d`).
  static func time(_ text: String, option: String, now: Date) throws -> Date {
    if let unit = text.last, let amount = Double(text.dropLast()), amount >= 0 {
      let seconds: Double? =
        switch unit {
        case "m": amount * 60
        case "h": amount * 3600
        case "d": amount * 86_400
        default: nil
        }
      if let seconds { return now.addingTimeInterval(-seconds) }
    }
    let full = ISO8601DateFormatter()
    if let date = full.date(from: text) { return date }
    let day = ISO8601DateFormatter()
    day.formatOptions = [.withFullDate]
    if let date = day.date(from: text) { return date }
    throw UsageError(
      "--\(option) '\(text)' is not a time: use 2026-12-01, 2026-12-01T10:00:00Z or 24h / 7d")
  }
}
