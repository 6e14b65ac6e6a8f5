import ParapetCore

/// Why an event touched nothing a rescan reads again.
public enum IgnoredReason: String, Sendable, Hashable, CaseIterable, Comparable {
  /// A read-only call (`Get...`, `List...`, `Describe...`).
  case readOnly = "read-only"
  /// The call failed (the record has an `errorCode`), so it changed nothing.
  case failed = "failed call"
  /// A data event (an S3 object or a Lambda invocation), not a change of configuration.
  case dataEvent = "data event"
  /// The event belongs to another account (an organisation trail).
  case otherAccount = "another account"
  /// A service Parapet does not collect.
  case unknown = "not collected by Parapet"
  /// A call of a collected service that changes nothing Parapet reads (a network
  /// interface, a key pair, a KMS encryption).
  case noEffect = "changes nothing Parapet reads"
  /// A service or region the scan being updated did not cover.
  case outOfScope = "outside the previous scan"

  /// In declaration order.
  public static func < (lhs: IgnoredReason, rhs: IgnoredReason) -> Bool {
    let order = Self.allCases
    return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
  }
}

/// What one event means for a rescan.
public enum EventVerdict: Sendable, Hashable {
  /// The event changed these resources, facts or services.
  case touches([ResourceTarget])
  /// The event changed nothing a rescan reads again.
  case ignored(IgnoredReason)
}

/// Maps CloudTrail management write events to what they touched: the call's source and
/// name decide the resource type, and the request, the response or the record's
/// `resources` give the identifiers. An event that names no identifier touches its whole
/// service in its region. The table is in `ChangeEventMap+Sources.swift`.
public enum ChangeEventMap {
  /// What `event`, recorded for `account`, touched.
  public static func verdict(for event: ChangeEvent, account: String) -> EventVerdict {
    if event.errorCode != nil { return .ignored(.failed) }
    if !event.managementEvent { return .ignored(.dataEvent) }
    if event.readOnly { return .ignored(.readOnly) }
    if let owner = event.account, !owner.isEmpty, owner != account {
      return .ignored(.otherAccount)
    }
    guard let rules = sources[event.source] else { return .ignored(.unknown) }

    let touches: [Touch]
    if let extract = rules.events[event.name] {
      touches = extract(event)
      // The table names calls that change nothing Parapet reads with an empty extractor.
      if touches.isEmpty { return .ignored(.noEffect) }
    } else {
      switch rules.otherwise {
      case .wholeService:
        touches = rules.services.map { Touch($0, ResourceTarget.wholeServiceType) }
      case .ignore: return .ignored(.noEffect)
      case .extract(let extract):
        touches = extract(event)
        if touches.isEmpty { return .ignored(.noEffect) }
      }
    }
    let touched = Set(touches.flatMap { targets(of: $0, event: event, rules: rules) })
    return .touches(touched.sorted())
  }

  /// The event sources the table knows, for documentation and tests.
  public static var knownSources: [String] { sources.keys.sorted() }

  /// The targets of one touch: one per identifier, or the whole service when it names none.
  private static func targets(
    of touch: Touch, event: ChangeEvent, rules: SourceRules
  ) -> [ResourceTarget] {
    let region = rules.global ? "global" : event.region
    guard !touch.ids.isEmpty, touch.type != ResourceTarget.wholeServiceType else {
      return [.wholeService(touch.service, region: region)]
    }
    return touch.ids.map { raw in
      let (id, arnRegion) = identifier(raw, type: touch.type)
      return ResourceTarget(
        service: touch.service,
        region: touch.type == "aws.account" ? "global" : arnRegion ?? region,
        type: touch.type, id: id)
    }
  }

  /// The service's own identifier in `raw`, which may be an ARN (`arn:aws:kms:...:key/ID`),
  /// a partial ARN or a qualified name (Lambda's `NAME:QUALIFIER`), and the region an ARN
  /// names.
  static func identifier(_ raw: String, type: String) -> (id: String, region: String?) {
    var id = raw
    var region: String?
    if raw.hasPrefix("arn:"), let prefix = arnResourcePrefixes[type] {
      let parts = raw.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
      if parts.count == 6 {
        region = parts[3].isEmpty ? nil : String(parts[3])
        id = String(parts[5])
        if id.hasPrefix(prefix) { id = String(id.dropFirst(prefix.count)) }
      }
    }
    if type == "aws.lambda.function" {
      if let range = id.range(of: ":function:") { id = String(id[range.upperBound...]) }
      id = String(id.split(separator: ":").first ?? Substring(id))
    }
    return (id, region)
  }

  /// What comes before the identifier in an ARN's resource part, per type.
  static let arnResourcePrefixes: [String: String] = [
    "aws.kms.key": "key/", "aws.cloudtrail.trail": "trail/", "aws.rds.instance": "db:",
    "aws.rds.snapshot": "snapshot:", "aws.lambda.function": "function:",
    "aws.ec2.security_group": "security-group/", "aws.ec2.instance": "instance/",
    "aws.ec2.volume": "volume/", "aws.ec2.snapshot": "snapshot/",
  ]
}

/// Some resources of one type that an event touched; no identifiers means the whole
/// service.
struct Touch: Sendable {
  var service: String
  var type: String
  var ids: [String]

  init(_ service: String, _ type: String, _ ids: [String] = []) {
    self.service = service
    self.type = type
    self.ids = ids
  }
}

/// Reads what one event touched.
typealias TouchExtractor = @Sendable (ChangeEvent) -> [Touch]

/// How the table reads the events of one source.
struct SourceRules: Sendable {
  /// What a write event the table does not name does.
  enum Otherwise: Sendable {
    /// Re-collect the whole service in the event's region.
    case wholeService
    /// Nothing Parapet reads changes.
    case ignore
    /// Whatever the extractor finds; nothing found means nothing Parapet reads changed.
    case extract(TouchExtractor)
  }

  /// Collector services of the source (Elastic Load Balancing serves two).
  var services: [String]
  /// Whether the collectors are global (their targets' region is `global`).
  var global = false
  /// Events by name.
  var events: [String: TouchExtractor] = [:]
  /// Write events not in `events`.
  var otherwise: Otherwise = .wholeService
}
