import Foundation

/// Reads CloudTrail files, directory trees of them and fetched bytes, gzipped or not, and
/// feeds every record to a consumer: the one reading path shared by detection and
/// rescans. Keeps one chunk in memory, never the records.
struct RecordReader {
  /// File names read from a directory tree; CloudTrail digest files are skipped.
  static let fileSuffixes = [
    ".json", ".json.gz", ".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz",
  ]

  /// Files (or labelled byte buffers) read.
  private(set) var files = 0
  /// Files named or found that could not be opened (reported as problems, not in `files`).
  private(set) var unopened = 0
  /// Uncompressed bytes parsed.
  private(set) var bytes = 0
  private let chunkSize = 1 << 20

  /// Reads a file, or every CloudTrail file under a directory (recursively, in time order).
  /// Unreadable files are reported to `consumer` as problems and skipped.
  mutating func read<C: EventConsumer>(
    path: String, event: inout EventView, into consumer: inout C
  ) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      unopened += 1
      consumer.report(
        InputProblem(source: path, record: nil, message: "no such file or directory"))
      return
    }
    guard isDirectory.boolValue else {
      read(file: path, event: &event, into: &consumer)
      return
    }
    for file in Self.logFiles(under: path) { read(file: file, event: &event, into: &consumer) }
  }

  /// Reads bytes already fetched, gzip or not; `label` names them in problems.
  mutating func read<C: EventConsumer>(
    bytes input: [UInt8], label: String, event: inout EventView, into consumer: inout C
  ) {
    files += 1
    var stream = RecordStream(source: label)
    let isGzip = input.count >= 2 && input[0] == 0x1f && input[1] == 0x8b
    let inflater = isGzip ? GzipInflater() : nil
    input.withUnsafeBufferPointer { buffer in
      feed(buffer, to: &stream, through: inflater, event: &event, into: &consumer)
    }
    end(&stream, inflater: inflater, into: &consumer)
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

  private mutating func read<C: EventConsumer>(
    file path: String, event: inout EventView, into consumer: inout C
  ) {
    guard let handle = fopen(path, "rb") else {
      unopened += 1
      consumer.report(
        InputProblem(
          source: path, record: nil,
          message: "cannot open: \(String(cString: strerror(errno))); skipped"))
      return
    }
    defer { fclose(handle) }
    files += 1

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
        feed(
          UnsafeBufferPointer(rebasing: buffer[0..<count]), to: &stream, through: inflater,
          event: &event, into: &consumer)
      }
    }
    if ferror(handle) != 0 {
      consumer.report(InputProblem(source: path, record: nil, message: "read error; file cut"))
    }
    end(&stream, inflater: inflater, into: &consumer)
  }

  private mutating func feed<C: EventConsumer>(
    _ input: UnsafeBufferPointer<UInt8>, to stream: inout RecordStream,
    through inflater: GzipInflater?, event: inout EventView, into consumer: inout C
  ) {
    guard let inflater else {
      bytes += input.count
      stream.feed(input, event: &event, into: &consumer)
      return
    }
    inflater.inflate(input) { output in
      bytes += output.count
      stream.feed(output, event: &event, into: &consumer)
    }
  }

  private func end<C: EventConsumer>(
    _ stream: inout RecordStream, inflater: GzipInflater?, into consumer: inout C
  ) {
    switch inflater?.outcome {
    case .truncated:
      consumer.report(
        InputProblem(
          source: stream.source, record: nil,
          message: "gzip data ends early; the file is truncated, its complete records were read"))
    case .corrupt(let reason):
      consumer.report(
        InputProblem(
          source: stream.source, record: nil,
          message: "gzip data is corrupt (\(reason)); records before the damage were read"))
    default:
      break
    }
    stream.finish(into: &consumer)
  }
}
