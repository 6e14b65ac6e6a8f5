import ParapetCore

/// Runs the built-in detections over the event stream: single-event checks chosen by event
/// name, root use on every event, and the stateful ones (bursts, new regions and networks,
/// the Lambda PassRole sequence), whose state is bounded as each type documents.
struct BuiltinDetector {
  private let options: DetectionOptions
  private var deniedBursts: SlidingWindowCounter
  private var listingBursts: SlidingWindowCounter
  private var baselines: [String: Baseline] = [:]
  private var createdFunctions: [String: EventSummary] = [:]
  /// Identities seen after `maxTrackedIdentities` was reached, so never baselined.
  private(set) var untrackedIdentities = 0
  private var untracked: Set<String> = []

  private struct Baseline {
    var firstSeen: Int64
    var regions: Set<String>
    var networks: Set<String>
  }

  private static let deniedCodes: Set<String> = [
    "AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
    "Client.UnauthorizedOperation", "UnauthorizedAccess", "Forbidden",
  ]

  init(options: DetectionOptions) {
    self.options = options
    deniedBursts = SlidingWindowCounter(
      threshold: options.deniedBurstThreshold, window: options.deniedBurstWindow)
    listingBursts = SlidingWindowCounter(
      threshold: options.listingBurstThreshold, window: options.listingBurstWindow)
  }

  /// State held for the window and baseline detections, for the memory-bound tests.
  var stateSize: Int {
    deniedBursts.storedTimes + listingBursts.storedTimes + baselines.count
      + createdFunctions.count
  }

  /// Runs every built-in detection on one event, handing hits to `grouper`.
  mutating func inspect(
    _ event: inout EventView, name: String, time: Int64, source: String,
    into grouper: inout AlertGrouper
  ) {
    let failed = event.text(.errorCode)
    let key = Self.identityKey(&event)

    func hit(_ detection: Detection, _ detail: String?, extra: [EventSummary] = []) {
      let summary = EventSummary(&event, time: time, source: source)
      grouper.add(
        DetectionHit(
          detection: detection, identity: Identity(&event), events: extra + [summary],
          detail: detail))
    }

    if event.text(.identityType) == "Root", event.text(.identityInvokedBy) == nil,
      event.text(.eventType) != "AwsServiceEvent"
    {
      hit(BuiltinDetections.rootAccountUse, nil)
    }
    if failed == nil, let check = SingleEventCheck.byEventName[name],
      let (detection, detail) = check.evaluate(&event, name: name)
    {
      hit(detection, detail)
    }

    if let failed, Self.deniedCodes.contains(failed),
      deniedBursts.add(key, at: time)
    {
      hit(BuiltinDetections.deniedCallBurst, "\(options.deniedBurstThreshold)+ denied calls")
    }
    if Self.isListing(name),
      listingBursts.add(key, at: time)
    {
      hit(BuiltinDetections.listingCallBurst, "\(options.listingBurstThreshold)+ calls")
    }

    if let (detection, detail) = novelty(&event, key: key, time: time) {
      hit(detection, detail)
    }
    if failed == nil,
      let earlier = lambdaSequence(
        &event, name: name, key: key, time: time,
        source: source)
    {
      hit(BuiltinDetections.lambdaRoleSequence, nil, extra: [earlier])
    }
  }

  /// True for List*, Describe* and Get* names, compared as bytes (runs on every event).
  static func isListing(_ name: String) -> Bool {
    let bytes = name.utf8
    guard let first = bytes.first else { return false }
    switch first {
    case 0x4c: return bytes.starts(with: "List".utf8)
    case 0x44: return bytes.starts(with: "Describe".utf8)
    case 0x47: return bytes.starts(with: "Get".utf8)
    default: return false
    }
  }

  /// The grouping key of the caller: its ARN, or type and principal id.
  static func identityKey(_ event: inout EventView) -> String {
    if let arn = event.text(.identityArn), !arn.isEmpty { return arn }
    return "\(event.text(.identityType) ?? "Unknown"):\(event.text(.identityPrincipalId) ?? "")"
  }

  private mutating func novelty(_ event: inout EventView, key: String, time: Int64)
    -> (Detection, String)?
  {
    guard event.text(.identityInvokedBy) == nil, let region = event.text(.awsRegion) else {
      return nil
    }
    let network = event.text(.sourceIPAddress).flatMap(Self.network)
    guard var baseline = baselines[key] else {
      guard baselines.count < options.maxTrackedIdentities else {
        // Remember only how many, within the same bound, so memory stays capped.
        if untracked.count < options.maxTrackedIdentities, untracked.insert(key).inserted {
          untrackedIdentities += 1
        }
        return nil
      }
      baselines[key] = Baseline(
        firstSeen: time, regions: [region], networks: network.map { [$0] } ?? [])
      return nil
    }
    let learning = time - baseline.firstSeen < options.baselinePeriod
    var result: (Detection, String)?
    if !baseline.regions.contains(region) {
      baseline.regions.insert(region)
      if !learning { result = (BuiltinDetections.newRegionForIdentity, "region \(region)") }
    }
    if let network, !baseline.networks.contains(network) {
      baseline.networks.insert(network)
      if !learning && result == nil {
        result = (BuiltinDetections.newNetworkForIdentity, "network \(network)")
      }
    }
    baselines[key] = baseline
    return result
  }

  /// An IPv4 /24 or IPv6 /48 prefix; nil for service names such as `ec2.amazonaws.com`.
  /// Scans bytes because it runs on every event.
  static func network(_ address: String) -> String? {
    var address = address
    return address.withUTF8 { bytes -> String? in
      var dots = 0
      var colons = 0
      var cut = 0
      for (index, byte) in bytes.enumerated() {
        switch byte {
        case 0x2e:
          dots += 1
          if dots == 3 { cut = index }
        case 0x3a:
          colons += 1
          if colons == 3 && cut == 0 { cut = index }
        case 0x30...0x39, 0x61...0x66, 0x41...0x46:
          continue
        default:
          return nil
        }
      }
      let prefix = String(decoding: bytes[0..<cut], as: UTF8.self)
      if dots == 3 && colons == 0 { return prefix + ".0/24" }
      if colons >= 2 && dots == 0 && cut > 0 { return prefix + "::/48" }
      return nil
    }
  }

  private mutating func lambdaSequence(
    _ event: inout EventView, name: String, key: String, time: Int64, source: String
  ) -> EventSummary? {
    if name.hasPrefix("CreateFunction"), event.text(.requestRole) != nil {
      if createdFunctions.count >= options.maxTrackedIdentities {
        createdFunctions = createdFunctions.filter {
          time - $0.value.time <= options.sequenceWindow
        }
      }
      createdFunctions[key] = EventSummary(&event, time: time, source: source)
      return nil
    }
    guard name == "Invoke" || name.hasPrefix("CreateEventSourceMapping"),
      let created = createdFunctions[key], time - created.time <= options.sequenceWindow
    else { return nil }
    createdFunctions[key] = nil
    return created
  }
}
