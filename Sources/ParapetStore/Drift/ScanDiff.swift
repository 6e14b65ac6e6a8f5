import ParapetCore

/// What changed between two scans: findings that started, stopped or kept failing, and
/// resources added, removed or changed (with a field-level diff of their properties).
///
/// Findings match by `Finding.fingerprint`; resources by id. Only `fail` counts as
/// failing. A finding that failed before resolves when the newer scan passes or mutes it,
/// or when it and its resource are gone from what the newer scan covered; when the newer
/// scan did not look (outside its regions or services, data it could not read, a check it
/// did not run) the finding is `notReassessed`, and a resource it lacks for such a reason
/// is `unseenResources`, not removed (see `Reassessment`). Lists are ordered by severity
/// (highest first), then check id and resource id, and resources by type and id, so output
/// is stable.
public struct ScanDiff: Sendable, Equatable {
  /// The older scan's id, when the contents came from a store.
  public var oldScan: Int64?
  /// The newer scan's id, when the contents came from a store.
  public var newScan: Int64?
  /// Failing now, not failing before.
  public var newFindings: [Finding]
  /// Failing now; the older scan did not look at them (out of its scope, data it could not
  /// read, a check it did not run), so they may have failed then too.
  public var notAssessedBefore: [UnassessedFinding]
  /// Failing before, not failing now.
  public var resolvedFindings: [ResolvedFinding]
  /// Failing before; the newer scan did not look at them again, so they may still fail.
  public var notReassessed: [UnassessedFinding]
  /// Failing in both scans (as the newer scan states them).
  public var stillFailing: [Finding]
  /// Resources only in the newer scan.
  public var addedResources: [ResourceSummary]
  /// Resources only in the newer scan, which the older one could not or did not look for.
  public var newlySeenResources: [UnseenResource]
  /// Resources only in the older scan.
  public var removedResources: [ResourceSummary]
  /// Resources in both whose properties, name or tags differ.
  public var changedResources: [ResourceChange]
  /// Resources only in the older scan, which the newer one could not or did not look for.
  public var unseenResources: [UnseenResource]

  /// Compares two scans' contents; their scopes are taken as unrestricted, and their
  /// placeholder findings say which resources each could not list.
  public static func compute(
    old: ScanContents, new: ScanContents, oldScan: Int64? = nil, newScan: Int64? = nil
  ) -> ScanDiff {
    func coverage(of contents: ScanContents, _ name: String) -> Reassessment {
      var reassessment = Reassessment(scan: name)
      for finding in contents.findings {
        reassessment.note(
          checkId: finding.checkId, resourceId: finding.resourceId,
          resourceType: finding.resourceType)
      }
      return reassessment
    }
    return compute(
      old: old, new: new, oldScan: oldScan, newScan: newScan, stored: nil,
      reassessment: coverage(of: new, "newer"), earlier: coverage(of: old, "older"))
  }

  /// What a store knows without loading every finding: the older scan's failing
  /// fingerprints, the newer scan's fingerprints as stored, and the newer statuses of the
  /// findings that resolved.
  struct StoredFacts {
    /// Fingerprints of every failing finding of the older scan.
    var oldFailing: Set<String>
    /// Fingerprints of `new.findings`, in the same order.
    var newFingerprints: [String]
    /// The newer scan's status of each resolved finding still there.
    var newStatuses: [String: Finding.Status]
    /// Of the resources of resolved findings absent from the newer scan, those it has.
    var presentResources: Set<String>
    /// The older scan's status of each finding failing now and not then, when it had one.
    var oldStatuses: [String: Finding.Status]
    /// Of the resources of those findings absent from the older scan, those it had.
    var presentBefore: Set<String>
  }

