import Foundation

/// A cache shared by the function calls of one rule-engine run: inventory-wide results
/// (parsed managed policies, which roles are administrators) are computed once instead
/// of once per judged resource. Thread-safe; the engine judges resources in parallel.
public final class FunctionMemo: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String: any Sendable] = [:]

  /// An empty cache.
  public init() {}

  /// The value stored under `key`, computing and storing it on first use. Two threads
  /// may both compute a missing value; both results are equal, so the last one stays.
  public func value<T: Sendable>(_ key: String, compute: () -> T) -> T {
    lock.lock()
    let entry = values[key]
    lock.unlock()
    // Check presence first: a stored nil (for an optional T) must not read as "missing".
    if let entry, let stored = entry as? T { return stored }

    let computed = compute()
    lock.lock()
    values[key] = computed
    lock.unlock()
    return computed
  }
}
