import ParapetPolicy
import Testing

/// Action, resource, variable and principal matching, each judged through a full
/// evaluation so the public behaviour is what is tested.
@Suite struct PolicyMatchingTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var statement: String
    var action: String
    var resource: String
    var context: [String: [String]] = [:]
    var allowed: Bool
    var why: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "action exact", statement: #""Action": "s3:GetObject", "Resource": "*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/k", allowed: true, why: "same action"),
    Case(
      name: "action case-insensitive", statement: #""Action": "S3:getobject", "Resource": "*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/k", allowed: true,
      why: "actions ignore case"),
    Case(
      name: "action star wildcard", statement: #""Action": "s3:Get*", "Resource": "*""#,
      action: "s3:GetObjectAcl", resource: "arn:aws:s3:::b/k", allowed: true, why: "prefix"),
    Case(
      name: "action question wildcard",
      statement: #""Action": "ec2:?escribeVpcs", "Resource": "*""#,
      action: "ec2:DescribeVpcs", resource: "*", allowed: true, why: "? is one character"),
    Case(
      name: "action other service", statement: #""Action": "s3:*", "Resource": "*""#,
      action: "s3control:GetPublicAccessBlock", resource: "*", allowed: false,
      why: "s3:* does not cover s3control"),
    Case(
      name: "action list second entry",
      statement: #""Action": ["sqs:SendMessage", "s3:PutObject"], "Resource": "*""#,
      action: "s3:PutObject", resource: "arn:aws:s3:::b/k", allowed: true, why: "any entry"),
    Case(
      name: "NotAction excludes the named action",
      statement: #""NotAction": "iam:*", "Resource": "*""#,
      action: "iam:CreateUser", resource: "*", allowed: false, why: "excluded"),
    Case(
      name: "NotAction grants everything else",
      statement: #""NotAction": "iam:*", "Resource": "*""#,
      action: "ec2:RunInstances", resource: "*", allowed: true, why: "not excluded"),
    Case(
      name: "resource exact ARN",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/k""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/k", allowed: true, why: "equal"),
    Case(
      name: "resource is case-sensitive",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::B/k""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/k", allowed: false, why: "case differs"),
    Case(
      name: "resource object wildcard",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/a/b/c", allowed: true,
      why: "* spans slashes"),
    Case(
      name: "bucket pattern does not cover objects",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::b""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/k", allowed: false, why: "bucket only"),
    Case(
      name: "account wildcard stays in its part",
      statement: #""Action": "iam:GetRole", "Resource": "arn:aws:iam::*:role/app""#,
      action: "iam:GetRole", resource: "arn:aws:iam::111122223333:role/app", allowed: true,
      why: "* in the account part"),
    Case(
      name: "region wildcard cannot absorb account and resource",
      statement: #""Action": "sns:Publish", "Resource": "arn:aws:sns:*:topic""#,
      action: "sns:Publish", resource: "arn:aws:sns:us-east-1:111122223333:topic",
      allowed: false, why: "parts are matched one by one"),
    Case(
      name: "resource part keeps its colons",
      statement:
        #""Action": "logs:PutLogEvents", "#
        + #""Resource": "arn:aws:logs:us-east-1:111122223333:log-group:app:*""#,
      action: "logs:PutLogEvents",
      resource: "arn:aws:logs:us-east-1:111122223333:log-group:app:log-stream:x", allowed: true,
      why: "the sixth part takes the rest"),
    Case(
      name: "short pattern matches through its last part",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/k", allowed: true,
      why: "last part takes the rest"),
    Case(
      name: "NotResource excludes",
      statement: #""Action": "s3:*", "NotResource": "arn:aws:s3:::secret/*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::secret/k", allowed: false, why: "excluded"),
    Case(
      name: "NotResource grants the rest",
      statement: #""Action": "s3:*", "NotResource": "arn:aws:s3:::secret/*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::public/k", allowed: true, why: "not excluded"),
    Case(
      name: "username variable in resource",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::home/alice/notes", allowed: true,
      why: "alice is the caller"),
    Case(
      name: "username variable other user's folder",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::home/${aws:username}/*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::home/bob/notes", allowed: false,
      why: "bob is not the caller"),
    Case(
      name: "principal tag variable",
      statement:
        #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::team-${aws:PrincipalTag/team}/*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::team-sec/k",
      context: ["aws:PrincipalTag/team": ["sec"]], allowed: true, why: "tag resolved"),
    Case(
      name: "unresolvable variable makes the resource not match",
      statement:
        #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::team-${aws:PrincipalTag/team}/*""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::team-/k", allowed: false,
      why: "AWS: a missing variable value does not match"),
    Case(
      name: "substituted value is literal, not a wildcard",
      statement:
        #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::t-${aws:PrincipalTag/team}""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::t-anything",
      context: ["aws:PrincipalTag/team": ["*"]], allowed: false, why: "tag value * is literal"),
    Case(
      name: "dollar-question escape",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/what${?}""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/what?", allowed: true,
      why: "${?} is a literal ?"),
    Case(
      name: "dollar-dollar escape",
      statement: #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/${$}x""#,
      action: "s3:GetObject", resource: "arn:aws:s3:::b/$x", allowed: true,
      why: "${$} is a literal $"),
  ]

  @Test(arguments: cases)
  func matching(_ testCase: Case) {
    let document = PolicyFixture.statement(#"{"Effect": "Allow", \#(testCase.statement)}"#)
    let request = AccessRequest(
      principal: .iam(arn: PolicyFixture.user), action: testCase.action,
      resource: testCase.resource, context: testCase.context)
    let decision = PolicyEvaluator.evaluate(
      request, against: PolicySet(identityPolicies: [NamedPolicy(name: "p", document: document)]))
    #expect(decision.isAllowed == testCase.allowed, "\(testCase.why)")
  }

  @Test func oldVersionKeepsVariablesLiteral() {
    let document = PolicyFixture.document(
      #"{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "#
        + #""Resource": "arn:aws:s3:::home/${aws:username}"}}"#
    )
    let policies = PolicySet(identityPolicies: [NamedPolicy(name: "p", document: document)])
    let literal = AccessRequest(
      principal: .iam(arn: PolicyFixture.user), action: "s3:GetObject",
      resource: "arn:aws:s3:::home/${aws:username}")
    let substituted = AccessRequest(
      principal: .iam(arn: PolicyFixture.user), action: "s3:GetObject",
      resource: "arn:aws:s3:::home/alice")
    #expect(PolicyEvaluator.evaluate(literal, against: policies).isAllowed)
    #expect(!PolicyEvaluator.evaluate(substituted, against: policies).isAllowed)
  }
}
