import ParapetCollectors
import ParapetCore
import ParapetStore

/// The scan a rescan updates: the account's latest posture scan in the history store, with
/// its inventory and findings.
struct RescanBaseline {
  /// The stored scan.
  var summary: ScanSummary
  /// Its resources (the store keeps no collection failures).
  var inventory: Inventory
  /// Its findings.
  var findings: [Finding]

  /// The newest scan of `account` that collected something; detection runs recorded in
  /// the store cover no region and are passed over.
  static func latest(account: String, in store: any ScanStore) throws -> RescanBaseline {
    guard
      let summary = try store.scans(account: account, limit: nil).first(where: {
        !$0.metadata.regions.isEmpty
      })
    else {
      throw CommandError(
        "the history store has no scan of account \(account) to update; "
          + "run `parapet scan aws` first")
    }
    let resources = try store.resources(scan: summary.id).map(\.resource)
    let inventory = Inventory(
      account: account, regions: summary.metadata.regions, resources: resources)
    return RescanBaseline(
      summary: summary, inventory: inventory, findings: try store.findings(scan: summary.id))
  }

  /// The types of the resources `ids` names, looked up in the first inventory holding each.
  static func types(of ids: Set<String>, in inventories: [Inventory]) -> Set<String> {
    Set(ids.compactMap { id in inventories.lazy.compactMap { $0.resource(id: id)?.type }.first })
  }
}

/// What a rescan may read again: the services and regions of the scan it updates,
/// narrowed to `--region` when given.
struct RescanScope: Sendable {
  /// Services the updated scan collected.
  let services: Set<String>
  /// Regions whose events count.
  let regions: [String]

  /// The scope of `baseline`; a `--region` it did not cover is a usage error.
  init(baseline: ScanSummary, regions requested: [String]) throws {
    let covered = baseline.metadata.regions
    if let outside = requested.first(where: { !covered.contains($0) }) {
      throw UsageError(
        "--region \(outside) was not covered by scan \(baseline.id), which covered "
          + covered.joined(separator: ", ") + "; run `parapet scan aws` for it first")
    }
    services = Set(baseline.metadata.services)
    regions = requested.isEmpty ? covered : requested
  }

  /// Whether `target` is a service the scan collected, in a region it covered (global
  /// services, S3's bucket list included, cover every region).
  func contains(_ target: ResourceTarget) -> Bool {
    guard services.contains(target.service),
      let collector = AccountScanner.allCollectors.first(where: { $0.service == target.service })
    else { return false }
    return collector.scope == .global || regions.contains(target.region)
  }

  /// Regions to ask LookupEvents: the scope's, and us-east-1 for global services (IAM and
  /// CloudFront record their events there).
  var lookupRegions: [String] {
    let global = AccountScanner.allCollectors.contains {
      $0.scope == .global && services.contains($0.service)
    }
    return (global ? Set(regions).union(["us-east-1"]) : Set(regions)).sorted()
  }
}
