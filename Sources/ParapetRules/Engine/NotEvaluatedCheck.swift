import ParapetCore

/// Decides when missing data keeps a rule from judging a resource: a property the rule
/// reads is absent and a collection failure explains why, or the list call of a related
/// resource type failed. Missing data never passes.
enum NotEvaluatedCheck {
  /// The not-evaluated message for `resource`, or nil when the rule can judge it.
  static func reason(_ rule: Rule, _ resource: Resource, _ inventory: Inventory) -> String? {
    reason(Reads(rule), resource, inventory)
  }

  /// What a rule reads, worked out once per rule rather than per resource.
  struct Reads: Sendable {
    /// Top-level keys of the judged resource, sorted.
    var keys: [String]
    /// Related resource types, sorted.
    var relatedTypes: [String]
    /// The judged type.
    var resourceType: String

    init(_ rule: Rule) {
      var keys = rule.condition.topLevelKeys
      keys.formUnion(rule.appliesWhen?.topLevelKeys ?? [])
      var related = rule.condition.relatedTypes
      related.formUnion(rule.appliesWhen?.relatedTypes ?? [])
      self.keys = keys.sorted()
      self.relatedTypes = related.sorted()
      self.resourceType = rule.resourceType
    }

    /// Whether any collection failure could make this rule not evaluated.
    func mayBeBlocked(in inventory: Inventory) -> Bool {
      inventory.failures.contains { failure in
        failure.resourceTypes.contains(resourceType)
          || relatedTypes.contains(where: failure.resourceTypes.contains)
      }
    }
  }

  /// `reason(_:_:_:)` for a rule whose reads were worked out beforehand.
  static func reason(_ reads: Reads, _ resource: Resource, _ inventory: Inventory) -> String? {
    let rule = reads
    let keys = reads.keys
    let failures = inventory.failures(affecting: rule.resourceType, resourceId: resource.id)
      .filter { covers($0, resource) }

    for key in keys where resource.properties[key] == nil {
      // A failure naming the key, or a failed describe call of the resource itself (no
      // property), leaves the key unknown.
      let explaining = failures.first {
        $0.property == key || ($0.property == nil && $0.resourceId == resource.id)
      }
      guard let failure = explaining else { continue }
      return "Not evaluated: \(describe(failure)), so \(key) is unknown."
    }

    for type in reads.relatedTypes {
      guard
        let failure = listFailures(for: type, in: inventory).first(where: {
          covers($0, resource)
        })
      else { continue }
      return "Not evaluated: \(describe(failure)), so \(type) resources are unknown."
    }
    return nil
  }

  /// Failed list calls for `type`: failures with no property and no resource.
  static func listFailures(for type: String, in inventory: Inventory) -> [CollectionFailure] {
    inventory.failures(affecting: type).filter { $0.property == nil && $0.resourceId == nil }
  }

  /// `Operation failed in REGION (kind: message); grant PERMISSION and rescan`.
  static func describe(_ failure: CollectionFailure) -> String {
    let advice: String
    switch failure.kind {
    case .accessDenied: advice = "grant \(failure.permission) and rescan"
    case .throttled: advice = "the service kept throttling; rescan later or lower the rate"
    case .unsupported: advice = "the endpoint does not offer this call"
    case .error: advice = "rescan; if it persists, the service is failing"
    }
    return "\(failure.operation) failed in \(failure.region) (\(failure.kind.rawValue): "
      + "\(failure.message)); \(advice)"
  }

  /// A failure about one resource covers it by id; a type-wide one covers resources in its
  /// region, and every resource of a global type or a global call.
  private static func covers(_ failure: CollectionFailure, _ resource: Resource) -> Bool {
    if let id = failure.resourceId { return id == resource.id }
    return resource.region == "global" || failure.region == "global"
      || failure.region == resource.region
  }
}
