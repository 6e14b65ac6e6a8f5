import ParapetAWS
import ParapetCore

/// Revokes the ingress rules that open the check's ports to the whole internet, and only
/// those: each revoked permission carries just the protocol, the port range and the
/// `0.0.0.0/0` or `::/0` range that made it fail, so other sources on the same rule stay.
/// Undo authorizes the same ranges again, with their descriptions.
struct OpenPortsFixer: Fixer {
  let id: String
  let checkIds: [String]
  let resourceType = "aws.ec2.security_group"
  let title: String
  let permissions = ["ec2:RevokeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupIngress"]
  let recollect = ["ec2"]
  /// Ports the check watches.
  let ports: [Int]
  /// Address families the check watches.
  let ipv4: Bool
  let ipv6: Bool

  /// The three fixers matching the three open-port checks.
  static let all = [
    OpenPortsFixer(
      id: "ec2.security_group_admin_ports_ipv4",
      checkIds: ["aws.ec2.security_group_no_public_admin_ports_ipv4"],
      title: "Revoke ingress from 0.0.0.0/0 to ports 22 and 3389", ports: [22, 3389],
      ipv4: true, ipv6: false),
    OpenPortsFixer(
      id: "ec2.security_group_admin_ports_ipv6",
      checkIds: ["aws.ec2.security_group_no_public_admin_ports_ipv6"],
      title: "Revoke ingress from ::/0 to ports 22 and 3389", ports: [22, 3389],
      ipv4: false, ipv6: true),
    OpenPortsFixer(
      id: "ec2.security_group_high_risk_ports",
      checkIds: ["aws.ec2.security_group_no_public_high_risk_ports"],
      title: "Revoke ingress from the internet to database and file-sharing ports",
      ports: [20, 21, 23, 445, 1433, 1521, 3306, 5432, 5601, 6379, 9200, 11211, 27017],
      ipv4: true, ipv6: true),
  ]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let open = IpPermissions.list(resource, "IpPermissions").compactMap { permission in
      guard let range = IpPermissions.ports(permission),
        ports.contains(where: range.contains)
      else { return nil as JSONValue? }
      return IpPermissions.openPart(permission, ipv4: ipv4, ipv6: ipv6)
    }
    guard !open.isEmpty else {
      return .alreadyFixed(id, checkIds, resource, "no ingress opens these ports to everyone")
    }
    let groupId = resource.properties["GroupId"]?.stringValue ?? resource.name
    func call(_ operation: String, descriptions: Bool) -> FixCall {
      var parameters = IpPermissions.parameters(open, descriptions: descriptions)
      parameters["GroupId"] = groupId
      return FixCall(
        service: .ec2, region: resource.region, operation: operation,
        permission: "ec2:" + operation, request: .query(parameters))
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Revoke \(open.count) internet-open ingress rule(s) from \(groupId); other "
        + "rules and sources stay",
      calls: [call("RevokeSecurityGroupIngress", descriptions: false)],
      before: ["IpPermissions": .array(open)], after: ["IpPermissions": []],
      undoCalls: [call("AuthorizeSecurityGroupIngress", descriptions: true)])
  }
}

/// Empties a VPC's default security group: revokes every ingress and egress rule, so
/// resources launched without a group get no access by accident. The group itself stays.
/// Undo authorizes the recorded rules again.
struct DefaultSecurityGroupFixer: Fixer {
  let id = "ec2.default_security_group_restrict_all"
  let checkIds = ["aws.ec2.default_security_group_restricts_all"]
  let resourceType = "aws.ec2.security_group"
  let title = "Revoke every ingress and egress rule of the default security group"
  let permissions = [
    "ec2:RevokeSecurityGroupIngress", "ec2:RevokeSecurityGroupEgress",
    "ec2:AuthorizeSecurityGroupIngress", "ec2:AuthorizeSecurityGroupEgress",
  ]
  let recollect = ["ec2"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let ingress = IpPermissions.list(resource, "IpPermissions")
    let egress = IpPermissions.list(resource, "IpPermissionsEgress")
    let before: JSONValue = [
      "IpPermissions": .array(ingress), "IpPermissionsEgress": .array(egress),
    ]
    guard resource.properties["GroupName"]?.stringValue == "default" else {
      return .blocked(
        id, checkIds, resource,
        "\(resource.name) is not a default security group; this fixer empties only those")
    }
    guard !ingress.isEmpty || !egress.isEmpty else {
      return .alreadyFixed(id, checkIds, resource, "the group has no rules", state: before)
    }
    let groupId = resource.properties["GroupId"]?.stringValue ?? resource.name
    func call(_ operation: String, _ rules: [JSONValue], descriptions: Bool) -> FixCall? {
      guard !rules.isEmpty else { return nil }
      var parameters = IpPermissions.parameters(rules, descriptions: descriptions)
      parameters["GroupId"] = groupId
      return FixCall(
        service: .ec2, region: resource.region, operation: operation,
        permission: "ec2:" + operation, request: .query(parameters))
    }
    let calls = [
      call("RevokeSecurityGroupIngress", ingress, descriptions: false),
      call("RevokeSecurityGroupEgress", egress, descriptions: false),
    ].compactMap { $0 }
    let undo = [
      call("AuthorizeSecurityGroupIngress", ingress, descriptions: true),
      call("AuthorizeSecurityGroupEgress", egress, descriptions: true),
    ].compactMap { $0 }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Revoke \(ingress.count) ingress and \(egress.count) egress rule(s) of default "
        + "group \(groupId)",
      calls: calls, before: before,
      after: ["IpPermissions": [], "IpPermissionsEgress": []], undoCalls: undo)
  }
}
