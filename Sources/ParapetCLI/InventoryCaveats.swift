import ParapetCore

/// What an inventory could not tell `parapet iam can` and `who-can`, said on standard
/// error beside the answer: over a partial inventory a deny or a short list of principals
/// may only mean the data was not there.
enum InventoryCaveats {
  /// One line per gap: failed collection calls, IAM left out of the scan, and a resource
  /// the inventory does not hold (its policy and owner are then unknown).
  static func warnings(
    metadata: ScanMetadata, inventory: Inventory, resource: String
  ) -> [String] {
    var lines: [String] = []
    if let first = inventory.failures.first {
      lines.append(
        "the inventory is partial: \(inventory.failures.count) collection call(s) failed "
          + "(\(first.service):\(first.operation) in \(first.region) first); principals, "
          + "policies and resources it lacks are not considered")
    }
    if !metadata.services.isEmpty, !metadata.services.contains("iam") {
      lines.append(
        "the scan did not collect IAM (--service \(metadata.services.joined(separator: ",")));"
          + " users, roles and their policies are missing")
    }
    if resource != "*", !holds(inventory, resource) {
      lines.append(
        "\(resource) is not in the inventory; its resource policy and owning account are "
          + "unknown, so access through them is not considered")
    }
    return lines
  }

  /// Whether the inventory has `resource`, or for an S3 object its bucket.
  private static func holds(_ inventory: Inventory, _ resource: String) -> Bool {
    if inventory.resource(id: resource) != nil { return true }
    let s3 = "arn:aws:s3:::"
    guard resource.hasPrefix(s3), let slash = resource.firstIndex(of: "/") else { return false }
    return inventory.resource(id: String(resource[..<slash])) != nil
  }
}
