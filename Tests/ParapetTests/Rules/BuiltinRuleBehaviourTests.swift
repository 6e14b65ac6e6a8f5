import ParapetCore
import Testing

@testable import ParapetRules

/// Every built-in rule's case: the first library and the CIS/FSBP additions.
let allRuleCases = builtinRuleCases + libraryRuleCases + policyRuleCases

@Suite struct BuiltinRuleBehaviourTests {
  @Test func everyBuiltinRuleHasACase() {
    let covered = Set(allRuleCases.map(\.id))
    let missing = RuleTestSupport.builtin.rules.map(\.id).filter { !covered.contains($0) }
    #expect(missing == [])
  }

  static let allMessages = expectedMessages.merging(libraryMessages) { first, _ in first }
    .merging(policyRuleMessages) { first, _ in first }

  @Test(arguments: allRuleCases)
  func failsAndPasses(_ testCase: BuiltinRuleCase) throws {
    let failing = RuleTestSupport.findings(
      testCase.id,
      [RuleTestSupport.resource(testCase.type, testCase.failing, name: testCase.name)]
        + testCase.failingExtras)
    let passing = RuleTestSupport.findings(
      testCase.id,
      [RuleTestSupport.resource(testCase.type, testCase.passing, name: testCase.name)]
        + testCase.passingExtras)
    let judgedFailing = failing.filter { $0.resourceType == testCase.type }
    let judgedPassing = passing.filter { $0.resourceType == testCase.type }
    #expect(judgedFailing.map(\.status) == [.fail])
    #expect(judgedPassing.map(\.status) == [.pass])
    #expect(judgedFailing.first?.message == Self.allMessages[testCase.id]?.fail)
    #expect(judgedPassing.first?.message == Self.allMessages[testCase.id]?.pass)
  }
}
