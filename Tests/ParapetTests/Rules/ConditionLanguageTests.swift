import Foundation
import ParapetCore
import Testing

@testable import ParapetRules

/// The language additions: transforms after `|`, `{ref: PATH}` comparisons, `$outer`,
/// joins on several keys, quoted keys, and `starts_with` / `ends_with`.
@Suite struct ConditionLanguageTests {
  static let thing: JSONValue = [
    "Arn": "arn:aws:logs:us-east-1:1:log-group:trail:*",
    "Pattern": "{ ($.eventName = \"CreateTrail\") }",
    "Attributes": ["deletion_protection.enabled": "true"],
    "Settings": ["*/*": ["loggingLevel": "ERROR"]],
    "Used": 3, "Limit": 5, "Names": ["a", "b"], "Name": "b",
  ]

  struct Case: Sendable, CustomTestStringConvertible {
    var condition: String
    var holds: Bool
    var testDescription: String { condition }
  }

  static let cases: [Case] = [
    Case(
      condition: #"{path: 'Arn | strip_suffix(":*") | field(":", 6)', equals: trail}"#,
      holds: true),
    Case(
      condition: #"{path: 'Arn | strip_prefix("arn:aws:s3")', starts_with: 'arn:aws:logs'}"#,
      holds: true),
    Case(
      condition: "{path: 'Pattern | compact', contains: '$.eventName=CreateTrail'}", holds: true),
    Case(condition: "{path: 'Name | upper', equals: B}", holds: true),
    Case(condition: "{path: 'Names | length', equals: 2}", holds: true),
    Case(condition: #"{path: 'Arn | field(":", 40)', exists: false}"#, holds: true),
    Case(
      condition: #"{path: 'Attributes["deletion_protection.enabled"]', equals: true}"#,
      holds: true),
    Case(condition: #"{path: 'Settings["*/*"].loggingLevel', in: [ERROR, INFO]}"#, holds: true),
    Case(condition: "{path: Used, lt: {ref: Limit}}", holds: true),
    Case(condition: "{path: Limit, lte: {ref: Used}}", holds: false),
    Case(condition: "{path: Name, in: {ref: Names}}", holds: true),
    Case(condition: "{path: Names, contains: {ref: Name}}", holds: true),
    Case(condition: "{path: Name, equals: {ref: Missing}}", holds: false),
    Case(condition: "{path: Name, not_equals: {ref: Missing}}", holds: true),
    Case(condition: "{path: Arn, ends_with: ':*'}", holds: true),
    Case(condition: "{path: Arn, starts_with: 'arn:aws:s3'}", holds: false),
  ]

  @Test(arguments: cases)
  func evaluates(_ testCase: Case) throws {
    let rule = try RuleSet.parse(ruleText(condition: testCase.condition), file: "t.yaml")
    let scope = EvaluationScope(
      resource: RuleTestSupport.resource("test.thing", Self.thing),
      inventory: Inventory(account: "1", regions: []), now: RuleTestSupport.now)

    #expect(rule.condition.evaluate(in: scope).holds == testCase.holds)
  }

  /// `$outer` reads the resource a related query started from; a join on two keys keeps
  /// only candidates matching both.
  @Test func outerAndMultiKeyJoins() throws {
    let condition = """

        related:
          type: test.alarm
          join:
            - {from: 'Metrics[].name', to: MetricName}
            - {from: 'Metrics[].namespace', to: Namespace}
          quantifier: count
          equals: 1
          where: {path: Owner, equals: {ref: $outer.Team}}
      """
    let rule = try RuleSet.parse(ruleText(condition: condition), file: "t.yaml")
    let filter = RuleTestSupport.resource(
      "test.thing", ["Team": "ops", "Metrics": [["name": "m", "namespace": "cis"]]])
    func alarm(_ name: String, _ namespace: String, _ owner: String) -> Resource {
      RuleTestSupport.resource(
        "test.alarm",
        [
          "MetricName": .string(name), "Namespace": .string(namespace),
          "Owner": .string(owner),
        ], name: name + namespace + owner)
    }
    let inventory = Inventory(
      account: "1", regions: [],
      resources: [
        filter, alarm("m", "cis", "ops"), alarm("m", "other", "ops"), alarm("x", "cis", "ops"),
        alarm("m", "cis", "dev"),
      ])

    let outcome = rule.condition.evaluate(
      in: EvaluationScope(resource: filter, inventory: inventory, now: RuleTestSupport.now))

    #expect(outcome.holds)
    #expect(outcome.evidence.first == Evidence(path: "test.alarm (matching count)", value: 1))
  }

  @Test func nestedRelatedTypesAreAllReported() throws {
    let rule = try #require(RuleTestSupport.builtin.rule(id: "aws.cloudwatch.monitor_vpc_changes"))

    #expect(
      rule.condition.relatedTypes == [
        "aws.cloudtrail.trail", "aws.logs.log_group", "aws.cloudwatch.alarm", "aws.sns.topic",
      ])
  }
}

@Suite struct TimestampParsingTests {
  @Test(arguments: [
    "2024-02-29T23:59:58Z", "2024-06-01T00:00:00+00:00", "2023-12-31T22:15:07.250Z",
    "1999-01-01T05:00:00-05:00", "2025-03-01T12:00:00+02:30",
  ])
  func fastParserAgreesWithFoundation(_ text: String) {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    let expected = ISO8601DateFormatter().date(from: text) ?? formatter.date(from: text)

    #expect(expected != nil)
    #expect(ValueMatching.fastDate(text) == expected)
  }

  @Test func otherShapesFallBack() {
    #expect(ValueMatching.fastDate("2024-13-01T00:00:00Z") == nil)
    #expect(ValueMatching.fastDate("N/A") == nil)
    #expect(ValueMatching.fastDate("2024-01-01T00:00:00") == nil)
  }
}
