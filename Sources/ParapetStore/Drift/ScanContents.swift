import ParapetCore

/// A resource as stored: the resource and the SHA-256 of its canonical property JSON, so
/// that unchanged resources compare without looking at their properties.
public struct StoredResource: Sendable, Hashable {
  /// The resource; its `properties` are `null` when loaded for a diff and unchanged.
  public var resource: Resource
  /// SHA-256 of the canonical JSON of `resource.properties`.
  public var bodyHash: String

  /// A stored resource with a known body hash.
  public init(resource: Resource, bodyHash: String) {
    self.resource = resource
    self.bodyHash = bodyHash
  }

  /// A resource with its body hash computed.
  public init(_ resource: Resource) {
    self.init(resource: resource, bodyHash: ContentHash.canonical(resource.properties).hash)
  }
}

/// The findings and resources of one scan: the input of `ScanDiff.compute(old:new:)`.
public struct ScanContents: Sendable {
  /// Every finding of the scan.
  public var findings: [Finding]
  /// Every resource of the scan.
  public var resources: [StoredResource]

  /// Contents from stored parts.
  public init(findings: [Finding], resources: [StoredResource]) {
    self.findings = findings
    self.resources = resources
  }

  /// Contents of a scan that has not been stored (hashes computed here).
  public init(_ record: ScanRecord) {
    self.init(
      findings: record.findings, resources: record.inventory.resources.map(StoredResource.init))
  }

  mutating func fillProperties(from bodies: [String: JSONValue]) {
    for index in resources.indices {
      if let body = bodies[resources[index].bodyHash] {
        resources[index].resource.properties = body
      }
    }
  }
}
