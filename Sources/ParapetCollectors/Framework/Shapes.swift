import Foundation
import ParapetCore

/// Small readers for the shapes AWS responses come in, so collectors read lists, tags and
/// policy documents the same way.
public enum Shapes {
  /// The elements of a list node. XML lists arrive as an array, as a wrapper object holding
  /// one or more `member` children (`<DBInstances><DBInstance>`), or as a lone object when
  /// there was one element; an absent or empty node is an empty list.
  public static func list(_ node: JSONValue?, member: String? = nil) -> [JSONValue] {
    guard let node else { return [] }

    switch node {
    case .array(let items): return items
    case .object(let members):
      if let member, let inner = members[member] { return inner.arrayValue ?? [] }
      if members.isEmpty { return [] }
      return member == nil ? [node] : []
    case .string(let text) where text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty:
      return []
    case .null: return []
    default: return [node]
    }
  }

  /// The document element's content of a decoded XML body (`{Root: tree}` becomes `tree`).
  public static func document(_ tree: JSONValue) -> JSONValue {
    guard let members = tree.objectValue, members.count == 1, let root = members.values.first
    else { return tree }
    return root
  }

  /// Tags from `[{Key, Value}]` (any key case) or from a plain object.
  public static func tags(_ node: JSONValue?) -> [String: String] {
    guard let node else { return [:] }
    if case .object(let members) = node, members["Tag"] == nil, members["member"] == nil,
      members["item"] == nil
    {
      return members.compactMapValues { $0.stringValue }
    }

    var tags: [String: String] = [:]
    let items = list(node, member: node["Tag"] != nil ? "Tag" : nil)
    for item in items {
      guard let key = (item["Key"] ?? item["key"] ?? item["TagKey"])?.stringValue else {
        continue
      }
      tags[key] = (item["Value"] ?? item["value"] ?? item["TagValue"])?.stringValue ?? ""
    }
    return tags
  }

  /// A policy document decoded into a tree. IAM returns documents URL-encoded; other
  /// services return JSON text. A document that will not parse stays as its text, so the
  /// policy engine can report it rather than the scan losing it.
  public static func policyDocument(_ node: JSONValue?) -> JSONValue? {
    guard let node else { return nil }
    guard case .string(let text) = node else { return node }

    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.hasPrefix("{"), let parsed = try? JSONValue.parse(trimmed) { return parsed }
    if let decoded = trimmed.removingPercentEncoding,
      let parsed = try? JSONValue.parse(decoded)
    {
      return parsed
    }
    return node
  }

  /// A copy of `node` with the policy documents at each `key` decoded, looking inside
  /// arrays on the way (`UserPolicyList` items' `PolicyDocument`).
  public static func decodingPolicies(_ node: JSONValue, keys: Set<String>) -> JSONValue {
    switch node {
    case .object(let members):
      var copy: [String: JSONValue] = [:]
      for (key, value) in members {
        copy[key] =
          keys.contains(key)
          ? (policyDocument(value) ?? value) : decodingPolicies(value, keys: keys)
      }
      return .object(copy)
    case .array(let items):
      return .array(items.map { decodingPolicies($0, keys: keys) })
    default:
      return node
    }
  }

  /// Replaces the values of an object with `<redacted>`, keeping the keys: environment
  /// variables may hold secrets that a scan must never store.
  public static func redactingValues(_ node: JSONValue?) -> JSONValue? {
    guard let members = node?.objectValue else { return node }
    return .object(members.mapValues { _ in .string("<redacted>") })
  }
}
