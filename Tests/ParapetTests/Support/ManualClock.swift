import Foundation

/// A clock the test moves by hand, shared by every suite that injects time.
final class ManualClock: @unchecked Sendable {
  private let lock = NSLock()
  private var seconds: Double

  /// A clock reading `start` seconds.
  init(start: Double = 0) {
    seconds = start
  }

  /// The current reading; tests may also set it.
  var now: Double {
    get { lock.withLock { seconds } }
    set { lock.withLock { seconds = newValue } }
  }

  /// Moves the clock forward by `delta` seconds.
  func advance(_ delta: Double) { lock.withLock { seconds += delta } }
}
