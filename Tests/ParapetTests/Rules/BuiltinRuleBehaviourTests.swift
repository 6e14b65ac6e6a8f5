import ParapetCore
import Testing

@testable import ParapetRules

@Suite struct BuiltinRuleBehaviourTests {
  @Test func everyBuiltinRuleHasACase() {
    let covered = Set((builtinRuleCases + policyRuleCases).map(\.id))
    let missing = RuleTestSupport.builtin.rules.map(\.id).filter { !covered.contains($0) }
    #expect(missing == [])
  }

  @Test(arguments: builtinRuleCases + policyRuleCases)
  func failsAndPasses(_ testCase: BuiltinRuleCase) throws {
    let failing = RuleTestSupport.findings(
      testCase.id,
      [RuleTestSupport.resource(testCase.type, testCase.failing)] + testCase.failingExtras)
    let passing = RuleTestSupport.findings(
      testCase.id,
      [RuleTestSupport.resource(testCase.type, testCase.passing)] + testCase.passingExtras)
    let judgedFailing = failing.filter { $0.resourceType == testCase.type }
    let judgedPassing = passing.filter { $0.resourceType == testCase.type }
    #expect(judgedFailing.map(\.status) == [.fail])
    #expect(judgedPassing.map(\.status) == [.pass])
    let messages = expectedMessages[testCase.id] ?? policyRuleMessages[testCase.id]
    #expect(judgedFailing.first?.message == messages?.fail)
    #expect(judgedPassing.first?.message == messages?.pass)
  }
}
