import Foundation
import ParapetCore

/// Reads CloudTrail events from files, directories or fetched bytes and runs the built-in
/// detections and Sigma rules over them, keeping only window and incident state (never
/// the events). Feed it with `ingest`, then call `finish` once for the alerts.
///
/// Not thread-safe: one session reads one stream in order.
public struct DetectionSession {
  /// File names read from a directory tree; CloudTrail digest files are skipped.
  public static let fileSuffixes = [
    ".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson",
    ".ndjson.gz",
  ]

  private var pipeline: DetectionPipeline
  private var event: EventView
  private let chunkSize = 1 << 20

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
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      pipeline.report(
        InputProblem(source: path, record: nil, message: "no such file or directory"))
      return
    }
    guard isDirectory.boolValue else {
      ingest(file: path)
      return
    }
    for file in Self.logFiles(under: path) { ingest(file: file) }
  }

  /// Reads bytes already fetched (an S3 object, a LookupEvents page rendered as a
  /// `Records` document), gzip or not; `label` names them in problems and evidence.
  public mutating func ingest(bytes: [UInt8], label: String) {
    pipeline.statistics.files += 1
    var stream = RecordStream(source: label)
    let isGzip = bytes.count >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
    let inflater = isGzip ? GzipInflater() : nil
    bytes.withUnsafeBufferPointer { buffer in
      feed(buffer, to: &stream, through: inflater)
    }
    end(&stream, inflater: inflater)
  }

  /// Closes every open incident and returns the alerts and problems.
  public mutating func finish() -> DetectionReport {
    if let builtins = pipeline.builtins {
      pipeline.statistics.untrackedIdentities = builtins.untrackedIdentities
    }
    return DetectionReport(
      findings: pipeline.grouper.finish(), problems: pipeline.problems,
      droppedProblems: pipeline.droppedProblems, statistics: pipeline.statistics)
  }

  /// Detection state currently held (window entries, baselines, open incidents); tests
  /// use it to show that memory follows the window, not the input.
  var stateSize: Int {
    (pipeline.builtins?.stateSize ?? 0) + pipeline.grouper.openCount
  }

  /// CloudTrail files under `directory`, in time order where names carry AWS's
  /// `_YYYYMMDDTHHMMZ_` stamp (so that regions interleave and windows see events in
  /// order), then by path.
  static func logFiles(under directory: String) -> [String] {
    guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
    var files: [String] = []
    while let relative = walker.nextObject() as? String {
      guard fileSuffixes.contains(where: { relative.hasSuffix($0) }),
        !relative.contains("CloudTrail-Digest")
      else { continue }
      files.append((directory as NSString).appendingPathComponent(relative))
    }
    return ordered(files)
  }

  /// `paths` by file-name time stamp, then by path.
  static func ordered(_ paths: [String]) -> [String] {
    paths.sorted { (stamp($0), $0) < (stamp($1), $1) }
  }

  /// The `YYYYMMDDTHHMMZ` part of a CloudTrail log file name, or "" when there is none.
  static func stamp(_ path: String) -> String {
    let name = (path as NSString).lastPathComponent
    let parts = name.split(separator: "_")
    let stamp = parts.first { part in
      part.count == 14 && part.hasSuffix("Z") && part.dropFirst(8).first == "T"
        && part.filter(\.isNumber).count == 12
    }
    return stamp.map(String.init) ?? ""
  }

  private mutating func ingest(file path: String) {
    guard let handle = fopen(path, "rb") else {
      pipeline.report(
        InputProblem(
          source: path, record: nil,
          message: "cannot open: \(String(cString: strerror(errno))); skipped"))
      return
    }
    defer { fclose(handle) }
    pipeline.statistics.files += 1

    var stream = RecordStream(source: path)
    var chunk = [UInt8](repeating: 0, count: chunkSize)
    var inflater: GzipInflater?
    var first = true
    while true {
      let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunkSize, handle) }
      guard count > 0 else { break }
      if first {
        first = false
        if count >= 2 && chunk[0] == 0x1f && chunk[1] == 0x8b { inflater = GzipInflater() }
      }
      chunk.withUnsafeBufferPointer { buffer in
        feed(UnsafeBufferPointer(rebasing: buffer[0..<count]), to: &stream, through: inflater)
      }
    }
    if ferror(handle) != 0 {
      pipeline.report(InputProblem(source: path, record: nil, message: "read error; file cut"))
    }
    end(&stream, inflater: inflater)
  }

  private mutating func feed(
    _ bytes: UnsafeBufferPointer<UInt8>, to stream: inout RecordStream,
    through inflater: GzipInflater?
  ) {
    guard let inflater else {
      pipeline.statistics.bytes += bytes.count
      stream.feed(bytes, event: &event, into: &pipeline)
      return
    }
    inflater.inflate(bytes) { output in
      pipeline.statistics.bytes += output.count
      stream.feed(output, event: &event, into: &pipeline)
    }
  }

  private mutating func end(_ stream: inout RecordStream, inflater: GzipInflater?) {
    switch inflater?.outcome {
    case .truncated:
      pipeline.report(
        InputProblem(
          source: stream.source, record: nil,
          message: "gzip data ends early; the file is truncated, its complete records were read"))
    case .corrupt(let reason):
      pipeline.report(
        InputProblem(
          source: stream.source, record: nil,
          message: "gzip data is corrupt (\(reason)); records before the damage were read"))
    default:
      break
    }
    stream.finish(into: &pipeline)
  }
}
