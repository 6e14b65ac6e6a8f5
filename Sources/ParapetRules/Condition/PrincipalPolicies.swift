import ParapetCore
import ParapetPolicy

/// The identity policies of a user, group or role gathered from the inventory: inline
/// documents, attached managed policies (read from the `aws.iam.policy` resources by ARN)
/// and, for users, their groups' inline and attached policies.
struct PrincipalPolicies: Sendable {
  /// Policies found, named `inline:NAME`, the managed policy's name, or `group/inline:NAME`.
  var policies: [NamedPolicy] = []
  /// Policies attached but not readable (not in the inventory, no document, malformed).
  var missing: [String] = []
  /// The permissions boundary, when one is set and readable.
  var boundary: NamedPolicy?

  var documents: [PolicyDocument] { policies.map(\.document) }

  /// What gathering reads, by the principal's type: its inline and attached policies,
  /// the attached policies' documents and, for a user, its groups'.
  static let reads: [String: [(type: String, path: String)]] = {
    let attached: [(type: String, path: String)] = [("aws.iam.policy", "DefaultDocument")]
    let group: [(type: String, path: String)] = [
      ("aws.iam.group", "GroupName"), ("aws.iam.group", "GroupPolicyList"),
      ("aws.iam.group", "AttachedManagedPolicies"),
    ]
    func own(_ type: String, _ inline: String) -> [(type: String, path: String)] {
      [(type, inline), (type, "AttachedManagedPolicies[].PolicyArn")] + attached
    }
    return [
      "aws.iam.user": own("aws.iam.user", "UserPolicyList")
        + [("aws.iam.user", "GroupList")] + group,
      "aws.iam.group": own("aws.iam.group", "GroupPolicyList"),
      "aws.iam.role": own("aws.iam.role", "RolePolicyList"),
    ]
  }()

  /// The policies of `principal` (an `aws.iam.user`, `aws.iam.group` or `aws.iam.role`).
  static func of(
    _ principal: Resource, in inventory: Inventory, memo: FunctionMemo
  ) -> PrincipalPolicies {
    var result = PrincipalPolicies()
    let properties = principal.properties
    result.addInline(properties, prefix: "")
    result.addAttached(properties, prefix: "", inventory: inventory, memo: memo)

    if principal.type == "aws.iam.user" {
      let groups = memo.value("groups-by-name") { groupIndex(inventory) }
      let names = (properties["GroupList"]?.arrayValue ?? []).compactMap(\.stringValue)
      for name in names where !name.isEmpty {
        guard let group = groups[name] else {
          result.missing.append("group \(name)")
          continue
        }
        result.addInline(group.properties, prefix: "\(name)/")
        result.addAttached(group.properties, prefix: "\(name)/", inventory: inventory, memo: memo)
      }
    }

    if let arn = properties.value(at: "PermissionsBoundary.PermissionsBoundaryArn")?.stringValue,
      let document = managedDocument(arn, inventory: inventory, memo: memo)
    {
      result.boundary = NamedPolicy(name: policyName(arn), document: document)
    }
    return result
  }

  private mutating func addInline(_ properties: JSONValue, prefix: String) {
    for key in ["UserPolicyList", "RolePolicyList", "GroupPolicyList"] {
      // XML protocols send an empty list as an empty string: skip non-objects.
      for item in properties[key]?.arrayValue ?? [] where item.objectValue != nil {
        let name = prefix + "inline:" + (item["PolicyName"]?.stringValue ?? "?")
        guard let raw = item["PolicyDocument"], let document = try? PolicyDocument.parse(raw)
        else {
          missing.append(name)
          continue
        }
        policies.append(NamedPolicy(name: name, document: document))
      }
    }
  }

  private mutating func addAttached(
    _ properties: JSONValue, prefix: String, inventory: Inventory, memo: FunctionMemo
  ) {
    for item in properties["AttachedManagedPolicies"]?.arrayValue ?? [] {
      guard let arn = item["PolicyArn"]?.stringValue else { continue }
      guard let document = Self.managedDocument(arn, inventory: inventory, memo: memo) else {
        missing.append(arn)
        continue
      }
      policies.append(NamedPolicy(name: prefix + Self.policyName(arn), document: document))
    }
  }

  /// The default document of the managed policy `arn`, parsed once per engine run.
  static func managedDocument(
    _ arn: String, inventory: Inventory, memo: FunctionMemo
  ) -> PolicyDocument? {
    memo.value("policy:" + arn) { () -> PolicyDocument? in
      guard let raw = inventory.resource(id: arn)?.properties["DefaultDocument"] else {
        return nil
      }
      return try? PolicyDocument.parse(raw)
    }
  }

  static func policyName(_ arn: String) -> String {
    String(arn.split(separator: "/").last ?? Substring(arn))
  }

  private static func groupIndex(_ inventory: Inventory) -> [String: Resource] {
    var index: [String: Resource] = [:]
    for group in inventory.resources(ofType: "aws.iam.group") {
      index[group.properties["GroupName"]?.stringValue ?? group.name] = group
    }
    return index
  }
}
