import ParapetCore

/// A fix planned for one resource, answering one or more failing findings on it.
public struct PlannedFix: Sendable {
  /// The failing findings this fix answers (several checks can share one fix).
  public var findings: [Finding]
  /// The plan, when one could be made.
  public var plan: FixPlan?
  /// Why no plan could be made (no fixer, resource gone, a read call failed).
  public var problem: String?

  /// A planned fix.
  public init(findings: [Finding], plan: FixPlan?, problem: String?) {
    self.findings = findings
    self.plan = plan
    self.problem = problem
  }
}

/// What happened to one finding after `--apply`.
public enum FixVerdict: Sendable, Hashable {
  /// The check passes on the re-collected resource.
  case fixed
  /// The check still fails; the finding's message says why.
  case stillFailing(String)
  /// A call failed; the AWS error.
  case failedToApply(String)
  /// Nothing was applied: no plan (the reason), or a blocked plan.
  case notApplied(String)
  /// Applied, but the result could not be judged (no check loaded, resource not read).
  case notVerified(String)

  /// Short label for reports: `fixed`, `still_failing`, `failed_to_apply`, ...
  public var label: String {
    switch self {
    case .fixed: return "fixed"
    case .stillFailing: return "still_failing"
    case .failedToApply: return "failed_to_apply"
    case .notApplied: return "not_applied"
    case .notVerified: return "not_verified"
    }
  }

  /// The explanation, empty for `fixed`.
  public var detail: String {
    switch self {
    case .fixed: return ""
    case .stillFailing(let why), .failedToApply(let why), .notApplied(let why),
      .notVerified(let why):
      return why
    }
  }
}

/// The verdict on one finding after applying, with the audit entry that recorded it.
public struct FixReport: Sendable {
  /// The finding that was failing.
  public var finding: Finding
  /// The verdict.
  public var verdict: FixVerdict
  /// The audit entry id, when calls were attempted.
  public var auditEntryId: String?

  /// A report line.
  public init(finding: Finding, verdict: FixVerdict, auditEntryId: String?) {
    self.finding = finding
    self.verdict = verdict
    self.auditEntryId = auditEntryId
  }
}