  /// With `stored`, `old.findings` holds only the older scan's findings that no longer
  /// fail and `new.findings` only the newer scan's failing ones: the store loads no more.
  static func compute(
    old: ScanContents, new: ScanContents, oldScan: Int64?, newScan: Int64?,
    stored: StoredFacts?, reassessment newer: Reassessment, earlier older: Reassessment
  ) -> ScanDiff {
    var reassessment = newer
    var earlier = older
    reassessment.peerRegions = older.regions
    earlier.peerRegions = newer.regions
    // Indexes rather than copies: a scan holds hundreds of thousands of findings.
    let oldFailing = failing(old.findings)
    let newFailing = failing(new.findings, fingerprints: stored?.newFingerprints)
    let failedBefore = { (fingerprint: String) in
      stored?.oldFailing.contains(fingerprint) ?? (oldFailing[fingerprint] != nil)
    }
    let newStatus =
      stored?.newStatuses
      ?? Dictionary(
        new.findings.map { ($0.fingerprint, $0.status) }, uniquingKeysWith: { first, _ in first })

    var added: [Int] = []
    var still: [Int] = []
    for (fingerprint, index) in newFailing {
      if failedBefore(fingerprint) { still.append(index) } else { added.append(index) }
    }
    var resolved: [Int] = []
    for (fingerprint, index) in oldFailing where newFailing[fingerprint] == nil {
      resolved.append(index)
    }

    // What fails now and did not then is new only if the older scan looked at it.
    let oldStatus =
      stored?.oldStatuses
      ?? Dictionary(
        old.findings.map { ($0.fingerprint, $0.status) }, uniquingKeysWith: { first, _ in first })
    let oldIds = Set(old.resources.map(\.resource.id))
    let wasPresent = { (id: String) in stored?.presentBefore.contains(id) ?? oldIds.contains(id) }
    var newFindings: [Finding] = []
    var notAssessedBefore: [UnassessedFinding] = []
    for finding in ordered(added, of: new.findings) {
      if let reason = earlier.notReassessedReason(
        finding, nowStatus: oldStatus[finding.fingerprint],
        resourcePresent: wasPresent(finding.resourceId))
      {
        notAssessedBefore.append(UnassessedFinding(finding: finding, reason: reason))
      } else {
        newFindings.append(finding)
      }
    }

    let oldResources = Dictionary(
      old.resources.indices.map { (old.resources[$0].resource.id, $0) },
      uniquingKeysWith: { first, _ in first })
    let newIds = Set(new.resources.map(\.resource.id))
    let narrower = reassessment.isNarrower(than: earlier)
    let olderNarrower = earlier.isNarrower(than: reassessment)
    var addedResources: [ResourceSummary] = []
    var newlySeen: [UnseenResource] = []
    var changed: [ResourceChange] = []
    for entry in new.resources {
      guard let before = oldResources[entry.resource.id].map({ old.resources[$0] }) else {
        let summary = ResourceSummary(entry.resource)
        if let reason = earlier.unseenReason(summary) {
          newlySeen.append(UnseenResource(resource: summary, reason: reason))
        } else {
          addedResources.append(summary)
        }
        continue
      }
      var changes = resourceChanges(before, entry)
      // The account and region resources gather settings from many services; what the
      // narrower of two scans did not read was neither removed nor added.
      if Reassessment.compositeTypes.contains(entry.resource.type) {
        if narrower { changes.removeAll { $0.kind == .removed } }
        if olderNarrower { changes.removeAll { $0.kind == .added } }
      }
      if !changes.isEmpty {
        changed.append(ResourceChange(resource: ResourceSummary(entry.resource), changes: changes))
      }
    }
    let missing = old.resources.filter { !newIds.contains($0.resource.id) }
      .map { ResourceSummary($0.resource) }
    var removed: [ResourceSummary] = []
    var unseen: [UnseenResource] = []
    for resource in missing {
      if let reason = reassessment.unseenReason(resource) {
        unseen.append(UnseenResource(resource: resource, reason: reason))
      } else {
        removed.append(resource)
      }
    }

    let isPresent = { (id: String) in stored?.presentResources.contains(id) ?? newIds.contains(id) }
    var resolvedFindings: [ResolvedFinding] = []
    var unassessed: [UnassessedFinding] = []
    for finding in ordered(resolved, of: old.findings) {
      let now = newStatus[finding.fingerprint]
      if let reason = reassessment.notReassessedReason(
        finding, nowStatus: now, resourcePresent: isPresent(finding.resourceId))
      {
        unassessed.append(UnassessedFinding(finding: finding, reason: reason))
      } else {
        resolvedFindings.append(ResolvedFinding(finding: finding, nowStatus: now))
      }
    }

    return ScanDiff(
      oldScan: oldScan, newScan: newScan, newFindings: newFindings,
      notAssessedBefore: notAssessedBefore, resolvedFindings: resolvedFindings,
      notReassessed: unassessed, stillFailing: ordered(still, of: new.findings),
      addedResources: addedResources.sorted(by: resourceOrder),
      newlySeenResources: newlySeen.sorted { resourceOrder($0.resource, $1.resource) },
      removedResources: removed.sorted(by: resourceOrder),
      changedResources: changed.sorted { resourceOrder($0.resource, $1.resource) },
      unseenResources: unseen.sorted { resourceOrder($0.resource, $1.resource) })
  }

