import CZlib

/// Streams gzip through zlib (`inflateInit2` with 15+32 so zlib reads the gzip header),
/// including files made of several gzip members. Output arrives in fixed-size chunks so a
/// large file never sits in memory whole.
final class GzipInflater {
  /// How the compressed input ended.
  enum Outcome: Equatable {
    /// Every member ended cleanly.
    case complete
    /// The input stopped mid-stream: the file was cut short.
    case truncated
    /// zlib rejected the data, with its message.
    case corrupt(String)
  }

  private var stream = z_stream()
  private var output = [UInt8](repeating: 0, count: 1 << 20)
  private var ready = false
  private var ended = true
  private var failure: String?

  init() {
    ready =
      inflateInit2_(&stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
      == Z_OK
    if !ready { failure = "zlib could not start" }
  }

  deinit {
    if ready { inflateEnd(&stream) }
  }

  /// Inflates `input`, passing each decompressed chunk to `body`. After corruption further
  /// input is ignored.
  func inflate(_ input: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    guard ready, failure == nil, let base = input.baseAddress, !input.isEmpty else { return }
    stream.next_in = UnsafeMutablePointer(mutating: base)
    stream.avail_in = UInt32(input.count)
    let capacity = output.count
    while stream.avail_in > 0 {
      if ended {
        guard beginMember() else { return }
      }
      let status = output.withUnsafeMutableBufferPointer { out -> Int32 in
        stream.next_out = out.baseAddress
        stream.avail_out = UInt32(capacity)
        return CZlib.inflate(&stream, Z_NO_FLUSH)
      }
      let produced = capacity - Int(stream.avail_out)
      if produced > 0 {
        output.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
      }
      switch status {
      case Z_STREAM_END:
        ended = true
      case Z_OK, Z_BUF_ERROR:
        continue
      default:
        failure = stream.msg.map { String(cString: $0) } ?? "zlib error \(status)"
        return
      }
    }
  }

  /// How the input ended, once all of it was given to `inflate`.
  var outcome: Outcome {
    if let failure { return .corrupt(failure) }
    return ended ? .complete : .truncated
  }

  private func beginMember() -> Bool {
    // Trailing zero padding after the last member is not a new member.
    if let next = stream.next_in, next.pointee == 0 {
      stream.avail_in = 0
      return false
    }
    ended = false
    guard inflateReset(&stream) == Z_OK else {
      failure = "zlib could not reset between gzip members"
      return false
    }
    return true
  }
}
