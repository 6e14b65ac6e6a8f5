import ParapetCore
import Testing

@testable import ParapetDetect

@Suite struct SigmaRuleTests {
  static func rule(_ detection: String, logsource: String = "aws", service: String = "cloudtrail")
    -> String
  {
    """
    title: Test rule
    id: 00000000-0000-4000-8000-000000000001
    tags:
      - attack.persistence
      - attack.t1098.001
    logsource:
      product: \(logsource)
      service: \(service)
    detection:
    \(detection)
    level: high
    """
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var detection: String
    var matches: [Bool]
    var testDescription: String { name }
  }

  /// Events every case is run against, in order.
  static let events = [
    TrailEvent.record(
      "CreateAccessKey", source: "iam.amazonaws.com", ip: "10.1.2.3",
      params: #"{"userName":"Bob"}"#),
    TrailEvent.record(
      "DeleteBucket", source: "s3.amazonaws.com", identity: TrailEvent.root, ip: "203.0.113.9",
      params: #"{"bucketName":"prod-data","tags":["a","b"]}"#,
      extra: #","errorCode":"AccessDenied""#),
    TrailEvent.record("ListUsers", source: "iam.amazonaws.com", identity: TrailEvent.role),
  ]

  static let cases: [Case] = [
    Case(
      name: "map is AND, plain value is case-insensitive equality",
      detection: "  sel:\n    eventSource: IAM.amazonaws.com\n    eventName: createaccesskey\n"
        + "  condition: sel",
      matches: [true, false, false]),
    Case(
      name: "list of values is OR",
      detection:
        "  sel:\n    eventName:\n      - DeleteBucket\n      - ListUsers\n  condition: sel",
      matches: [false, true, true]),
    Case(
      name: "list of maps is OR",
      detection: "  sel:\n    - eventName: DeleteBucket\n    - userIdentity.type: AssumedRole\n"
        + "  condition: sel",
      matches: [false, true, true]),
    Case(
      name: "wildcards, contains, startswith, endswith",
      detection:
        "  a:\n    eventName: Create*Key\n"
        + "  b:\n    requestParameters.bucketName|startswith: prod-\n"
        + "  c:\n    userIdentity.arn|endswith: /session\n  condition: a or b or c",
      matches: [true, true, true]),
    Case(
      name: "contains|all needs every value",
      detection:
        "  sel:\n    userIdentity.arn|contains|all:\n      - assumed-role\n      - deploy\n"
        + "  condition: sel",
      matches: [false, false, true]),
    Case(
      name: "re is case-sensitive unless i",
      detection: "  a:\n    eventName|re: '^Delete[A-Z]'\n  b:\n    eventName|re|i: '^listusers$'\n"
        + "  condition: a or b",
      matches: [false, true, true]),
    Case(
      name: "cidr",
      detection: "  sel:\n    sourceIPAddress|cidr:\n      - 10.0.0.0/8\n      - 192.168.0.0/16\n"
        + "  condition: sel",
      matches: [true, false, false]),
    Case(
      name: "null means absent",
      detection: "  sel:\n    errorCode: null\n  condition: sel",
      matches: [true, false, true]),
    Case(
      name: "exists modifier",
      detection: "  sel:\n    requestParameters.userName|exists: true\n  condition: sel",
      matches: [true, false, false]),
    Case(
      name: "array field matches any element",
      detection: "  sel:\n    requestParameters.tags: b\n  condition: sel",
      matches: [false, true, false]),
    Case(
      name: "and not, parentheses",
      detection:
        "  sel:\n    eventSource|endswith: .amazonaws.com\n  root:\n    userIdentity.type: Root\n"
        + "  iam:\n    eventSource: iam.amazonaws.com\n  condition: sel and not (root or iam)",
      matches: [false, false, false]),
    Case(
      name: "not binds tighter than and, and tighter than or",
      detection: "  a:\n    eventName: CreateAccessKey\n  b:\n    userIdentity.type: Root\n"
        + "  c:\n    eventName: ListUsers\n  condition: not a and not b or a",
      matches: [true, false, true]),
    Case(
      name: "1 of selection*",
      detection:
        "  selection_a:\n    eventName: DeleteBucket\n  selection_b:\n    eventName: ListUsers\n"
        + "  filter:\n    eventName: ListUsers\n  condition: 1 of selection* and not filter",
      matches: [false, true, false]),
    Case(
      name: "all of selection*",
      detection:
        "  selection_a:\n    eventSource: s3.amazonaws.com\n"
        + "  selection_b:\n    errorCode: AccessDenied\n"
        + "  condition: all of selection*",
      matches: [false, true, false]),
    Case(
      name: "1 of them and all of them",
      detection: "  x:\n    eventSource: iam.amazonaws.com\n  y:\n    userIdentity.type: IAMUser\n"
        + "  condition:\n    - all of them\n    - 1 of x and not 1 of y",
      matches: [true, false, true]),
    Case(
      name: "escaped wildcard is literal",
      detection: "  sel:\n    eventName: 'Create\\*'\n  condition: sel",
      matches: [false, false, false]),
  ]

  @Test(arguments: cases)
  func conditionSemantics(_ testCase: Case) throws {
    let loaded = SigmaLoader.load(text: Self.rule(testCase.detection), file: "t.yml")
    #expect(loaded.issues == [])
    let rule = try #require(loaded.rules.first)
    let results = Self.events.map {
      !TrailEvent.detect([$0], sigma: [rule], builtins: false).findings.isEmpty
    }
    #expect(results == testCase.matches)
  }

  @Test func ruleMetadataBecomesTheDetection() throws {
    let loaded = SigmaLoader.load(
      text: Self.rule("  sel:\n    eventName: CreateAccessKey\n  condition: sel"), file: "t.yml")
    let rule = try #require(loaded.rules.first)
    #expect(rule.detection.checkId == "sigma.00000000-0000-4000-8000-000000000001")
    #expect(rule.detection.severity == .high)
    #expect(rule.detection.techniques == ["T1098.001"])
    let report = TrailEvent.detect([Self.events[0]], sigma: [rule], builtins: false)
    #expect(report.findings.first?.compliance == ["mitre-attack:T1098.001"])
  }

  struct Unsupported: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var reason: String
    var testDescription: String { name }
  }

  static let unsupported: [Unsupported] = [
    Unsupported(
      name: "aggregation",
      text: rule(
        "  sel:\n    eventName: GetObject\n  condition: sel | count() by userIdentity.arn > 10"),
      reason: "condition 'sel | count() by userIdentity.arn > 10': aggregation after '|' "
        + "(count, min, max, ...) is not supported; use a windowed built-in detection or a "
        + "Sigma correlation rule"),
    Unsupported(
      name: "near",
      text: rule("  a:\n    eventName: X\n  b:\n    eventName: Y\n  condition: a near b"),
      reason: "condition 'a near b': 'near' is not supported"),
    Unsupported(
      name: "timeframe",
      text: rule("  sel:\n    eventName: X\n  timeframe: 5m\n  condition: sel"),
      reason: "'timeframe' (windowed aggregation) is not supported"),
    Unsupported(
      name: "keyword list",
      text: rule("  keywords:\n    - mimikatz\n  condition: keywords"),
      reason: "selection 'keywords' is a keyword list (full-text search), which is not "
        + "supported for CloudTrail; name the field to match"),
    Unsupported(
      name: "base64 modifier",
      text: rule(
        "  sel:\n    requestParameters.userData|base64offset|contains: curl\n  condition: sel"),
      reason: "selection 'sel' field 'requestParameters.userData': modifier 'base64offset' is "
        + "not supported"),
    Unsupported(
      name: "other log source",
      text: rule("  sel:\n    Image: x\n  condition: sel", logsource: "windows", service: "sysmon"),
      reason: "logsource is product 'windows' service 'sysmon'; only aws cloudtrail rules run "
        + "on CloudTrail"),
    Unsupported(
      name: "unknown selection in condition",
      text: rule("  sel:\n    eventName: X\n  condition: sel and filter"),
      reason: "condition 'sel and filter': condition names 'filter', which is not a selection"),
    Unsupported(
      name: "pattern matching nothing",
      text: rule("  sel:\n    eventName: X\n  condition: 1 of filter*"),
      reason: "condition '1 of filter*': 'filter*' matches no selection"),
  ]

  @Test(arguments: unsupported)
  func unsupportedConstructsAreReported(_ testCase: Unsupported) {
    let loaded = SigmaLoader.load(text: testCase.text, file: "rules/x.yml")
    #expect(loaded.rules.isEmpty)
    #expect(
      loaded.issues == [
        SigmaRuleIssue(file: "rules/x.yml", rule: "Test rule", reason: testCase.reason)
      ])
  }

