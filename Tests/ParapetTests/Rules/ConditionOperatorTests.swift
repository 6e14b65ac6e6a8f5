import Foundation
import ParapetCore
import Testing

@testable import ParapetRules

@Suite struct ConditionOperatorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var condition: String
    var properties: JSONValue
    var holds: Bool
    var testDescription: String { condition }
  }

  static let sg: JSONValue = [
    "IpPermissions": [
      [
        "IpProtocol": "tcp", "FromPort": "20", "ToPort": "25",
        "IpRanges": [["CidrIp": "0.0.0.0/0"]],
      ],
      ["IpProtocol": "-1", "Ipv6Ranges": [["CidrIpv6": "::/0"]]],
      ["IpProtocol": "icmp", "FromPort": "-1", "ToPort": "-1"],
    ],
    "Tags": ["a", "b"], "Created": "2024-12-01T00:00:00Z", "Never": "N/A",
    // JSON-protocol APIs send times as epoch seconds (or milliseconds, as Logs does).
    "RotatedEpoch": 1_733_011_200, "CreatedEpochMillis": 1_733_011_200_000,
    "Flag": "true", "Port": "22", "Cidr": "10.1.2.0/24", "Empty": [], "Null": nil,
    "SecurityGroups": [["GroupId": "sg-1"], ["GroupId": "sg-2"]],
  ]

  static let cases: [Case] = [
    Case(condition: "{path: Flag, equals: true}", properties: sg, holds: true),
    Case(condition: "{path: Port, equals: 22}", properties: sg, holds: true),
    Case(condition: "{path: Port, not_equals: 22}", properties: sg, holds: false),
    Case(condition: "{path: Port, in: [21, 22]}", properties: sg, holds: true),
    Case(condition: "{path: Tags, contains: b}", properties: sg, holds: true),
    Case(condition: "{path: Cidr, matches: '^10\\.'}", properties: sg, holds: true),
    Case(condition: "{path: Cidr, glob: '10.*/24'}", properties: sg, holds: true),
    Case(condition: "{path: Port, gt: 22}", properties: sg, holds: false),
    Case(condition: "{path: Port, gte: 22}", properties: sg, holds: true),
    Case(condition: "{path: Port, lt: 23}", properties: sg, holds: true),
    Case(condition: "{path: Port, lte: 21}", properties: sg, holds: false),
    Case(condition: "{path: Null, exists: true}", properties: sg, holds: false),
    Case(condition: "{path: Missing, exists: false}", properties: sg, holds: true),
    Case(condition: "{path: Empty, empty: true}", properties: sg, holds: true),
    Case(condition: "{path: Tags, empty: true}", properties: sg, holds: false),
    Case(condition: "{path: Created, age_days_gt: 30}", properties: sg, holds: true),
    Case(condition: "{path: Created, age_days_lt: 30}", properties: sg, holds: false),
    Case(condition: "{path: Never, age_days_gt: 0}", properties: sg, holds: false),
    Case(condition: "{path: RotatedEpoch, age_days_gt: 30}", properties: sg, holds: true),
    Case(condition: "{path: RotatedEpoch, age_days_lt: 30}", properties: sg, holds: false),
    Case(condition: "{path: CreatedEpochMillis, age_days_gt: 30}", properties: sg, holds: true),
    Case(condition: "{path: Never, age_days_lt: 100000}", properties: sg, holds: false),
    Case(condition: "{path: Cidr, cidr_open_to_internet: false}", properties: sg, holds: true),
    Case(condition: "{path: Cidr, cidr_within: 10.0.0.0/8}", properties: sg, holds: true),
    Case(condition: "{path: Cidr, cidr_within: 10.1.3.0/24}", properties: sg, holds: false),
    Case(
      condition: "{path: 'IpPermissions[0]', port_range_overlaps: [22]}", properties: sg,
      holds: true),
    Case(
      condition: "{path: 'IpPermissions[0]', port_range_overlaps: [80]}", properties: sg,
      holds: false),
    Case(
      condition: "{path: 'IpPermissions[1]', port_range_overlaps: [3389]}", properties: sg,
      holds: true),
    Case(
      condition: "{path: 'IpPermissions[2]', port_range_overlaps: [22]}", properties: sg,
      holds: false),
    Case(
      condition: "{path: 'SecurityGroups[].GroupId', contains: sg-2}", properties: sg,
      holds: true),
    Case(
      condition: "{any_of: {path: 'IpPermissions[].Ipv6Ranges[]', where: "
        + "{path: CidrIpv6, cidr_open_to_internet: true}}}", properties: sg, holds: true),
    Case(
      condition: "{all_of: {path: IpPermissions, where: {path: IpProtocol, equals: tcp}}}",
      properties: sg, holds: false),
    Case(
      condition: "{none_of: {path: Tags, where: {path: ., equals: c}}}", properties: sg,
      holds: true),
    Case(
      condition: "{count: {path: Tags, where: {path: ., in: [a, b]}, gte: 2}}",
      properties: sg, holds: true),
    Case(
      condition: "{all: [{path: Flag, equals: true}, {path: Port, equals: 23}]}",
      properties: sg, holds: false),
    Case(
      condition: "{any: [{path: Flag, equals: false}, {path: Port, equals: 22}]}",
      properties: sg, holds: true),
    Case(condition: "{not: {path: Flag, equals: true}}", properties: sg, holds: false),
    Case(condition: "{path: $region, equals: us-east-1}", properties: sg, holds: true),
  ]

  @Test(arguments: cases)
  func evaluates(_ testCase: Case) throws {
    let rule = try RuleSet.parse(ruleText(condition: testCase.condition), file: "t.yaml")
    let resource = RuleTestSupport.resource("test.thing", testCase.properties)
    let scope = EvaluationScope(
      resource: resource, inventory: Inventory(account: "1", regions: []),
      now: RuleTestSupport.now)
    #expect(rule.condition.evaluate(in: scope).holds == testCase.holds)
  }

  @Test func cidrOpenToInternetAcceptsAnyPrefixZero() {
    #expect(CIDRBlock("0.0.0.0/0")?.coversWholeInternet == true)
    #expect(CIDRBlock("0:0::/0")?.coversWholeInternet == true)
    #expect(CIDRBlock("1.2.3.4/0")?.coversWholeInternet == true)
    #expect(CIDRBlock("0.0.0.0/1")?.coversWholeInternet == false)
    #expect(CIDRBlock("300.0.0.0/8") == nil)
  }
}

/// A minimal valid rule around `condition`.
func ruleText(condition: String, extra: String = "") -> String {
  """
  id: test.rule
  title: T
  description: D
  risk: R
  severity: low
  resource: test.thing
  condition: \(condition)
  message: {pass: "ok {name}", fail: "bad {name}: {evidence}"}
  remediation: {text: Fix it.}
  \(extra)
  """
}
