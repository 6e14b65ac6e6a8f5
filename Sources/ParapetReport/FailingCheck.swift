import ParapetCore

/// A check with failing findings, ranked for the summary: most severe first, then most
/// failures, then by id so ties read the same every run.
struct FailingCheck: Sendable, Hashable {
  var checkId: String
  var title: String
  var severity: Severity
  var count: Int

  static func rank(_ findings: [Finding]) -> [FailingCheck] {
    var byId: [String: FailingCheck] = [:]
    for finding in findings where finding.status == .fail {
      byId[
        finding.checkId,
        default: FailingCheck(
          checkId: finding.checkId, title: finding.checkTitle, severity: finding.severity,
          count: 0)
      ].count += 1
    }
    return byId.values.sorted { lhs, rhs in
      if lhs.severity != rhs.severity { return lhs.severity > rhs.severity }
      if lhs.count != rhs.count { return lhs.count > rhs.count }
      return lhs.checkId < rhs.checkId
    }
  }
}

/// Failed collection calls that share service, region, operation and reason, counted, so
/// a permission missing for a hundred buckets reads as one line.
struct FailedCall: Sendable, Hashable {
  var service: String
  var region: String
  var operation: String
  var reason: String

  static func group(_ failures: [CollectionFailure]) -> [FailedCall] {
    var counts: [FailedCall: Int] = [:]
    for failure in failures {
      let call = FailedCall(
        service: failure.service, region: failure.region, operation: failure.operation,
        reason: reason(failure))
      counts[call, default: 0] += 1
    }
    let sorted = counts.keys.sorted { lhs, rhs in
      (lhs.service, lhs.region, lhs.operation, lhs.reason)
        < (rhs.service, rhs.region, rhs.operation, rhs.reason)
    }
    return sorted.map { call in
      let count = counts[call] ?? 1
      var counted = call
      if count > 1 { counted.reason += " (\(count) calls)" }
      return counted
    }
  }

  private static func reason(_ failure: CollectionFailure) -> String {
    switch failure.kind {
    case .accessDenied: return "missing " + failure.permission
    case .unsupported: return "unsupported"
    case .throttled: return "throttled"
    case .error: return "error: " + failure.message
    }
  }
}
