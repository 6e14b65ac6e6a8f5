import Foundation
import ParapetCore

/// Prepares a scan's findings for the store in chunks on a thread of its own, a few chunks
/// ahead of the writer: while one core stores a chunk, the other prepares the next. The
/// store's writer is a single thread, so preparing everything first left a core idle for
/// the whole write, and held every prepared finding in memory at once.
final class PreparedFindingStream: @unchecked Sendable {
  /// Findings per chunk.
  static let chunkSize = 10_000
  /// Chunks prepared ahead of the writer at most.
  static let lookahead = 3

  /// How many chunks the findings make.
  let chunkCount: Int
  private let findings: [Finding]
  private let condition = NSCondition()
  private var ready: [Int: [PreparedFinding]] = [:]
  private var consumed = 0
  private var cancelled = false

  /// Starts preparing `findings`.
  init(_ findings: [Finding]) {
    self.findings = findings
    chunkCount = (findings.count + Self.chunkSize - 1) / Self.chunkSize
    DispatchQueue.global(qos: .userInitiated).async { self.produce() }
  }

  /// Chunk `index` (asked for in order from 0), waiting until it is prepared.
  func chunk(_ index: Int) -> [PreparedFinding] {
    condition.lock()
    defer { condition.unlock() }
    while ready[index] == nil { condition.wait() }
    let chunk = ready.removeValue(forKey: index) ?? []
    consumed = index + 1
    condition.broadcast()
    return chunk
  }

  /// Stops preparing; call when the writer gives up, so the preparing thread ends.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  private func produce() {
    for index in 0..<chunkCount {
      condition.lock()
      while !cancelled && index - consumed >= Self.lookahead { condition.wait() }
      let stop = cancelled
      condition.unlock()
      guard !stop else { return }

      let start = index * Self.chunkSize
      let end = min(findings.count, start + Self.chunkSize)
      let prepared = findings[start..<end].map(PreparedFinding.init)

      condition.lock()
      ready[index] = prepared
      condition.broadcast()
      condition.unlock()
    }
  }
}
