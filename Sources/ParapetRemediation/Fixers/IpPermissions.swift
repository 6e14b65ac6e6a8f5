import ParapetCollectors
import ParapetCore

/// Security-group permissions as collected (`IpPermissions[]` in SDK spelling) and as EC2
/// query parameters, so that a fixer revokes exactly the rule it found and undo authorizes
/// the same rule back.
enum IpPermissions {
  /// The permissions under `key` of a security group.
  static func list(_ group: Resource, _ key: String) -> [JSONValue] {
    Shapes.list(group.properties[key])
  }

  /// Flattened `IpPermissions.N.*` parameters for `permissions`; descriptions are kept
  /// when `descriptions` (authorize restores them; revoke matches without them).
  static func parameters(_ permissions: [JSONValue], descriptions: Bool) -> [String: String] {
    var out: [String: String] = [:]
    for (index, permission) in permissions.enumerated() {
      let prefix = "IpPermissions.\(index + 1)."
      out[prefix + "IpProtocol"] = text(permission["IpProtocol"]) ?? "-1"
      if let from = text(permission["FromPort"]) { out[prefix + "FromPort"] = from }
      if let to = text(permission["ToPort"]) { out[prefix + "ToPort"] = to }
      let nested: [(list: String, fields: [String])] = [
        ("IpRanges", ["CidrIp"]), ("Ipv6Ranges", ["CidrIpv6"]),
        ("UserIdGroupPairs", ["GroupId", "UserId"]), ("PrefixListIds", ["PrefixListId"]),
      ]
      for (list, fields) in nested {
        for (item, entry) in Shapes.list(permission[list]).enumerated() {
          let itemPrefix = prefix + "\(list).\(item + 1)."
          for field in fields + (descriptions ? ["Description"] : []) {
            if let value = text(entry[field]) { out[itemPrefix + field] = value }
          }
        }
      }
    }
    return out
  }

  /// The ports a permission opens, as the rule engine reads them; nil for protocols
  /// without ports (ICMP).
  static func ports(_ permission: JSONValue) -> ClosedRange<Int>? {
    let proto = text(permission["IpProtocol"])?.lowercased() ?? ""
    if proto == "-1" || proto == "all" { return 0...65535 }
    guard ["tcp", "udp", "6", "17"].contains(proto) else { return nil }
    guard let from = permission["FromPort"]?.intValue, let to = permission["ToPort"]?.intValue,
      from >= 0, to >= from
    else { return 0...65535 }
    return from...to
  }

  /// A copy of `permission` keeping only the address ranges open to the whole internet
  /// (`0.0.0.0/0` when `ipv4`, `::/0` when `ipv6`); nil when it has none.
  static func openPart(_ permission: JSONValue, ipv4: Bool, ipv6: Bool) -> JSONValue? {
    let v4 = ipv4 ? Shapes.list(permission["IpRanges"]).filter { isOpen($0["CidrIp"]) } : []
    let v6 =
      ipv6 ? Shapes.list(permission["Ipv6Ranges"]).filter { isOpen($0["CidrIpv6"]) } : []
    guard !v4.isEmpty || !v6.isEmpty else { return nil }
    var part: [String: JSONValue] = [:]
    for key in ["IpProtocol", "FromPort", "ToPort"] {
      if let value = permission[key] { part[key] = value }
    }
    if !v4.isEmpty { part["IpRanges"] = .array(v4) }
    if !v6.isEmpty { part["Ipv6Ranges"] = .array(v6) }
    return .object(part)
  }

  private static func isOpen(_ cidr: JSONValue?) -> Bool {
    guard let text = cidr?.stringValue, let slash = text.firstIndex(of: "/") else {
      return false
    }
    return text[text.index(after: slash)...] == "0"
  }

  private static func text(_ value: JSONValue?) -> String? {
    guard let value else { return nil }
    if let string = value.stringValue { return string.isEmpty ? nil : string }
    return value.intValue.map(String.init)
  }
}