  /// Index of the first failing finding of each fingerprint; `fingerprints`, when given,
  /// are the findings' own, already computed.
  private static func failing(_ findings: [Finding], fingerprints: [String]? = nil)
    -> [String: Int]
  {
    var byFingerprint: [String: Int] = [:]
    byFingerprint.reserveCapacity(findings.count)
    for index in findings.indices where findings[index].status == .fail {
      let fingerprint = fingerprints?[index] ?? findings[index].fingerprint
      if byFingerprint[fingerprint] == nil { byFingerprint[fingerprint] = index }
    }
    return byFingerprint
  }

  /// The findings at `indexes`, by severity (highest first), check id and resource id.
  private static func ordered(_ indexes: [Int], of findings: [Finding]) -> [Finding] {
    let keys = indexes.map { index in
      (
        rank: findings[index].severity.rank, check: findings[index].checkId,
        resource: findings[index].resourceId, index: index
      )
    }
    let sorted = keys.sorted { lhs, rhs in
      if lhs.rank != rhs.rank { return lhs.rank > rhs.rank }
      if lhs.check != rhs.check { return lhs.check < rhs.check }
      return lhs.resource < rhs.resource
    }
    return sorted.map { findings[$0.index] }
  }

  private static func resourceChanges(_ old: StoredResource, _ new: StoredResource)
    -> [PropertyChange]
  {
    var changes: [PropertyChange] = []
    if old.resource.name != new.resource.name {
      changes.append(
        PropertyChange(
          kind: .changed, path: "(name)", oldValue: .string(old.resource.name),
          newValue: .string(new.resource.name)))
    }
    if old.resource.tags != new.resource.tags {
      let tags = { (tags: [String: String]) in JSONValue.object(tags.mapValues { .string($0) }) }
      changes += PropertyDiff.changes(
        from: tags(old.resource.tags), to: tags(new.resource.tags), path: "(tags)")
    }
    if old.bodyHash != new.bodyHash {
      changes += PropertyDiff.changes(from: old.resource.properties, to: new.resource.properties)
    }
    return changes
  }

  private static func resourceOrder(_ lhs: ResourceSummary, _ rhs: ResourceSummary) -> Bool {
    lhs.type != rhs.type ? lhs.type < rhs.type : lhs.id < rhs.id
  }
}

/// A finding that failed in the older scan and does not in the newer one.
public struct ResolvedFinding: Sendable, Equatable {
  /// The finding as the older scan stated it.
  public var finding: Finding
  /// Its status in the newer scan; nil when the newer scan has no such finding.
  public var nowStatus: Finding.Status?

  /// A resolved finding.
  public init(finding: Finding, nowStatus: Finding.Status?) {
    self.finding = finding
    self.nowStatus = nowStatus
  }
}

/// A finding that failed in the older scan which the newer scan did not look at again.
public struct UnassessedFinding: Sendable, Equatable {
  /// The finding as the older scan stated it.
  public var finding: Finding
  /// Why the newer scan did not re-assess it, such as `outside the newer scan's regions`.
  public var reason: String
}

/// A resource of the older scan that the newer scan could not or did not look for.
public struct UnseenResource: Sendable, Equatable {
  /// The resource as the older scan named it.
  public var resource: ResourceSummary
  /// Why the newer scan did not see it.
  public var reason: String
}

/// Enough of a resource to name it in a diff.
public struct ResourceSummary: Sendable, Equatable {
  /// Resource id (ARN).
  public var id: String
  /// Resource type.
  public var type: String
  /// Region.
  public var region: String
  /// Name.
  public var name: String

  /// The summary of `resource`.
  public init(_ resource: Resource) {
    id = resource.id
    type = resource.type
    region = resource.region
    name = resource.name
  }
}

/// A resource present in both scans with differing fields.
public struct ResourceChange: Sendable, Equatable {
  /// The resource, as the newer scan names it.
  public var resource: ResourceSummary
  /// Field-level changes in path order.
  public var changes: [PropertyChange]

  /// A change record.
  public init(resource: ResourceSummary, changes: [PropertyChange]) {
    self.resource = resource
    self.changes = changes
  }
}
