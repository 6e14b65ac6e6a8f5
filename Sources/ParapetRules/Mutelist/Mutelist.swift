import Foundation
import ParapetCore

/// Accepted failures: entries that turn matching `fail` findings into `muted` ones with a
/// reason, so that known and accepted risks stay visible in the output without failing the
/// scan. Loaded from YAML by `MutelistDecoder` (Parapet's shape or Prowler's).
public struct Mutelist: Sendable {
  /// One accepted failure: which findings it covers, why, and until when.
  public struct Entry: Sendable {
    /// Where the entry was written, `file:line`, for warnings.
    public var location: String
    /// Account id globs; empty matches every account.
    public var accounts: [String]
    /// Region globs; empty matches every region.
    public var regions: [String]
    /// Check id globs; also matched against Prowler-style names (`s3_bucket_versioning`
    /// for `aws.s3.bucket_versioning`). Empty matches every check.
    public var checks: [String]
    /// Regular expressions searched in the resource id and name; empty matches all.
    public var resources: [CompiledRegex]
    /// Tag requirements: every key must be present with a value the regex matches.
    public var tags: [String: CompiledRegex]
    /// Regular expressions over `key=value` of the resource's tags, any one matching
    /// (Prowler's `Tags`); empty matches all.
    public var tagExpressions: [CompiledRegex]
    /// Why the failure is accepted; shown on the muted finding.
    public var reason: String
    /// The last day the entry mutes (UTC, inclusive); nil for no expiry.
    public var expires: Date?

    /// Whether the entry covers `finding` on a resource with `tags`.
    func covers(_ finding: Finding, tags resourceTags: [String: String]) -> Bool {
      guard Self.any(accounts, finding.account), Self.any(regions, finding.region) else {
        return false
      }
      let prowlerName = Self.prowlerName(finding.checkId)
      guard
        checks.isEmpty
          || checks.contains(where: {
            ValueMatching.glob(finding.checkId, $0) || ValueMatching.glob(prowlerName, $0)
          })
      else { return false }
      guard
        resources.isEmpty
          || resources.contains(where: {
            $0.matches(finding.resourceId) || $0.matches(finding.resourceName)
          })
      else { return false }
      for (key, pattern) in tags {
        guard let value = resourceTags[key], pattern.matches(value) else { return false }
      }
      let pairs = resourceTags.map { "\($0.key)=\($0.value)" }
      return tagExpressions.isEmpty
        || tagExpressions.contains { expression in pairs.contains(where: expression.matches) }
    }

    private static func any(_ globs: [String], _ value: String) -> Bool {
      globs.isEmpty || globs.contains { ValueMatching.glob(value, $0) }
    }

    /// `aws.s3.bucket_versioning` as Prowler names checks: `s3_bucket_versioning`.
    static func prowlerName(_ id: String) -> String {
      let parts = id.split(separator: ".", maxSplits: 2)
      guard parts.count == 3 else { return id }
      return "\(parts[1])_\(parts[2])"
    }
  }

  /// The entries in file order; the first live entry that covers a finding mutes it.
  public var entries: [Entry]

  /// A mutelist of `entries`.
  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// `findings` with every covered `fail` turned `muted`, its message ending in
  /// `(muted: REASON)`. Tags come from the inventory's resources. Entries past their expiry
  /// mute nothing and are each logged once as a warning naming where they are.
  public func apply(
    to findings: [Finding], inventory: Inventory, now: Date = Date(), logger: Logger = .disabled
  ) -> [Finding] {
    let live = entries.filter { entry in
      guard let expires = entry.expires, expires.addingTimeInterval(86_400) <= now else {
        return true
      }
      logger.warning(
        "mutelist entry has expired and no longer mutes",
        ["mutelist.entry": entry.location, "mutelist.expires": Self.day(expires)])
      return false
    }
    guard !live.isEmpty else { return findings }

    return findings.map { finding in
      guard finding.status == .fail else { return finding }
      let tags = inventory.resource(id: finding.resourceId)?.tags ?? [:]
      guard let entry = live.first(where: { $0.covers(finding, tags: tags) }) else {
        return finding
      }
      var muted = finding
      muted.status = .muted
      muted.message += " (muted: \(entry.reason))"
      return muted
    }
  }

  static func day(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: date)
  }
}
