import Foundation

/// What `parapet fix` did about one finding, kept in the history store beside the finding's
/// lifecycle so that "who fixed this, when, and did it work" is answered from the store,
/// not only from an audit log on somebody's laptop.
public struct RemediationRecord: Sendable, Hashable {
  /// Account of the finding.
  public var account: String
  /// `Finding.fingerprint`: the check on the resource, across scans.
  public var fingerprint: String
  /// Check id of the finding.
  public var checkId: String
  /// Resource the finding is about.
  public var resourceId: String
  /// The stored scan the finding was taken from (`parapet fix --scan ID`), if any.
  public var scanId: Int64?
  /// The audit log entry holding the calls, values before and after, and undo calls;
  /// empty when no call was attempted.
  public var auditEntryId: String
  /// `fixed`, `still_failing`, `failed_to_apply`, `not_applied`, `not_verified`, `undone`
  /// or `undo_failed`.
  public var result: String
  /// Why, for anything but `fixed` and `undone`: the check's message or the AWS error.
  public var detail: String
  /// Caller identity ARN that made the calls.
  public var who: String
  /// When the result was known.
  public var time: Date

  /// A record; `parapet fix` builds one per finding after applying or undoing.
  public init(
    account: String, fingerprint: String, checkId: String, resourceId: String,
    scanId: Int64?, auditEntryId: String, result: String, detail: String, who: String,
    time: Date
  ) {
    self.account = account
    self.fingerprint = fingerprint
    self.checkId = checkId
    self.resourceId = resourceId
    self.scanId = scanId
    self.auditEntryId = auditEntryId
    self.result = result
    self.detail = detail
    self.who = who
    self.time = time
  }
}
