import Foundation
import ParapetCore

/// What one `parapet watch` iteration has to tell a channel: the failing findings at or
/// above the threshold that the channel has not heard about, from one scan of one account.
/// Every payload format renders from this, so they all say the same thing.
public struct NotificationBatch: Sendable, Hashable {
  /// The scan that found them.
  public var scan: ScanMetadata
  /// The scan's id in the history store (`parapet diff`, `parapet fix --scan`).
  public var storeScanId: Int64
  /// The lowest severity announced (`--notify-severity`).
  public var threshold: Severity
  /// The findings, in announcement order (see `init`).
  public var findings: [Finding]

  /// A batch; `findings` are ordered by severity (highest first), then check id, resource
  /// id and region, so that a capped list keeps the worst ones.
  public init(scan: ScanMetadata, storeScanId: Int64, threshold: Severity, findings: [Finding]) {
    self.scan = scan
    self.storeScanId = storeScanId
    self.threshold = threshold
    self.findings = findings.sorted { left, right in
      if left.severity != right.severity { return left.severity > right.severity }
      if left.checkId != right.checkId { return left.checkId < right.checkId }
      if left.resourceId != right.resourceId { return left.resourceId < right.resourceId }
      return left.region < right.region
    }
  }

  /// The account scanned.
  public var account: String { scan.account }

  /// One line saying what happened, such as
  /// `2 new failing findings at or above high in AWS account 123456789012`.
  public var title: String {
    let noun = findings.count == 1 ? "finding" : "findings"
    return "\(findings.count) new failing \(noun) at or above \(threshold.rawValue) "
      + "in AWS account \(account)"
  }

  /// The first `limit` findings, and how many more were left out.
  public func listed(limit: Int) -> (findings: ArraySlice<Finding>, more: Int) {
    let shown = findings.prefix(max(0, limit))
    return (shown, findings.count - shown.count)
  }

  /// The line that ends a capped list, such as `and 3 more not listed`; nil when none were
  /// left out.
  static func moreLine(_ more: Int) -> String? {
    more > 0 ? "and \(more) more not listed" : nil
  }

  /// `date` as ISO 8601 in UTC to the second, such as `2024-05-01T12:30:05Z`.
  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    return formatter.string(from: whole)
  }

  /// `text` cut to at most `limit` characters, ending in `...` when cut, so that one long
  /// message cannot push a chat message over the service's size limit.
  static func clipped(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    return String(text.prefix(max(0, limit - 3))) + "..."
  }
}
