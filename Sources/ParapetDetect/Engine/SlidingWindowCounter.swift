/// Counts events per key (an identity) over a sliding time window and says when a key
/// reaches a threshold. Each key keeps only its newest `threshold` times, and keys with no
/// event inside the window are dropped as the stream advances, so memory is bounded by the
/// keys active within the window times the threshold, whatever the input size.
struct SlidingWindowCounter: Sendable {
  /// Events that must fall within the window.
  let threshold: Int
  /// Window length in seconds.
  let window: Int64
  private var times: [String: [Int64]] = [:]
  private var newest: Int64 = .min
  private var addsSinceSweep = 0

  init(threshold: Int, window: Int64) {
    self.threshold = max(1, threshold)
    self.window = window
  }

  /// Keys currently held.
  var keyCount: Int { times.count }

  /// Times currently held across all keys.
  var storedTimes: Int { times.values.reduce(0) { $0 + $1.count } }

  /// Records an event for `key` at `time`; true when `threshold` events of the key now lie
  /// within `window` seconds ending at `time`.
  mutating func add(_ key: String, at time: Int64) -> Bool {
    newest = max(newest, time)
    addsSinceSweep += 1
    if addsSinceSweep >= 4096 { sweep() }

    let threshold = threshold
    return times[key, default: []].withSlidingInsert(time, keeping: threshold) { list in
      guard list.count == threshold, let oldest = list.first, let latest = list.last else {
        return false
      }
      return latest - oldest <= window && latest == time
    }
  }

  /// Drops keys whose newest time fell out of the window.
  private mutating func sweep() {
    addsSinceSweep = 0
    let horizon = newest - window
    times = times.filter { ($0.value.last ?? .min) >= horizon }
  }
}

extension Array where Element == Int64 {
  /// Inserts `time` in order, keeps the newest `limit` times, then asks `decide`.
  fileprivate mutating func withSlidingInsert(
    _ time: Int64, keeping limit: Int, _ decide: ([Int64]) -> Bool
  ) -> Bool {
    if let last, last > time {
      insert(time, at: firstIndex { $0 > time } ?? endIndex)
    } else {
      append(time)
    }
    if count > limit { removeFirst(count - limit) }
    return decide(self)
  }
}
