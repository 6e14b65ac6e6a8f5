import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetDetect
import ParapetReport

/// Reads a rescan's CloudTrail events from log files, an S3 prefix and the LookupEvents
/// API with the detection reader, and maps each to what it touched.
struct RescanEvents {
  /// What the events touched and what was ignored.
  var touched: TouchedResources
  /// Files, S3 objects and LookupEvents pages read.
  var inputs = 0
  /// Records found in them.
  var records = 0
  /// Files that could not be opened (each also a problem).
  var unopened = 0
  /// Input that could not be read.
  var problems: [InputProblem] = []
  /// Records outside `--since`/`--until`.
  var outsideWindow = 0

  private let since: String?
  private let until: String?

  /// An empty reading for `touched`, keeping events in `[since, until)`.
  init(touched: TouchedResources, since: Date?, until: Date?) {
    self.touched = touched
    self.since = since.map(UTCTimestamp.iso8601)
    self.until = until.map(UTCTimestamp.iso8601)
  }

  /// Checks that every `--events` file or directory exists and can be read, so that a
  /// mistyped path stops the rescan before any call is made or the store is opened.
  static func checkPaths(_ sources: [RescanOptions.Source]) throws {
    for case .path(let path) in sources {
      guard FileManager.default.fileExists(atPath: path) else {
        throw CommandError("cannot read --events '\(path)': no such file or directory")
      }
      guard FileManager.default.isReadableFile(atPath: path) else {
        throw CommandError("cannot read --events '\(path)': permission denied")
      }
    }
  }

  /// Reads every `--events` source, then LookupEvents in `lookupRegions` when given; the
  /// paths were checked with `checkPaths` first.
  mutating func read(
    _ sources: [RescanOptions.Source], lookupRegions: [String]?, lookupSince: Date?,
    client: any AWSCalling, homeRegion: String
  ) async throws {
    var reader = CloudTrailRecords()
    for source in sources {
      switch source {
      case .path(let path):
        reader.read(path: path) { add($0) }
      case .s3(let bucket, let prefix):
        let keys = try await CloudTrailLogSource.logObjectKeys(
          client, bucket: bucket, prefix: prefix, region: homeRegion)
        for key in keys {
          let bytes = try await CloudTrailLogSource.object(
            client, bucket: bucket, key: key, region: homeRegion)
          reader.read(bytes: bytes, label: "s3://\(bucket)/\(key)") { add($0) }
        }
      }
    }
    for region in lookupRegions ?? [] {
      try await CloudTrailLogSource.lookupEvents(
        client, region: region, start: lookupSince, end: nil, onlyWrites: true
      ) { bytes, page in
        reader.read(bytes: bytes, label: "LookupEvents \(region) page \(page)") { add($0) }
      }
    }
    inputs = reader.files
    records = reader.records
    unopened = reader.unopenedFiles
    problems = reader.problems
  }

  /// Throws, naming each input and what is wrong with it, when every input read was
  /// malformed or unreadable: a rescan without events would only repeat the scan it
  /// updates and report its verdict as if the events had been read. When some input was
  /// readable the rescan goes on, and the problems are warnings.
  func requireReadableInput() throws {
    var firstProblem: [String: InputProblem] = [:]
    var broken: [String] = []
    for problem in problems where firstProblem[problem.source] == nil {
      firstProblem[problem.source] = problem
      broken.append(problem.source)
    }
    // Every input that was opened or tried had a problem, and none gave a record.
    let tried = inputs + unopened
    guard tried > 0, records == 0, broken.count >= tried else { return }

    let shown = broken.prefix(3).map { source in
      let problem = firstProblem[source]
      let record = problem?.record.map { "record \($0): " } ?? ""
      return "\(source) (\(record)\(problem?.message ?? "unreadable"))"
    }
    let more = broken.count > shown.count ? " and \(broken.count - shown.count) more" : ""
    throw CommandError(
      "no CloudTrail event could be read from \(tried) input(s), each malformed or "
        + "unreadable: \(shown.joined(separator: ", "))\(more); give --events CloudTrail log "
        + "files")
  }

  /// Maps one record, unless it falls outside the time window. CloudTrail writes times as
  /// `2024-05-01T10:00:00Z`, so they compare as text.
  private mutating func add(_ record: JSONValue) {
    if let time = record["eventTime"]?.stringValue {
      if let since, time < since {
        outsideWindow += 1
        return
      }
      if let until, time >= until {
        outsideWindow += 1
        return
      }
    }
    touched.add(record: record)
  }
}
