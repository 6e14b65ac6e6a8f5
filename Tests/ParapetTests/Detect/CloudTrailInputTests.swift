import ParapetCore
import Testing

@testable import ParapetDetect

@Suite struct CloudTrailInputTests {
  static func run(_ path: String) -> DetectionReport {
    var session = DetectionSession()
    session.ingest(path: Fixture.path(path))
    return session.finish()
  }

  @Test func readsGzipLogFile() {
    let report = Self.run("CloudTrail/root-activity.json.gz")
    #expect(report.problems == [])
    #expect(report.statistics.events == 40)
    #expect(report.findings.map(\.checkId) == ["aws.cloudtrail.detect.root_account_use"])
  }

  @Test func truncatedGzipKeepsCompleteRecordsAndSaysSo() {
    let path = Fixture.path("CloudTrail/root-activity-truncated.json.gz")
    let report = Self.run("CloudTrail/root-activity-truncated.json.gz")
    #expect(report.statistics.events > 0 && report.statistics.events < 40)
    #expect(report.findings.count == 1)
    let messages = report.problems.map(\.description)
    #expect(messages.count == 2)
    #expect(
      messages.first
        == "\(path): gzip data ends early; the file is truncated, its complete records were read")
    #expect(
      messages.last
        == "\(path): record \(report.statistics.events + 1): input ends inside this record; "
        + "the file is truncated and the record was skipped")
  }

  @Test func malformedRecordIsReportedAndTheRestRead() {
    let path = Fixture.path("CloudTrail/malformed-record.json")
    let report = Self.run("CloudTrail/malformed-record.json")
    #expect(
      report.problems.map(\.description) == [
        "\(path): record 2: record is not valid JSON; skipped",
        "\(path): record 4: record is not a JSON object; skipped",
      ])
    #expect(report.statistics.events == 2)
    let ids = report.findings.flatMap { $0.evidence.dropFirst().map { $0.value?["eventID"] } }
    #expect(ids == ["e1", "e3"])
  }

  @Test func newlineDelimitedEvents() {
    let path = Fixture.path("CloudTrail/events.ndjson")
    let report = Self.run("CloudTrail/events.ndjson")
    #expect(
      report.problems.map(\.description) == [
        "\(path): record 2: record is not valid JSON; skipped",
        "\(path): record 3: record has no eventName or no valid eventTime; not a CloudTrail "
          + "event, skipped",
      ])
    #expect(report.statistics.events == 2)
    #expect(report.findings.first?.evidence.first?.value?["eventCount"] == 2)
  }

  @Test func directoryTreeIsReadRecursivelyInOrderSkippingDigests() {
    let root = Fixture.path("CloudTrail/tree")
    let files = DetectionSession.logFiles(under: root)
    let folder = root + "/AWSLogs/111122223333/CloudTrail/us-east-1/2024/05/01"
    #expect(files == [folder + "/a.json", folder + "/b.json.gz"])
    let report = Self.run("CloudTrail/tree")
    #expect(report.problems == [])
    #expect(report.statistics.files == 2)
    #expect(report.findings.first?.evidence.first?.value?["eventCount"] == 2)
  }

  @Test func bytesSplitAcrossChunksAndEscapesDecode() {
    let record = TrailEvent.record(
      "CreateAccessKey", source: "iam.amazonaws.com",
      params: #"{"userName":"b\u00f6b \"q\" \ud83d\ude00"}"#)
    let report = TrailEvent.detect([record])
    #expect(report.findings.first?.message.hasSuffix("for user böb \"q\" 😀") == true)
  }

  @Test func missingPathAndNonCloudTrailBytesAreProblems() {
    var session = DetectionSession()
    session.ingest(path: "/nonexistent/trail")
    session.ingest(bytes: Array("hello".utf8), label: "s3://b/x.json")
    session.ingest(bytes: [], label: "s3://b/empty.json")
    #expect(
      session.finish().problems.map(\.description) == [
        "/nonexistent/trail: no such file or directory",
        "s3://b/x.json: starts with neither '{' nor '['; not a CloudTrail file, skipped",
        "s3://b/empty.json: file is empty",
      ])
  }

  @Test(
    arguments: [
      ("2024-05-01T10:00:00Z", 1_714_557_600), ("1970-01-01T00:00:00Z", 0),
      ("2024-02-29T23:59:59.123Z", 1_709_251_199),
    ] as [(String, Int64)])
  func eventTimeParses(_ text: String, _ seconds: Int64) {
    #expect(EventTime.seconds(text) == seconds)
  }
}

@Suite struct RecordStreamTests {
  /// Collects event ids and problems.
  struct Collector: EventConsumer {
    var ids: [String] = []
    var problems: [String] = []

    mutating func consume(_ event: inout EventView, source: String) {
      ids.append(event.text(.eventID) ?? "?")
    }

    mutating func report(_ problem: InputProblem) {
      problems.append(problem.description)
    }
  }

  @Test(arguments: [1, 7, 64, 4096])
  func recordsSplitAcrossChunks(_ chunkSize: Int) {
    let records = (1...3).map {
      TrailEvent.record("GetUser", source: "iam.amazonaws.com", id: "id-\($0)")
    }
    let bytes = Array(TrailEvent.file(records).utf8)
    var stream = RecordStream(source: "f.json")
    var event = EventView(catalog: FieldCatalog())
    var collector = Collector()
    for start in stride(from: 0, to: bytes.count, by: chunkSize) {
      bytes[start..<min(start + chunkSize, bytes.count)].withUnsafeBufferPointer {
        stream.feed($0, event: &event, into: &collector)
      }
    }
    stream.finish(into: &collector)
    #expect(collector.ids == ["id-1", "id-2", "id-3"])
    #expect(collector.problems == [])
  }

  @Test func logFilesSortByTimeStampAcrossRegions() {
    let paths = [
      "/l/us-west-2/2024/05/01/111122223333_CloudTrail_us-west-2_20240501T0900Z_a.json.gz",
      "/l/us-east-1/2024/05/01/111122223333_CloudTrail_us-east-1_20240501T1000Z_b.json.gz",
      "/l/notes.json",
    ]
    #expect(DetectionSession.stamp(paths[0]) == "20240501T0900Z")
    #expect(DetectionSession.ordered(paths) == [paths[2], paths[0], paths[1]])
  }
}
