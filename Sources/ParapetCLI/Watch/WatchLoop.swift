import Foundation
import ParapetCore
import ParapetStore

/// The loop of `parapet watch`: scan, record, compare, announce, pause, repeat, until a
/// stop is requested or `maxScans` scans were made.
///
/// A scan that fails (an API or network error, an unwritable store) is logged and the loop
/// goes on; nothing of it was recorded. The last of `maxScans` is not logged so, since no
/// scan follows it: its failure, or notifications that no webhook took, becomes the tally's
/// `lastProblem` for the command to exit with. A stop requested while scanning abandons the
/// scan before anything is written; once the scan is complete its reports and store record
/// are written whole, and only then does the loop look at the stop again.
struct WatchLoop: Sendable {
  /// Makes one scan; writes nothing.
  var scan: @Sendable () async throws -> ScannedAccount
  /// Writes a finished scan's reports; nil to write none.
  var writeReports: (@Sendable (ScannedAccount) throws -> Void)?
  /// Opens the history store; called once per scan, so a store that went away (a
  /// restarted PostgreSQL server) is reconnected next time.
  var openStore: @Sendable () throws -> any ScanStore
  var announcer: WatchAnnouncer
  var stop: StopSignal
  /// Seconds between the end of one scan and the start of the next.
  var interval: TimeInterval
  var maxScans: Int?
  var logger: Logger

  /// How many scans a run attempted, how many of them it recorded, and what went wrong
  /// with the last one.
  struct Tally: Sendable, Equatable {
    var attempted = 0
    var recorded = 0
    /// Why the last scan did not do its job (it failed, or it had notifications to send and
    /// no webhook took them), one line; nil when it did.
    var lastProblem: String?
  }

  /// Runs until stopped or done.
  func run() async -> Tally {
    var tally = Tally()
    while stop.requestedBy == nil {
      tally.attempted += 1
      // "2 of 2" on the scan that --max-scans makes the last; nil while more will follow.
      let last = maxScans.flatMap {
        tally.attempted >= $0 ? "\(tally.attempted) of --max-scans \($0)" : nil
      }
      do {
        let deliveries = try await iterate()
        if deliveries != nil { tally.recorded += 1 }
        if let last, let deliveries, deliveries.delivered == 0, !deliveries.undelivered.isEmpty {
          tally.lastProblem =
            "no webhook took the notifications of the last scan (\(last)): "
            + deliveries.undelivered.joined(separator: ", ")
        }
      } catch {
        if let last {
          tally.lastProblem = "the last scan (\(last)) failed: \(error)"
        } else {
          logger.error(
            "watch scan failed; trying again after the interval",
            ["error": "\(error)", "watch.scan": String(tally.attempted)])
        }
      }
      if last != nil { break }
      guard stop.requestedBy == nil, await stop.pause(seconds: interval) else { break }
    }
    return tally
  }

  /// One scan from collection to announcement, and what the webhooks did with it; nil, with
  /// nothing written, when a stop abandoned the scan.
  func iterate() async throws -> WatchAnnouncer.Deliveries? {
    guard let scanned = try await stop.unlessStopped(scan) else {
      logger.info("scan abandoned: stop requested")
      return nil
    }
    try writeReports?(scanned)
    let store = try openStore()
    let scanId = try store.record(scanned.record)

    let account = scanned.metadata.account
    // The newest earlier scan of the account; another process may have recorded one since.
    let previous = try store.scans(account: account, limit: 10).first { $0.id < scanId }
    let diff = try previous.map { try store.diff(old: $0.id, new: scanId) }
    logger.info(
      "watch scan recorded",
      [
        "store.scan": String(scanId), "aws.account": account,
        "findings.new": diff.map { String($0.newFindings.count) } ?? "baseline",
      ])
    return try await announcer.announce(scanned, scanId: scanId, diff: diff, store: store)
  }
}
