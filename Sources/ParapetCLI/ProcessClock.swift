import Foundation

/// CPU time of this process, to set Parapet's own work beside the wall time spent waiting
/// for the cloud.
enum ProcessClock {
  /// User plus system CPU seconds used so far.
  static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
  }
}
