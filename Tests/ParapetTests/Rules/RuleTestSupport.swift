import Foundation
import ParapetCore

@testable import ParapetRules

/// Builds small inventories around one resource and runs one rule over them.
enum RuleTestSupport {
  static let now = ISO8601DateFormatter().date(from: "2025-01-01T00:00:00Z") ?? Date()
  static let account = "111122223333"
  static let builtin: RuleSet = (try? RuleSet.load()) ?? RuleSet(rules: [])

  static func resource(
    _ type: String, _ properties: JSONValue, name: String = "r1", region: String = "us-east-1"
  ) -> Resource {
    switch type {
    case "aws.account":
      return Resource(
        id: "arn:aws:iam::\(account):root", type: type, account: account,
        region: "global", name: account, properties: properties)
    case "aws.region":
      return Resource(
        id: "arn:aws:ec2:\(region):\(account):region", type: type,
        account: account, region: region, name: region, properties: properties)
    default:
      return Resource(
        id: "arn:\(type):\(name)", type: type, account: account, region: region,
        name: name, properties: properties)
    }
  }

  /// Findings of rule `id` over `resources` plus `failures`.
  static func findings(
    _ id: String, _ resources: [Resource], failures: [CollectionFailure] = [],
    rules: RuleSet = builtin
  ) -> [Finding] {
    let selected = rules.selecting(RuleSelection(include: [id]))
    let inventory = Inventory(
      account: account, regions: ["us-east-1"], resources: resources, failures: failures)
    return RuleEngine(rules: selected, now: now).evaluate(inventory)
  }
}
