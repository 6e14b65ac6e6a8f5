import Foundation
import ParapetCore
import ParapetNotify
import ParapetReport
import ParapetStore

/// Tells each channel (standard output, every webhook) about the failing findings that are
/// new to it after a recorded scan, and keeps each channel's ledger in the store so that
/// nothing is announced twice, even across restarts.
///
/// The ledger is written after the channel answered: a finding is recorded as delivered
/// when the webhook accepted it, as rejected when the webhook refused it for good (the
/// failure is logged once and not retried), and not at all when delivery gave up or was
/// interrupted, so the next scan offers it again. A crash between a webhook's acceptance
/// and the ledger write can repeat one message; nothing else can.
struct WatchAnnouncer: Sendable {
  /// The webhooks, in command-line order.
  var webhooks: [WebhookChannel]
  /// Posts to them.
  var sender: WebhookSender
  /// Where the summary and the console channel's announcements go; nil with `--quiet`.
  var console: (@Sendable (String) -> Void)?
  /// The lowest severity announced.
  var threshold: Severity
  var stop: StopSignal
  var logger: Logger
  var now: @Sendable () -> Date = Date.init

  /// The console's name in the store's ledgers.
  static let consoleChannel = "console"

  /// What the webhooks did with the findings due to them after one scan.
  struct Deliveries: Sendable, Equatable {
    /// Webhooks that accepted their message.
    var delivered = 0
    /// Webhooks that were sent a message and did not take it, each as `format URL (why)`
    /// with the URL redacted.
    var undelivered: [String] = []
  }

  /// Announces what is new after `scan`, recorded as `scanId`; `diff` compares it with the
  /// account's previous scan (nil for its first). Returns what the webhooks did with it.
  @discardableResult
  func announce(
    _ scan: ScannedAccount, scanId: Int64, diff: ScanDiff?, store: any ScanStore
  ) async throws -> Deliveries {
    let account = scan.metadata.account
    let openings = Dictionary(
      try store.lifecycles(account: account).map { ($0.fingerprint, $0.reopenedCount) },
      uniquingKeysWith: { first, _ in first })
    let newSincePrevious = Set(diff?.newFindings.map(\.fingerprint) ?? [])
    func plan(_ channel: String) throws -> (NotificationPlan, isNew: Bool) {
      let ledger = try store.notificationLedger(account: account, channel: channel)
      let plan = NotificationPlan(
        findings: scan.findings, newSincePrevious: newSincePrevious, openings: openings,
        ledger: ledger, threshold: threshold)
      return (plan, ledger == nil)
    }

    if let console {
      let (plan, isNew) = try plan(Self.consoleChannel)
      console(summary(scan, scanId: scanId, diff: diff))
      for due in plan.due {
        let finding = due.finding
        console(
          "  new \(finding.severity.rawValue) \(finding.checkId) \(finding.resourceId) "
            + "(\(finding.region))")
      }
      try record(plan, isNew: isNew, .delivered, channel: Self.consoleChannel, scan, scanId, store)
    }

    var deliveries = Deliveries()
    for webhook in webhooks {
      let (plan, isNew) = try plan(webhook.id)
      var outcome: NotificationEntry.Outcome?
      if !plan.due.isEmpty, stop.requestedBy == nil {
        let batch = NotificationBatch(
          scan: scan.metadata, storeScanId: scanId, threshold: threshold,
          findings: plan.due.map(\.finding))
        let delivery = await sender.send(batch, to: webhook)
        outcome = report(delivery, webhook, count: plan.due.count)
        if case .delivered = delivery {
          deliveries.delivered += 1
        } else {
          deliveries.undelivered.append(Self.undelivered(delivery, webhook))
        }
      }
      try record(plan, isNew: isNew, outcome, channel: webhook.id, scan, scanId, store)
    }
    return deliveries
  }

  /// `format URL (why)` for a webhook that did not take its message; the URL redacted.
  private static func undelivered(_ outcome: DeliveryOutcome, _ webhook: WebhookChannel) -> String {
    let why: String
    switch outcome {
    case .delivered: why = "delivered"
    case .rejected(let status, _): why = "refused with HTTP \(status)"
    case .gaveUp(_, let attempts): why = "gave up after \(attempts) attempt(s)"
    case .interrupted: why = "interrupted"
    }
    return "\(webhook.format.rawValue) \(webhook.redactedURL) (\(why))"
  }

  /// Writes the baseline and, when the channel answered, the due findings.
  private func record(
    _ plan: NotificationPlan, isNew: Bool, _ outcome: NotificationEntry.Outcome?,
    channel: String, _ scan: ScannedAccount, _ scanId: Int64, _ store: any ScanStore
  ) throws {
    let entries = plan.baseline + (outcome.map(plan.entries) ?? [])
    guard isNew || !entries.isEmpty else { return }
    try store.recordNotifications(
      entries, account: scan.metadata.account, channel: channel, scan: scanId, at: now())
  }

  /// Says how a delivery ended (stdout for success, the log for failures) and what the
  /// ledger should record.
  private func report(
    _ outcome: DeliveryOutcome, _ webhook: WebhookChannel, count: Int
  ) -> NotificationEntry.Outcome? {
    let noun = count == 1 ? "finding" : "findings"
    let context = ["notify.channel": webhook.format.rawValue, "notify.url": webhook.redactedURL]
    switch outcome {
    case .delivered:
      console?("  sent \(count) \(noun) to \(webhook.format.rawValue) \(webhook.redactedURL)")
      return .delivered
    case .rejected(let status, _):
      logger.error(
        "webhook refused the notification; fix the URL, these findings will not be sent again",
        context.merging(["http.status": String(status), "notify.findings": String(count)]) { $1 })
      return .rejected
    case .gaveUp(let reason, let attempts):
      logger.error(
        "webhook delivery failed; the findings will be offered again after the next scan",
        context.merging(["error": reason, "notify.attempts": String(attempts)]) { $1 })
      return nil
    case .interrupted:
      logger.warning(
        "webhook delivery interrupted by the stop; the findings will be offered next time",
        context)
      return nil
    }
  }

  /// One line per scan: when, which scan, how much fails, what changed.
  private func summary(_ scan: ScannedAccount, scanId: Int64, diff: ScanDiff?) -> String {
    let failing = scan.findings.lazy.filter { $0.status == .fail }.count
    var line =
      "\(UTCTimestamp.iso8601(scan.metadata.finishedAt)) scan \(scanId) of "
      + "\(scan.metadata.account): \(failing) failing"
    if let diff, let previous = diff.oldScan {
      line +=
        "; \(diff.newFindings.count) new and \(diff.resolvedFindings.count) resolved "
        + "since scan \(previous)"
      if !diff.notReassessed.isEmpty {
        line += " (\(diff.notReassessed.count) not re-assessed: data missing or out of scope)"
      }
    } else {
      line += "; the account's first recorded scan, taken as the baseline"
    }
    return line
  }
}
