import ParapetCore
import Testing

@testable import ParapetRules

@Suite struct RuleFileErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var errors: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "unknown top-level field",
      text: ruleText(condition: "{path: A, equals: 1}", extra: "severty: high"),
      errors: ["rules/x.yaml:10: unknown field 'severty'"]),
    Case(
      name: "unknown operator",
      text: ruleText(condition: "{path: A, equal: 1}"),
      errors: [
        "rules/x.yaml:7: unknown operator 'equal'; expected one of: equals, not_equals, "
          + "in, contains, matches, glob, gt, gte, lt, lte, exists, empty, age_days_gt, "
          + "age_days_lt, cidr_open_to_internet, cidr_within, port_range_overlaps, "
          + "starts_with, ends_with"
      ]),
    Case(
      name: "two operators",
      text: ruleText(condition: "{path: A, equals: 1, in: [1]}"),
      errors: ["rules/x.yaml:7: condition on 'A' needs exactly one operator; found equals, in"]),
    Case(
      name: "malformed operands on their lines",
      text: ruleText(
        condition: "\n  all:\n    - {path: A, gt: many}\n    - {path: 'B[x]', "
          + "exists: true}\n    - {path: C, cidr_within: 10.0.0.0/33}"),
      errors: [
        "rules/x.yaml:9: 'gt' needs a number", "rules/x.yaml:10: malformed path 'B[x]' in 'path'",
        "rules/x.yaml:11: 'cidr_within' needs a CIDR block such as 10.0.0.0/8",
      ]),
    Case(
      name: "unknown function",
      text: ruleText(condition: "{function: is_public, path: Policy}"),
      errors: [
        "rules/x.yaml:7: unknown function 'is_public'; known functions: "
          + "policy_allows, policy_is_administrator, principal_escalation_paths, "
          + "principal_is_administrator, resource_policy_exposure, s3_bucket_exposure"
      ]),
    Case(
      name: "bad severity and missing remediation text",
      text: ruleText(condition: "{path: A, exists: true}").replacingOccurrences(
        of: "severity: low", with: "severity: urgent"
      ).replacingOccurrences(
        of: "{text: Fix it.}", with: "{cli: x}"),
      errors: [
        "rules/x.yaml:5: unknown severity 'urgent'; expected critical, high, medium, "
          + "low or informational", "rules/x.yaml:9: 'remediation' needs 'text'",
      ]),
    Case(
      name: "snippet placeholder reading a key the type lacks",
      text: ruleText(condition: "{path: Versioning.Status, exists: true}").replacingOccurrences(
        of: "{text: Fix it.}", with: "{text: Fix it., cli: 'aws s3api x --bucket {{Nmae}}'}"
      ).replacingOccurrences(of: "test.thing", with: "aws.s3.bucket"),
      errors: [
        "rules/x.yaml:9: 'remediation.cli': placeholder reads 'Nmae', which aws.s3.bucket "
          + "does not have; see docs/RESOURCES.md for its keys"
      ]),
    Case(
      name: "related without quantifier",
      text: ruleText(condition: "{related: {type: test.y}}"),
      errors: ["rules/x.yaml:7: 'related' needs 'quantifier': any, all, none or count"]),
    Case(
      name: "unmatched without a join",
      text: ruleText(condition: "{related: {type: test.y, quantifier: all, unmatched: gone}}"),
      errors: [
        "rules/x.yaml:7: 'unmatched' needs a 'join' and a reason, such as: the bucket is not "
          + "in the inventory"
      ]),
    Case(
      name: "unknown top-level property of a known type",
      text: ruleText(condition: "{path: Versoning.Status, equals: Enabled}")
        .replacingOccurrences(of: "resource: test.thing", with: "resource: aws.s3.bucket"),
      errors: [
        "rules/x.yaml:7: unknown property 'Versoning' of aws.s3.bucket in path "
          + "'Versoning.Status'; known properties: Acl, BucketRegion, CreationDate, "
          + "Encryption, Logging, Name, OwnershipControls, Policy, PublicAccessBlock, Region, "
          + "Versioning"
      ]),
    Case(
      name: "unknown property of a related type, and in a join",
      text: ruleText(
        condition: "\n  related:\n    type: aws.sns.topic\n    join: {from: A, to: Arn}"
          + "\n    quantifier: any\n    where: {path: Subscription, exists: true}"),
      errors: [
        "rules/x.yaml:10: unknown property 'Arn' of aws.sns.topic in path 'Arn'; "
          + "known properties: Attributes, Subscriptions, TopicArn",
        "rules/x.yaml:12: unknown property 'Subscription' of aws.sns.topic in path "
          + "'Subscription'; known properties: Attributes, Subscriptions, TopicArn",
      ]),
    Case(
      name: "unknown AWS resource type",
      text: ruleText(condition: "{path: A, exists: true}")
        .replacingOccurrences(of: "resource: test.thing", with: "resource: aws.s3.buckets"),
      errors: [
        "rules/x.yaml:6: unknown resource type 'aws.s3.buckets'; see docs/RESOURCES.md "
          + "for the types"
      ]),
    Case(
      name: "unknown transform and a reference on an operator that takes none",
      text: ruleText(
        condition: "\n  all:\n    - {path: 'A | reverse', equals: x}\n"
          + "    - {path: A, matches: {ref: B}}"),
      errors: [
        "rules/x.yaml:9: malformed path 'A | reverse' in 'path'; transforms after '|': "
          + "lower, upper, compact, strip_prefix(TEXT), strip_suffix(TEXT), "
          + "field(SEPARATOR, INDEX), length",
        "rules/x.yaml:10: 'matches' cannot take {ref: PATH}; these can: equals, not_equals, "
          + "contains, in, gt, gte, lt, lte, starts_with",
      ]),
    Case(name: "empty file", text: "", errors: ["rules/x.yaml:1: empty file; expected one rule"]),
  ]

  @Test(arguments: cases)
  func reportsExactErrors(_ testCase: Case) {
    do {
      _ = try RuleSet.parse(testCase.text, file: "rules/x.yaml")
      Issue.record("expected errors")
    } catch {
      #expect(error.diagnostics.map(\.description) == testCase.errors)
    }
  }

  @Test func selectionFiltersByGlobSeverityAndService() {
    let set = RuleTestSupport.builtin
    let s3High = set.selecting(RuleSelection(include: ["aws.s3.*"], minimumSeverity: .high))
    #expect(
      s3High.rules.map(\.id) == [
        "aws.s3.account_public_access_block", "aws.s3.bucket_acl_not_public",
        "aws.s3.bucket_not_publicly_accessible", "aws.s3.bucket_policy_not_public",
        "aws.s3.bucket_public_access_block",
      ])
    let rds = set.selecting(
      RuleSelection(include: ["*encrypted"], exclude: ["*snapshot*"], services: ["rds"]))
    #expect(
      rds.rules.map(\.id) == [
        "aws.rds.cluster_storage_encrypted", "aws.rds.instance_storage_encrypted",
      ])
  }
}
