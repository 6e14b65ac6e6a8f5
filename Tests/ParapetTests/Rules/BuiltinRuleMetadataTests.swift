import Foundation
import ParapetCore
import Testing

@testable import ParapetRules

@Suite struct BuiltinRuleMetadataTests {
  @Test func everyBuiltinRuleLoadsWithCompleteMetadata() throws {
    let set = try RuleSet.load()
    #expect(set.rules.count >= 35)
    #expect(Set(set.rules.map(\.id)).count == set.rules.count)
    for rule in set.rules {
      #expect(rule.id.hasPrefix("aws."), "\(rule.id)")
      #expect(!rule.title.isEmpty && !rule.description.isEmpty && !rule.risk.isEmpty)
      #expect(rule.remediation.cli != nil, "\(rule.id) lacks remediation.cli")
      #expect(rule.remediation.terraform != nil, "\(rule.id) lacks remediation.terraform")
      #expect(!rule.references.isEmpty, "\(rule.id) lacks references")
      #expect(rule.references.allSatisfy { $0.hasPrefix("https://docs.aws.amazon.com/") })
      #expect(!rule.categories.isEmpty, "\(rule.id) lacks categories")
    }
  }

  @Test func mostBuiltinRulesMapToCISAWS3() throws {
    let set = try RuleSet.load()
    let cis = set.rules.filter { $0.compliance["cis-aws-3.0"] != nil }
    #expect(cis.count >= 25)
  }
}
