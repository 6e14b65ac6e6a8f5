import ParapetCore

/// One field-level difference between two property trees.
public struct PropertyChange: Sendable, Equatable {
  /// What happened at `path`.
  public enum Kind: String, Sendable, Equatable {
    /// Present only in the newer tree.
    case added
    /// Present only in the older tree.
    case removed
    /// Present in both with different scalar values or kinds.
    case changed
  }

  /// Added, removed or changed.
  public var kind: Kind
  /// Where, as `Key.Nested[2].Field`; array indexes are positions in the newer array for
  /// added and changed elements and in the older array for removed ones.
  public var path: String
  /// The older value; nil when added.
  public var oldValue: JSONValue?
  /// The newer value; nil when removed.
  public var newValue: JSONValue?

  /// A change.
  public init(kind: Kind, path: String, oldValue: JSONValue?, newValue: JSONValue?) {
    self.kind = kind
    self.path = path
    self.oldValue = oldValue
    self.newValue = newValue
  }
}

/// Field-level diff of two JSON trees.
///
/// Objects compare key by key. Arrays compare element by element identity:
/// 1. When every element on both sides is an object carrying the same natural key (see
///    `naturalKeys`, tried in order) with values unique within each array, elements with
///    the same key values are the same element, wherever they sit; they are diffed
///    recursively, the rest are added or removed. So a security group's port-22 rule
///    gaining `0.0.0.0/0` reads `IpPermissions[1].IpRanges[2]` added `{"CidrIp":...}`.
/// 2. Otherwise elements equal on both sides are unchanged wherever they sit; the
///    remaining ones are paired in order and diffed recursively, and the surplus on either
///    side is added or removed.
/// A pure reordering is not reported.
public enum PropertyDiff {
  /// Key sets that identify array elements, tried in order.
  public static let naturalKeys: [[String]] = [
    ["IpProtocol", "FromPort", "ToPort"], ["GroupId"], ["CidrIp"], ["CidrIpv6"],
    ["PrefixListId"], ["Key"], ["Sid"], ["RuleNumber", "Egress"], ["Id"], ["Arn"],
    ["Name"],
  ]

  /// Keys whose values move by themselves between two scans of an unchanged account:
  /// delivery and backup clocks, measured sizes. A change under them is not drift, so it
  /// is not reported (two back-to-back scans showed ten "changed" resources from these).
  public static let volatileKeys: Set<String> = [
    "LatestDeliveryTime", "LatestDeliveryAttemptTime", "LatestDeliveryAttemptSucceeded",
    "LatestNotificationTime", "LatestNotificationAttemptTime",
    "LatestNotificationAttemptSucceeded", "LatestCloudWatchLogsDeliveryTime",
    "LatestDigestDeliveryTime", "LatestRestorableTime", "SizeInBytes",
  ]

  /// Changes turning `old` into `new`, in path order; `path` prefixes every path.
  public static func changes(from old: JSONValue, to new: JSONValue, path: String = "")
    -> [PropertyChange]
  {
    var out: [PropertyChange] = []
    diff(old, new, path: path, into: &out)
    return out
  }

  private static func diff(
    _ old: JSONValue, _ new: JSONValue, path: String, into out: inout [PropertyChange]
  ) {
    guard old != new else { return }
    switch (old, new) {
    case (.object(let before), .object(let after)):
      for key in Set(before.keys).union(after.keys).sorted() where !volatileKeys.contains(key) {
        let child = path.isEmpty ? key : path + "." + key
        switch (before[key], after[key]) {
        case (let was?, let now?): diff(was, now, path: child, into: &out)
        case (let was?, nil):
          out.append(.init(kind: .removed, path: child, oldValue: was, newValue: nil))
        case (nil, let now?):
          out.append(.init(kind: .added, path: child, oldValue: nil, newValue: now))
        case (nil, nil): break
        }
      }
    case (.array(let before), .array(let after)):
      diffArrays(before, after, path: path, into: &out)
    default:
      out.append(.init(kind: .changed, path: path, oldValue: old, newValue: new))
    }
  }

  private static func diffArrays(
    _ old: [JSONValue], _ new: [JSONValue], path: String, into out: inout [PropertyChange]
  ) {
    let pairs = keyedPairs(old, new) ?? equalityPairs(old, new)
    var matchedOld = Set<Int>()
    var found: [(Int, PropertyChange)] = []
    var nested: [PropertyChange] = []
    for (newIndex, oldIndex) in pairs.sorted(by: { $0.key < $1.key }) {
      matchedOld.insert(oldIndex)
      diff(old[oldIndex], new[newIndex], path: "\(path)[\(newIndex)]", into: &nested)
    }
    for index in new.indices where pairs[index] == nil {
      found.append(
        (index, .init(kind: .added, path: "\(path)[\(index)]", oldValue: nil, newValue: new[index]))
      )
    }
    for index in old.indices where !matchedOld.contains(index) {
      found.append(
        (
          index,
          .init(kind: .removed, path: "\(path)[\(index)]", oldValue: old[index], newValue: nil)
        ))
    }
    out += nested
    out += found.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// Pairs new index -> old index by natural key, or nil when no key set fits.
  private static func keyedPairs(_ old: [JSONValue], _ new: [JSONValue]) -> [Int: Int]? {
    let all = old + new
    guard !all.isEmpty, all.allSatisfy({ $0.objectValue != nil }) else { return nil }
    for keys in naturalKeys {
      guard let oldIds = identities(old, keys), let newIds = identities(new, keys) else {
        continue
      }
      let oldByIdentity = Dictionary(uniqueKeysWithValues: oldIds.enumerated().map { ($1, $0) })
      var pairs: [Int: Int] = [:]
      for (index, identity) in newIds.enumerated() {
        if let oldIndex = oldByIdentity[identity] { pairs[index] = oldIndex }
      }
      return pairs
    }
    return nil
  }

  private static func identities(_ items: [JSONValue], _ keys: [String]) -> [String]? {
    var seen = Set<String>()
    var out: [String] = []
    for item in items {
      var parts: [String] = []
      for key in keys {
        guard let value = item[key] else { return nil }
        parts.append(JSONWriter().string(value))
      }
      let identity = parts.joined(separator: "\u{1F}")
      guard seen.insert(identity).inserted else { return nil }
      out.append(identity)
    }
    return out
  }

  private static func equalityPairs(_ old: [JSONValue], _ new: [JSONValue]) -> [Int: Int] {
    var unmatchedOld = Array(old.indices)
    var pairs: [Int: Int] = [:]
    var unmatchedNew: [Int] = []
    for (index, item) in new.enumerated() {
      if let position = unmatchedOld.firstIndex(where: { old[$0] == item }) {
        pairs[index] = unmatchedOld.remove(at: position)
      } else {
        unmatchedNew.append(index)
      }
    }
    for (newIndex, oldIndex) in zip(unmatchedNew, unmatchedOld) {
      pairs[newIndex] = oldIndex
    }
    return pairs
  }
}
