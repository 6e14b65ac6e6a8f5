import ParapetCore

/// What one detection looks for, as shown on its alerts: built-in detections and loaded
/// Sigma rules both become one of these.
public struct Detection: Sendable, Hashable {
  /// Short id, unique within its kind (`root_account_use`, or a Sigma rule's `id`).
  public var id: String
  /// The finding check id: `aws.cloudtrail.detect.<id>` or `sigma.<id>`.
  public var checkId: String
  /// One-line title.
  public var title: String
  /// How bad a match is.
  public var severity: Severity
  /// Why the behaviour matters and what it can mean.
  public var explanation: String
  /// MITRE ATT&CK technique ids (`T1562.008`); may be empty for Sigma rules without tags.
  public var techniques: [String]
  /// What to do about an alert.
  public var remediation: String

  /// A detection.
  public init(
    id: String, checkId: String, title: String, severity: Severity, explanation: String,
    techniques: [String], remediation: String
  ) {
    self.id = id
    self.checkId = checkId
    self.title = title
    self.severity = severity
    self.explanation = explanation
    self.techniques = techniques
    self.remediation = remediation
  }
}

/// Tuning for the stateful and windowed detections and for alert grouping.
public struct DetectionOptions: Sendable, Hashable {
  /// Hits of one detection by one identity further apart than this many seconds start a
  /// new alert.
  public var incidentGap: Int64 = 3600
  /// Events kept as evidence per alert; the alert still counts all of them.
  public var maxEventsPerAlert = 50
  /// Denied calls (AccessDenied, UnauthorizedOperation, ...) from one identity within
  /// `deniedBurstWindow` seconds that make an enumeration burst.
  public var deniedBurstThreshold = 20
  /// Window of the denied-call burst, seconds.
  public var deniedBurstWindow: Int64 = 600
  /// List*, Describe* and Get* calls from one identity within `listingBurstWindow`
  /// seconds that make a discovery burst.
  public var listingBurstThreshold = 200
  /// Window of the listing burst, seconds.
  public var listingBurstWindow: Int64 = 300
  /// An identity's regions and networks seen in its first this many seconds form its
  /// baseline; only later novelties alert.
  public var baselinePeriod: Int64 = 86_400
  /// Identities whose baseline is kept; beyond this, new identities are not baselined
  /// (counted in `DetectionStatistics.untrackedIdentities`) so memory stays bounded.
  public var maxTrackedIdentities = 100_000
  /// Seconds within which a Lambda function created with a role and then invoked or wired
  /// to an event source by the same identity counts as an escalation sequence.
  public var sequenceWindow: Int64 = 3600
  /// Events before this time (seconds since 1970) are skipped (`--since`).
  public var since: Int64?
  /// Events at or after this time (seconds since 1970) are skipped (`--until`).
  public var until: Int64?

  /// Defaults suited to an account of moderate size.
  public init() {}
}
