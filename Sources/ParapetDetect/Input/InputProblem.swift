/// Input that could not be read: a truncated or corrupt gzip, a malformed record, a record
/// that is not a CloudTrail event, an unreadable file. Reading continues after each one.
public struct InputProblem: Sendable, Hashable, CustomStringConvertible {
  /// The file or label the bytes came from.
  public var source: String
  /// 1-based record number inside the file (array element or line), when one applies.
  public var record: Int?
  /// What is wrong and what was done about it.
  public var message: String

  /// A problem in `source`, at `record` when known.
  public init(source: String, record: Int?, message: String) {
    self.source = source
    self.record = record
    self.message = message
  }

  /// `source: record N: message`, or `source: message`.
  public var description: String {
    guard let record else { return "\(source): \(message)" }
    return "\(source): record \(record): \(message)"
  }
}

/// Receives the records a `RecordStream` finds and the problems it meets.
protocol EventConsumer {
  /// One well-formed JSON object record, indexed and valid until the call returns.
  mutating func consume(_ event: inout EventView, source: String)
  /// A problem with the input.
  mutating func report(_ problem: InputProblem)
}
