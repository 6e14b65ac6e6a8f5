import ParapetCore

/// Whether a newer scan looked again at a finding that failed before, so that one it did
/// not look at is never taken for fixed: missing data is not a resolution.
///
/// A scan re-assessed a finding when it judged it (pass or muted), or when the finding is
/// gone while the scan covered it: its region and service were in scope, its check's
/// resources could be listed, and its resource is gone too (a deleted resource resolves its
/// findings). A finding whose resource is still there but which the scan did not judge was
/// outside the checks that scan ran. Asked of the older scan about what fails now, the same
/// question tells a new failure from one the older scan never looked at.
struct Reassessment: Sendable {
  /// How the reasons name the scan: `newer`, or `older` when asking whether the older of
  /// two scans had looked at what now fails.
  var scan = "newer"
  /// The newer scan's regions; empty means every region. `global` is always in scope.
  var regions: Set<String> = []
  /// The newer scan's services; empty means every service.
  var services: Set<String> = []
  /// Checks whose resources the newer scan could not list, from its not-evaluated
  /// placeholder findings (resource id `TYPE/*`).
  var unlistedChecks: Set<String> = []
  /// Resource types the newer scan could not list somewhere, from the same placeholders.
  var unlistedTypes: Set<String> = []
  /// The other scan's regions, when known (empty: every region).
  var peerRegions: Set<String>?

  /// Resource types whose properties come from several services' calls.
  static let compositeTypes: Set<String> = ["aws.account", "aws.region"]

  /// Whether this scan covered less than `other`: fewer services or regions, or a type it
  /// could not list that `other` could.
  func isNarrower(than other: Reassessment) -> Bool {
    func less(_ mine: Set<String>, _ theirs: Set<String>) -> Bool {
      !mine.isEmpty && (theirs.isEmpty || !theirs.isSubset(of: mine))
    }
    return less(services, other.services) || less(regions, other.regions)
      || !unlistedTypes.isSubset(of: other.unlistedTypes)
  }

  /// A finding's resource id when it stands for every resource of a type that could not
  /// be listed, as the rule engine writes it.
  static func isListingPlaceholder(_ resourceId: String) -> Bool {
    resourceId.hasSuffix("/*")
  }

  /// Notes a finding of the newer scan; placeholders mark their check and type unlisted.
  mutating func note(checkId: String, resourceId: String, resourceType: String) {
    guard Self.isListingPlaceholder(resourceId) else { return }
    unlistedChecks.insert(checkId)
    unlistedTypes.insert(resourceType)
  }

  /// Why the newer scan did not re-assess `finding`, or nil when it did. `nowStatus` is the
  /// finding's status in the newer scan (nil when absent from it); `resourcePresent` says
  /// whether its resource is still in the newer scan.
  func notReassessedReason(
    _ finding: Finding, nowStatus: Finding.Status?, resourcePresent: Bool
  ) -> String? {
    if nowStatus == nil,
      let reason = outOfScope(type: finding.resourceType, region: finding.region)
    {
      return reason
    }
    return unjudgedReason(
      checkId: finding.checkId, nowStatus: nowStatus, resourcePresent: resourcePresent)
  }

  /// Why a finding in the newer scan's scope was not judged by it, or nil when it was.
  func unjudgedReason(checkId: String, nowStatus: Finding.Status?, resourcePresent: Bool)
    -> String?
  {
    switch nowStatus {
    case .pass?, .muted?, .fail?: return nil
    case .notEvaluated?: return "the \(scan) scan could not evaluate it"
    case nil: break
    }
    if unlistedChecks.contains(checkId) {
      return "the \(scan) scan could not list its resources"
    }
    if resourcePresent { return "the \(scan) scan did not run this check" }
    return nil
  }

  /// Why a resource the newer scan lacks may still exist, or nil when it is gone.
  func unseenReason(_ resource: ResourceSummary) -> String? {
    if let reason = outOfScope(type: resource.type, region: resource.region) { return reason }
    if unlistedTypes.contains(resource.type) {
      return "the \(scan) scan could not list its type"
    }
    return nil
  }

  private func outOfScope(type: String, region: String) -> String? {
    let service = StoredText.service(ofType: type)
    if !services.isEmpty, !services.contains(service) {
      return "outside the \(scan) scan's services"
    }
    // A region the other scan did not name either yet found this in (S3 lists every
    // region's buckets from one call) is no limit of this scan's.
    let otherNamed = peerRegions.map { $0.isEmpty || $0.contains(region) } ?? true
    if !regions.isEmpty, region != "global", !regions.contains(region), otherNamed {
      return "outside the \(scan) scan's regions"
    }
    return nil
  }
}
