/// Splits one file's bytes, fed in chunks, into CloudTrail records: the `Records` array of
/// a log file as AWS writes it, a bare JSON array of events, or newline-delimited JSON of
/// single events. Only the unfinished tail of the previous chunk is kept, so memory is one
/// chunk plus the largest record. A malformed record is reported with its number and
/// skipped: the reader resynchronises at the next record (`{"eventVersion"` inside a
/// `Records` array, the next line in newline-delimited JSON).
struct RecordStream {
  private enum Mode { case header, records, afterRecords, lines }

  let source: String
  private var buffer: [UInt8] = []
  private var position = 0
  private var mode = Mode.header
  private var record = 0
  private var resyncing = false
  private static let recordStart = Array("{\"eventVersion\"".utf8)

  init(source: String) {
    self.source = source
  }

  /// Appends `chunk` and passes every complete record to `consumer`.
  mutating func feed<C: EventConsumer>(
    _ chunk: UnsafeBufferPointer<UInt8>, event: inout EventView, into consumer: inout C
  ) {
    if position > 0 {
      buffer.removeFirst(position)
      position = 0
    }
    buffer.append(contentsOf: chunk)
    let local = buffer
    local.withUnsafeBufferPointer { bytes in
      drain(bytes, event: &event, into: &consumer)
    }
  }

  /// Ends the file: an unfinished record means the input was cut short.
  mutating func finish<C: EventConsumer>(into consumer: inout C) {
    let rest = buffer[position...].drop { [0x20, 0x0a, 0x0d, 0x09].contains($0) }
    switch mode {
    case .header where rest.isEmpty && record == 0 && buffer.isEmpty:
      consumer.report(InputProblem(source: source, record: nil, message: "file is empty"))
    case .header:
      consumer.report(
        InputProblem(
          source: source, record: nil,
          message: "no JSON object or array at the start; not a CloudTrail file"))
    case .records where resyncing:
      break
    case .records:
      let message =
        rest.isEmpty
        ? "input ends before the Records array closes; the file is truncated"
        : "input ends inside this record; the file is truncated and the record was skipped"
      consumer.report(
        InputProblem(source: source, record: rest.isEmpty ? nil : record + 1, message: message))
    case .lines where !rest.isEmpty && !resyncing:
      consumer.report(
        InputProblem(
          source: source, record: record + 1,
          message: "input ends inside this record; the record was skipped"))
    default:
      break
    }
  }

  private mutating func drain<C: EventConsumer>(
    _ bytes: UnsafeBufferPointer<UInt8>, event: inout EventView, into consumer: inout C
  ) {
    while true {
      let index = JSONBytes.skipSpace(bytes, position)
      guard index < bytes.count else { return }
      switch mode {
      case .header:
        guard readHeader(bytes, at: index, into: &consumer) else { return }
      case .afterRecords:
        position = bytes.count
        return
      case .records, .lines:
        if resyncing {
          guard resync(bytes, from: index) else { return }
          continue
        }
        guard readRecord(bytes, at: index, event: &event, into: &consumer) else { return }
      }
    }
  }

  /// Finds the start of the records; false when more bytes are needed.
  private mutating func readHeader<C: EventConsumer>(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, into consumer: inout C
  ) -> Bool {
    if bytes[index] == 0x5b {
      mode = .records
      position = index + 1
      return true
    }
    guard bytes[index] == 0x7b else {
      consumer.report(
        InputProblem(
          source: source, record: nil,
          message: "starts with neither '{' nor '['; not a CloudTrail file, skipped"))
      mode = .afterRecords
      return true
    }
    let keyStart = JSONBytes.skipSpace(bytes, index + 1)
    guard keyStart < bytes.count else { return false }
    let keyEnd = bytes[keyStart] == 0x22 ? JSONBytes.skipString(bytes, keyStart) : JSONBytes.invalid
    guard keyEnd != JSONBytes.incomplete else { return false }
    let isRecords = keyEnd > 0 && Array(bytes[keyStart..<keyEnd]) == Array("\"Records\"".utf8)
    guard isRecords else {
      mode = .lines
      position = index
      return true
    }
    let colon = JSONBytes.skipSpace(bytes, keyEnd)
    let open = JSONBytes.skipSpace(bytes, colon + 1)
    guard open < bytes.count else { return false }
    guard bytes[colon] == 0x3a, bytes[open] == 0x5b else {
      consumer.report(
        InputProblem(
          source: source, record: nil, message: "Records is not an array; file skipped"))
      mode = .afterRecords
      return true
    }
    mode = .records
    position = open + 1
    return true
  }

  /// Reads one record or separator; false when more bytes are needed.
  private mutating func readRecord<C: EventConsumer>(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, event: inout EventView,
    into consumer: inout C
  ) -> Bool {
    let byte = bytes[index]
    if mode == .records && byte == 0x5d {
      mode = .afterRecords
      position = index + 1
      return true
    }
    if byte == 0x2c {
      position = index + 1
      return true
    }
    guard byte == 0x7b else {
      let stop = JSONBytes.skipValue(bytes, index)
      guard stop != JSONBytes.incomplete else { return false }
      record += 1
      consumer.report(
        InputProblem(
          source: source, record: record, message: "record is not a JSON object; skipped"))
      position = max(stop, index + 1)
      resyncing = stop < 0
      return true
    }
    let stop = event.index(bytes, at: index, record: record + 1)
    if stop == JSONBytes.incomplete { return false }
    record += 1
    guard stop > 0 else {
      consumer.report(
        InputProblem(
          source: source, record: record, message: "record is not valid JSON; skipped"))
      position = index + 1
      resyncing = true
      return true
    }
    consumer.consume(&event, source: source)
    position = stop
    return true
  }

  /// Moves to the next plausible record start; false when more bytes are needed.
  private mutating func resync(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Bool {
    if mode == .lines {
      var cursor = index
      while cursor < bytes.count && bytes[cursor] != 0x0a { cursor += 1 }
      position = cursor
      guard cursor < bytes.count else { return false }
      resyncing = false
      return true
    }
    let pattern = Self.recordStart
    var cursor = index
    while cursor + pattern.count <= bytes.count {
      if bytes[cursor] == 0x7b && pattern.indices.allSatisfy({ bytes[cursor + $0] == pattern[$0] })
      {
        position = cursor
        resyncing = false
        return true
      }
      cursor += 1
    }
    position = max(index, bytes.count - pattern.count)
    return false
  }
}
