import ParapetCore
import Testing

@testable import ParapetRules

/// `Rule.reads`: every path a rule reads, written from its resource's root, as the seeded
/// read-coverage test holds them against collected inventories.
@Suite struct RuleReadTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var condition: String
    var extra: String = ""
    var reads: [String]
    var testDescription: String { condition }
  }

  static let cases: [Case] = [
    Case(condition: "{path: A.B, equals: 1}", reads: ["test.thing: A.B"]),
    Case(
      condition: "{none_of: {path: Keys, where: {path: Status, equals: Active}}}",
      reads: ["test.thing: Keys", "test.thing: Keys[].Status"]),
    Case(
      condition: "{any_of: {path: 'A[].B', where: {path: C, equals: 1}}}",
      reads: ["test.thing: A[].B", "test.thing: A[].B.C"]),
    Case(
      condition: "{all_of: {path: L, where: {path: ., equals: x}}}",
      reads: ["test.thing: L", "test.thing: L[]"]),
    Case(
      condition: #"{path: 'Attributes["a.b"] | lower', equals: x}"#,
      reads: [#"test.thing: Attributes["a.b"]"#]),
    Case(condition: "{path: $name, equals: x}", reads: []),
    Case(
      condition: "{path: Used, lt: {ref: Limit}}",
      reads: ["test.thing: Limit", "test.thing: Used"]),
    Case(
      condition: """
        {related: {type: test.other, join: {from: Ref, to: Id}, quantifier: any,
          where: {path: Owner, equals: {ref: $outer.Name}}}}
        """,
      reads: [
        "test.other: Id", "test.other: Owner", "test.thing: Name", "test.thing: Ref",
      ]),
    Case(
      condition: "{function: resource_policy_exposure, args: {policy: [P1, Attributes.P2]}}",
      reads: ["test.thing: Attributes.P2", "test.thing: P1"]),
    Case(
      condition: "{path: A, exists: true}",
      extra: "applies_when: {path: Kind, equals: k}",
      reads: ["test.thing: A", "test.thing: Kind"]),
  ]

  @Test(arguments: cases)
  func readsAreWrittenFromTheRoot(_ testCase: Case) throws {
    let rule = try RuleSet.parse(
      ruleText(condition: testCase.condition, extra: testCase.extra), file: "t.yaml")

    #expect(rule.reads.map(\.description) == testCase.reads)
  }

  @Test func messagePlaceholdersAreReads() throws {
    let text = ruleText(condition: "{path: A, exists: true}")
      .replacingOccurrences(of: "bad {name}: {evidence}", with: "bad {name}: {Status.Code}")
    let rule = try RuleSet.parse(text, file: "t.yaml")

    #expect(rule.reads.map(\.description) == ["test.thing: A", "test.thing: Status.Code"])
  }

  @Test func functionsDeclareWhatTheyRead() throws {
    let rule = try RuleSet.parse(
      ruleText(condition: "{function: s3_bucket_exposure}")
        .replacingOccurrences(of: "test.thing", with: "aws.s3.bucket"), file: "t.yaml")

    #expect(
      rule.reads.map(\.description) == [
        "aws.account: S3PublicAccessBlock", "aws.s3.bucket: Acl.Grants[].Grantee",
        "aws.s3.bucket: Acl.Owner.ID", "aws.s3.bucket: Policy",
        "aws.s3.bucket: PublicAccessBlock",
      ])
  }

  @Test(arguments: [
    (#"{"A": {"B": null}}"#, "A.B", true),
    (#"{"A": null}"#, "A.B", false),
    (#"{"A": [{"B": 1}, {}]}"#, "A[].B", true),
    (#"{"A": []}"#, "A[].B", false),
    (#"{"A": [{"C": 1}]}"#, "A[].B", false),
  ])
  func presenceCountsNullButNotAnEmptyList(_ properties: String, _ path: String, _ found: Bool)
    throws
  {
    let parsed = try #require(PropertyPath(path))
    let read = RuleRead(type: "t", steps: parsed.steps)

    #expect(read.isPresent(in: try JSONValue.parse(properties)) == found)
  }
}
