import Foundation
import ParapetCore

/// Reads CloudTrail events from files, directories or fetched bytes and runs the built-in
/// detections and Sigma rules over them, keeping only window and incident state (never
/// the events). Feed it with `ingest`, then call `finish` once for the alerts.
///
/// Not thread-safe: one session reads one stream in order.
public struct DetectionSession {
  /// File names read from a directory tree; CloudTrail digest files are skipped.
  public static let fileSuffixes = RecordReader.fileSuffixes

  private var pipeline: DetectionPipeline
  private var event: EventView
  private var reader = RecordReader()

  /// A session running the built-ins (unless `builtins` is false) and `sigmaRules`.
  public init(
    sigmaRules: [SigmaRule] = [], builtins: Bool = true, options: DetectionOptions = .init()
  ) {
    var catalog = FieldCatalog()
    let sigma = SigmaEvaluator(rules: sigmaRules, catalog: &catalog)
    pipeline = DetectionPipeline(builtins: builtins, sigma: sigma, options: options)
    event = EventView(catalog: catalog)
  }

  /// Reads a file, or every CloudTrail file under a directory (recursively, in path
  /// order). Unreadable files are reported as problems and skipped.
  public mutating func ingest(path: String) {
    reader.read(path: path, event: &event, into: &pipeline)
  }

  /// Reads bytes already fetched (an S3 object, a LookupEvents page rendered as a
  /// `Records` document), gzip or not; `label` names them in problems and evidence.
  public mutating func ingest(bytes: [UInt8], label: String) {
    reader.read(bytes: bytes, label: label, event: &event, into: &pipeline)
  }

  /// Closes every open incident and returns the alerts and problems.
  public mutating func finish() -> DetectionReport {
    if let builtins = pipeline.builtins {
      pipeline.statistics.untrackedIdentities = builtins.untrackedIdentities
    }
    pipeline.statistics.files = reader.files
    pipeline.statistics.bytes = reader.bytes
    return DetectionReport(
      findings: pipeline.grouper.finish(), problems: pipeline.problems,
      droppedProblems: pipeline.droppedProblems, statistics: pipeline.statistics)
  }

  /// Detection state currently held (window entries, baselines, open incidents); tests
  /// use it to show that memory follows the window, not the input.
  var stateSize: Int {
    (pipeline.builtins?.stateSize ?? 0) + pipeline.grouper.openCount
  }

  /// CloudTrail files under `directory`, in time order (see `RecordReader`).
  static func logFiles(under directory: String) -> [String] {
    RecordReader.logFiles(under: directory)
  }

  /// `paths` by file-name time stamp, then by path.
  static func ordered(_ paths: [String]) -> [String] { RecordReader.ordered(paths) }

  /// The `YYYYMMDDTHHMMZ` part of a CloudTrail log file name, or "" when there is none.
  static func stamp(_ path: String) -> String { RecordReader.stamp(path) }
}