  @Test func publicFormatRuleParsesUnchanged() throws {
    // Written in the layout community rule sets use: status, references, author, date,
    // namespaced tags, a filter and `selection and not filter`.
    let text = """
      title: Suspicious Deletion Of An S3 Bucket Policy
      id: 3b1f7a3c-6f2e-4c55-9e43-2f2b7cfa9b10
      status: test
      description: Detects removal of a bucket policy by someone other than the automation role.
      references:
          - https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketPolicy.html
      author: Parapet
      date: 2024-05-01
      modified: 2024-05-02
      tags:
          - attack.defense-evasion
          - attack.t1562
      logsource:
          product: aws
          service: cloudtrail
      detection:
          selection:
              eventSource: s3.amazonaws.com
              eventName: DeleteBucketPolicy
          filter_automation:
              userIdentity.arn|contains: ':assumed-role/terraform/'
          condition: selection and not filter_automation
      falsepositives:
          - Bucket owners tidying up policies
      level: medium
      """
    let loaded = SigmaLoader.load(text: text, file: "s3_delete_policy.yml")
    #expect(loaded.issues == [])
    let rule = try #require(loaded.rules.first)
    #expect(rule.detection.title == "Suspicious Deletion Of An S3 Bucket Policy")
    #expect(rule.detection.severity == .medium)
    #expect(rule.detection.techniques == ["T1562"])
    let hit = TrailEvent.record("DeleteBucketPolicy", source: "s3.amazonaws.com")
    #expect(TrailEvent.detect([hit], sigma: [rule], builtins: false).findings.count == 1)
  }

  @Test func bundledRulesAllLoad() {
    let loaded = SigmaLoader.bundled()
    #expect(loaded.issues == [])
    #expect(loaded.rules.count == 54)
    #expect(Set(loaded.rules.map(\.detection.checkId)).count == 54)
  }

  @Test func rulesAreIndexedByEventName() throws {
    let text = Self.rule(
      "  a:\n    eventName:\n      - StopLogging\n      - DeleteTrail\n"
        + "  b:\n    userAgent|contains: x\n"
        + "  condition: a and not b")
    let rule = try #require(SigmaLoader.load(text: text, file: "t.yml").rules.first)
    #expect(
      SigmaEvaluator.eventNames(rule.condition, rule.selections) == ["stoplogging", "deletetrail"])
    let loose = try #require(
      SigmaLoader.load(text: Self.rule("  b:\n    userAgent: x\n  condition: b"), file: "t.yml")
        .rules.first)
    #expect(SigmaEvaluator.eventNames(loose.condition, loose.selections) == nil)
  }
}
