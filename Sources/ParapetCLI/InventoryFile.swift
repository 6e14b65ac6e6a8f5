import Foundation
import ParapetCore

/// Reads a finished scan's `inventory.json` (docs/OUTPUT.md) back into an `Inventory`, for
/// commands that analyse a scan after the fact.
enum InventoryFile {
  /// A problem with the file, naming it and what to do.
  struct ReadError: Error, CustomStringConvertible {
    var description: String
  }

  /// The inventory stored at `path`.
  static func read(_ path: String) throws -> Inventory {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ReadError(
        description: "cannot read \(path): \(error.localizedDescription); give the "
          + "inventory.json of a finished scan")
    }
    let root: JSONValue
    do {
      root = try JSONValue.parse(data)
    } catch {
      throw ReadError(description: "\(path) is not JSON (\(error)); give an inventory.json")
    }
    guard root["schema"]?.stringValue == "parapet.inventory",
      let resources = root["resources"]?.arrayValue
    else {
      throw ReadError(
        description: "\(path) is not a Parapet inventory (schema \"parapet.inventory\" with a "
          + "resources list); give the inventory.json of a scan")
    }

    var inventory = Inventory(
      account: root.value(at: "scan.account")?.stringValue ?? "",
      regions: (root.value(at: "scan.regions")?.arrayValue ?? []).compactMap(\.stringValue))
    for (index, item) in resources.enumerated() {
      inventory.add(try resource(item, index: index, path: path))
    }
    for item in root["failures"]?.arrayValue ?? [] {
      if let failure = failure(item) { inventory.record(failure) }
    }
    return inventory
  }

  private static func resource(_ item: JSONValue, index: Int, path: String) throws -> Resource {
    func text(_ key: String) throws -> String {
      guard let value = item[key]?.stringValue else {
        throw ReadError(
          description: "\(path): resources[\(index)] has no string \"\(key)\"; the file is "
            + "damaged or from another tool")
      }
      return value
    }
    var tags: [String: String] = [:]
    for (key, value) in item["tags"]?.objectValue ?? [:] {
      tags[key] = value.stringValue ?? ""
    }
    return Resource(
      id: try text("id"), type: try text("type"), provider: item["provider"]?.stringValue ?? "aws",
      account: try text("account"), region: try text("region"), name: try text("name"),
      tags: tags, properties: item["properties"] ?? .object([:]))
  }

  private static func failure(_ item: JSONValue) -> CollectionFailure? {
    guard let service = item["service"]?.stringValue,
      let operation = item["operation"]?.stringValue,
      let kind = item["kind"]?.stringValue.flatMap(CollectionFailure.Kind.init(rawValue:))
    else { return nil }
    return CollectionFailure(
      service: service, region: item["region"]?.stringValue ?? "global", operation: operation,
      resourceTypes: (item["resource_types"]?.arrayValue ?? []).compactMap(\.stringValue),
      resourceId: item["resource_id"]?.stringValue, property: item["property"]?.stringValue,
      kind: kind, permission: item["permission"]?.stringValue ?? "",
      message: item["message"]?.stringValue ?? "")
  }
}
