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
  private var spent: [[PreparedFinding]] = []
  private var recycled = 0

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

  /// Hands back a chunk the writer is done with, to be freed on the preparing thread.
  /// Freeing memory another thread allocated contends with that thread's allocations:
  /// freed on the writer, the chunks cost it a fifth of its time.
  func recycle(_ chunk: consuming [PreparedFinding]) {
    condition.lock()
    spent.append(chunk)
    recycled += 1
    condition.broadcast()
    condition.unlock()
  }

  private func produce() {
    var next = 0
    while true {
      condition.lock()
      while !cancelled && spent.isEmpty && !canPrepare(next) && recycled < chunkCount {
        condition.wait()
      }
      var freed = spent
      spent = []
      let stop = cancelled || recycled >= chunkCount
      let prepare = canPrepare(next)
      condition.unlock()
      freed.removeAll()
      if stop { return }
      guard prepare else { continue }

      let start = next * Self.chunkSize
      let end = min(findings.count, start + Self.chunkSize)
      let prepared = findings[start..<end].map(PreparedFinding.init)

      condition.lock()
      ready[next] = prepared
      condition.broadcast()
      condition.unlock()
      next += 1
    }
  }

  /// Whether chunk `index` is still to prepare and within the lookahead; under the lock.
  private func canPrepare(_ index: Int) -> Bool {
    index < chunkCount && index - consumed < Self.lookahead
  }
}
