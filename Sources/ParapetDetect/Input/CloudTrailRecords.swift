import ParapetCore

/// Reads CloudTrail records from files, directory trees or fetched bytes, in every shape
/// detection reads (log files, gzipped or not; JSON arrays; newline-delimited events), and
/// hands each record to a closure as a JSON tree. For callers that need whole records
/// rather than detections, such as a rescan mapping changes to resources. Records are not
/// kept: memory stays one chunk plus one record deep.
public struct CloudTrailRecords {
  private var reader = RecordReader()
  private var event = EventView(catalog: FieldCatalog())
  private var sink = RecordSink()

  /// A reader with nothing read yet.
  public init() {}

  /// Files (or labelled byte buffers) read so far.
  public var files: Int { reader.files }
  /// Files named or found so far that could not be opened; each is also a problem.
  public var unopenedFiles: Int { reader.unopened }
  /// Records handed over so far.
  public var records: Int { sink.records }
  /// Input that could not be read (malformed records, truncated files), in reading order.
  public var problems: [InputProblem] { sink.problems }

  /// Reads a file, or every CloudTrail file under a directory, in time order.
  public mutating func read(path: String, each: (JSONValue) -> Void) {
    withSink(each) { reader, event, sink in reader.read(path: path, event: &event, into: &sink) }
  }

  /// Reads fetched bytes (an S3 log object, a LookupEvents page as a `Records` document).
  public mutating func read(bytes: [UInt8], label: String, each: (JSONValue) -> Void) {
    withSink(each) { reader, event, sink in
      reader.read(bytes: bytes, label: label, event: &event, into: &sink)
    }
  }

  private mutating func withSink(
    _ each: (JSONValue) -> Void,
    _ body: (inout RecordReader, inout EventView, inout RecordSink) -> Void
  ) {
    withoutActuallyEscaping(each) { handler in
      sink.handler = handler
      body(&reader, &event, &sink)
      sink.handler = nil
    }
  }
}

/// Materialises each record for a `CloudTrailRecords` closure.
private struct RecordSink: EventConsumer {
  var handler: ((JSONValue) -> Void)?
  var records = 0
  var problems: [InputProblem] = []

  mutating func consume(_ event: inout EventView, source: String) {
    guard
      let record = JSONBytes.materialize(event.bytes, event.start, event.end),
      record.objectValue != nil
    else {
      report(
        InputProblem(
          source: source, record: event.record, message: "record is not valid JSON; skipped"))
      return
    }
    records += 1
    handler?(record)
  }

  mutating func report(_ problem: InputProblem) {
    guard problems.count < 1000 else { return }
    problems.append(problem)
  }
}
