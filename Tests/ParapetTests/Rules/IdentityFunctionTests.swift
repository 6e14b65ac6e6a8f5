import ParapetCore
import Testing

@testable import ParapetRules

/// `principal_is_administrator` and `principal_escalation_paths` over users and roles whose
/// policies live in other inventory resources (groups, managed policies, roles, functions).
@Suite struct IdentityFunctionTests {
  typealias Case = PolicyFunctionTests.Case
  static let account = RuleTestSupport.account

  static func document(_ statements: JSONValue...) -> JSONValue {
    ["Version": "2012-10-17", "Statement": .array(statements)]
  }

  static func allow(_ action: JSONValue, on resource: JSONValue = "*", not: Bool = false)
    -> JSONValue
  {
    [not ? "NotAction" : "Action": action, "Effect": "Allow", "Resource": resource]
  }

  static func user(inline: [JSONValue] = [], attached: [String] = [], groups: [String] = [])
    -> Resource
  {
    let policies = inline.enumerated().map { index, document -> JSONValue in
      ["PolicyName": .string("p\(index)"), "PolicyDocument": document]
    }
    let properties: JSONValue = [
      "UserPolicyList": .array(policies),
      "AttachedManagedPolicies": .array(attached.map { ["PolicyArn": .string($0)] }),
      "GroupList": .array(groups.map(JSONValue.string)),
    ]
    return Resource(
      id: "arn:aws:iam::\(account):user/u1", type: "aws.iam.user", account: account,
      region: "global", name: "u1", properties: properties)
  }

  static func role(_ name: String, _ document: JSONValue) -> Resource {
    Resource(
      id: "arn:aws:iam::\(account):role/\(name)", type: "aws.iam.role", account: account,
      region: "global", name: name,
      properties: ["RolePolicyList": [["PolicyName": "p", "PolicyDocument": document]]])
  }

  static func managed(_ name: String, _ document: JSONValue) -> Resource {
    Resource(
      id: "arn:aws:iam::\(account):policy/\(name)", type: "aws.iam.policy", account: account,
      region: "global", name: name, properties: ["DefaultDocument": document])
  }

  static let admin = document(allow("*"))
  static let weak = document(allow("s3:GetObject"))
  static let powerUser = document(allow(["iam:*", "organizations:*", "account:*"], not: true))
  static let adminGroup = Resource(
    id: "arn:aws:iam::\(account):group/admins", type: "aws.iam.group", account: account,
    region: "global", name: "admins",
    properties: [
      "GroupName": "admins",
      "AttachedManagedPolicies": [["PolicyArn": .string("arn:aws:iam::\(account):policy/all")]],
    ])
  static let passToEC2 = document(
    allow("iam:PassRole", on: .string("arn:aws:iam::\(account):role/*")),
    allow("ec2:RunInstances"))
  static let function = Resource(
    id: "arn:aws:lambda:us-east-1:\(account):function:f", type: "aws.lambda.function",
    account: account, region: "us-east-1", name: "f",
    properties: ["Role": .string("arn:aws:iam::\(account):role/strong")])

  static let adminCases: [Case] = [
    Case(
      name: "NotAction outside IAM is administrator", function: "principal_is_administrator",
      resource: user(inline: [document(allow(["s3:*"], not: true))]), verdict: "holds"),
    Case(
      name: "PowerUser-style NotAction is not administrator",
      function: "principal_is_administrator", resource: user(inline: [powerUser]),
      verdict: "clear"),
    Case(
      name: "iam:* alone is administrator", function: "principal_is_administrator",
      resource: user(inline: [document(allow("iam:*"))]), verdict: "holds"),
    Case(
      name: "iam:* alone is not full access", function: "principal_is_administrator",
      arguments: ["full_access": true], resource: user(inline: [document(allow("iam:*"))]),
      verdict: "clear"),
    Case(
      name: "a deny-only policy grants nothing", function: "principal_is_administrator",
      resource: user(inline: [document(["Effect": "Deny", "Action": "*", "Resource": "*"])]),
      verdict: "clear"),
    Case(
      name: "an unconditional deny takes admin back", function: "principal_is_administrator",
      resource: user(inline: [admin, document(["Effect": "Deny", "Action": "*", "Resource": "*"])]),
      verdict: "clear"),
    Case(
      name: "admin through a group's managed policy", function: "principal_is_administrator",
      resource: user(groups: ["admins"]), others: [adminGroup, managed("all", admin)],
      verdict: "holds"),
    Case(
      name: "an attached policy missing from the inventory is not evaluated",
      function: "principal_is_administrator",
      resource: user(attached: ["arn:aws:iam::\(account):policy/gone"]),
      verdict: "not_evaluated"),
    Case(
      name: "a missing policy does not hide an inline admin",
      function: "principal_is_administrator",
      resource: user(inline: [admin], attached: ["arn:aws:iam::\(account):policy/gone"]),
      verdict: "holds"),
  ]

  /// IAM's XML sends an empty list as an empty element, which decodes to "".
  static let emptyXMLLists = Resource(
    id: "arn:aws:iam::\(account):role/empty", type: "aws.iam.role", account: account,
    region: "global", name: "empty",
    properties: ["RolePolicyList": "", "AttachedManagedPolicies": "", "GroupList": ""])

  static let escalationCases: [Case] = [
    Case(
      name: "empty XML lists are no policies, not unreadable ones",
      function: "principal_is_administrator", resource: emptyXMLLists, verdict: "clear"),
    Case(
      name: "empty XML lists open no escalation path", function: "principal_escalation_paths",
      resource: emptyXMLLists, verdict: "clear"),
    Case(
      name: "passing an administrator role to EC2 escalates",
      function: "principal_escalation_paths", resource: user(inline: [passToEC2]),
      others: [role("strong", admin)], verdict: "holds", evidence: "escalation.passRoleToEC2"),
    Case(
      name: "passing only weak roles to EC2 does not escalate",
      function: "principal_escalation_paths", resource: user(inline: [passToEC2]),
      others: [role("weak", weak)], verdict: "clear"),
    Case(
      name: "updating code of a function with an administrator role escalates",
      function: "principal_escalation_paths",
      resource: user(inline: [document(allow("lambda:UpdateFunctionCode"))]),
      others: [role("strong", admin), function], verdict: "holds",
      evidence: "escalation.updateFunctionCode"),
    Case(
      name: "creating access keys for oneself only does not escalate",
      function: "principal_escalation_paths",
      resource: user(
        inline: [
          document(allow("iam:CreateAccessKey", on: .string("arn:aws:iam::\(account):user/u1")))
        ]),
      verdict: "clear"),
    Case(
      name: "an administrator has nothing to escalate to", function: "principal_escalation_paths",
      resource: user(inline: [admin]), others: [role("strong", admin)], verdict: "clear"),
  ]

  @Test(arguments: adminCases + escalationCases)
  func identityVerdict(_ testCase: Case) throws {
    let result = try PolicyFunctionTests.call(testCase)

    #expect(PolicyFunctionTests.verdict(result) == testCase.verdict)
    if let path = testCase.evidence {
      #expect(result.evidence.first?.path == path)
    }
  }

  @Test func administratorEvidenceNamesTheGroupPolicy() throws {
    let result = try PolicyFunctionTests.call(Self.adminCases[6])

    #expect(result.evidence.first?.value == ["admins/all"])
  }
}
