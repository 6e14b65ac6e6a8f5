import ParapetCore
import ParapetPolicy
import Testing

/// Exposure of resource policies, with a case for every kind of mistake in issue 4.
@Suite struct ResourcePolicyExposureTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var statements: String
    var expected: Exposure
    var testDescription: String { name }
  }

  static func allow(_ principal: String, _ condition: String = "") -> String {
    let tail = condition.isEmpty ? "" : #", "Condition": \#(condition)"#
    return
      #"{"Sid": "S", "Effect": "Allow", "Principal": \#(principal), "Action": "s3:GetObject", "#
      + #""Resource": "arn:aws:s3:::b/*"\#(tail)}"#
  }

  static let publicReason = [#"Sid "S" allows Principal "*" without a restricting condition"#]

  static let cases: [Case] = [
    Case(
      name: "Principal star unconditional", statements: allow(#""*""#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "AWS star unconditional", statements: allow(#"{"AWS": "*"}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "SecureTransport does not restrict who",
      statements: allow(#""*""#, #"{"Bool": {"aws:SecureTransport": "true"}}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "Referer does not restrict who",
      statements: allow(#""*""#, #"{"StringLike": {"aws:Referer": "https://example.com/*"}}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "VPC endpoint restricts",
      statements: allow(#""*""#, #"{"StringEquals": {"aws:SourceVpce": "vpce-1"}}"#),
      expected: .restricted(reasons: ["aws:SourceVpce limits callers to vpce-1"])),
    Case(
      name: "lower-case vpce key restricts",
      statements: allow(#""*""#, #"{"StringEquals": {"aws:sourcevpce": "vpce-1"}}"#),
      expected: .restricted(reasons: ["aws:sourcevpce limits callers to vpce-1"])),
    Case(
      name: "source VPC restricts",
      statements: allow(#""*""#, #"{"StringEquals": {"aws:SourceVpc": "vpc-1"}}"#),
      expected: .restricted(reasons: ["aws:SourceVpc limits callers to vpc-1"])),
    Case(
      name: "VPC endpoint with IfExists does not restrict",
      statements: allow(#""*""#, #"{"StringEqualsIfExists": {"aws:SourceVpce": "vpce-1"}}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "VPC endpoint wildcard value does not restrict",
      statements: allow(#""*""#, #"{"StringLike": {"aws:SourceVpce": "*"}}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "negated VPC endpoint in an Allow does not restrict",
      statements: allow(#""*""#, #"{"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "organization restricts",
      statements: allow(#""*""#, #"{"StringEquals": {"aws:PrincipalOrgID": "o-abc"}}"#),
      expected: .restricted(reasons: ["callers limited to organization o-abc"])),
    Case(
      name: "organization path restricts",
      statements: allow(
        #""*""#, #"{"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-abc/r-1/*"}}"#),
      expected: .restricted(reasons: ["callers limited to organization o-abc"])),
    Case(
      name: "ForAllValues org path does not restrict",
      statements: allow(
        #""*""#, #"{"ForAllValues:StringLike": {"aws:PrincipalOrgPaths": "o-abc/*"}}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "principal account own restricts to private",
      statements: allow(#""*""#, #"{"StringEquals": {"aws:PrincipalAccount": "111122223333"}}"#),
      expected: .privateToAccount),
    Case(
      name: "caller account condition (KMS) restricts to private",
      statements: allow(#""*""#, #"{"StringEquals": {"kms:CallerAccount": "111122223333"}}"#),
      expected: .privateToAccount),
    Case(
      name: "principal account foreign is cross-account",
      statements: allow(#""*""#, #"{"StringEquals": {"aws:PrincipalAccount": "444455556666"}}"#),
      expected: .crossAccount(CrossAccountAccess(accounts: ["444455556666"]))),
    Case(
      name: "principal ARN condition pins accounts",
      statements: allow(
        #""*""#, #"{"ArnLike": {"aws:PrincipalArn": "arn:aws:iam::111122223333:role/*"}}"#),
      expected: .privateToAccount),
    Case(
      name: "keys under one operator ANDed: one restrictive key is enough",
      statements: allow(
        #""*""#, #"{"StringEquals": {"aws:SourceVpce": "vpce-1", "aws:UserAgent": "x"}}"#),
      expected: .restricted(reasons: ["aws:SourceVpce limits callers to vpce-1"])),
    Case(
      name: "operators ANDed: one restrictive operator is enough",
      statements: allow(
        #""*""#,
        #"{"Bool": {"aws:SecureTransport": "true"}, "#
          + #""StringEquals": {"aws:PrincipalOrgID": "o-abc"}}"#
      ),
      expected: .restricted(reasons: ["callers limited to organization o-abc"])),
    Case(
      name: "private IPv4 source range restricts",
      statements: allow(#""*""#, #"{"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}"#),
      expected: .restricted(reasons: ["aws:SourceIp limits callers to private addresses 10.0.0.0/8"]
      )),
    Case(
      name: "private IPv6 source range restricts",
      statements: allow(#""*""#, #"{"IpAddress": {"aws:SourceIp": "fd12:3456::/32"}}"#),
      expected: .restricted(reasons: [
        "aws:SourceIp limits callers to private addresses fd12:3456::/32"
      ])),
    Case(
      name: "public IPv4 range is restricted but named",
      statements: allow(#""*""#, #"{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}"#),
      expected: .restricted(reasons: [
        "aws:SourceIp limits callers to 203.0.113.0/24, which includes public addresses"
      ])),
    Case(
      name: "public IPv6 range is restricted but named",
      statements: allow(#""*""#, #"{"IpAddress": {"aws:SourceIp": "2001:db8::/32"}}"#),
      expected: .restricted(reasons: [
        "aws:SourceIp limits callers to 2001:db8::/32, which includes public addresses"
      ])),
    Case(
      name: "all-addresses IPv6 range does not restrict",
      statements: allow(#""*""#, #"{"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "::/0"]}}"#),
      expected: .public(reasons: publicReason)),
    Case(
      name: "own account principal is private",
      statements: allow(#"{"AWS": "arn:aws:iam::111122223333:root"}"#),
      expected: .privateToAccount),
    Case(
      name: "own role principal is private",
      statements: allow(#"{"AWS": "arn:aws:iam::111122223333:role/app"}"#),
      expected: .privateToAccount),
    Case(
      name: "foreign account id", statements: allow(#"{"AWS": "444455556666"}"#),
      expected: .crossAccount(CrossAccountAccess(accounts: ["444455556666"]))),
    Case(
      name: "trusted foreign account is private", statements: allow(#"{"AWS": "777788889999"}"#),
      expected: .privateToAccount),
    Case(
      name: "service principal without source condition",
      statements: allow(#"{"Service": "sns.amazonaws.com"}"#),
      expected: .crossAccount(CrossAccountAccess(services: ["sns.amazonaws.com"]))),
    Case(
      name: "service principal with own source account",
      statements: allow(
        #"{"Service": "sns.amazonaws.com"}"#,
        #"{"StringEquals": {"aws:SourceAccount": "111122223333"}}"#),
      expected: .privateToAccount),
    Case(
      name: "service principal with own source ARN",
      statements: allow(
        #"{"Service": "sns.amazonaws.com"}"#,
        #"{"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:alerts"}}"#),
      expected: .privateToAccount),
    Case(
      name: "service principal with foreign source owner",
      statements: allow(
        #"{"Service": "ses.amazonaws.com"}"#,
        #"{"StringEquals": {"aws:SourceOwner": "444455556666"}}"#),
      expected: .crossAccount(CrossAccountAccess(accounts: ["444455556666"]))),
    Case(
      name: "federated principal",
      statements: allow(#"{"Federated": "cognito-identity.amazonaws.com"}"#),
      expected: .crossAccount(CrossAccountAccess(federated: ["cognito-identity.amazonaws.com"]))),
    Case(
      name: "NotPrincipal allow admits everyone else",
      statements:
        #"{"Sid": "S", "Effect": "Allow", "NotPrincipal": {"AWS": "444455556666"}, "#
        + #""Action": "s3:*", "Resource": "*"}"#,
      expected: .public(reasons: [#"Sid "S" allows NotPrincipal without a restricting condition"#])),
    Case(
      name: "policy that only denies grants nothing",
      statements: #"{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}"#,
      expected: .privateToAccount),
    Case(
      name: "deny outside the VPC endpoint restricts a public allow",
      statements: "[" + allow(#""*""#)
        + #", {"Sid": "D", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "#
        + #""Resource": "*", "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}}]"#,
      expected: .restricted(reasons: [#"Sid "D" (Deny): aws:SourceVpce limits callers to vpce-1"#])),
    Case(
      name: "deny outside the organization restricts a public allow",
      statements: "[" + allow(#""*""#)
        + #", {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "#
        + #""Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-abc"}}}]"#,
      expected: .restricted(reasons: ["callers limited to organization o-abc"])),
    Case(
      name: "deny with an extra clause does not restrict",
      statements: "[" + allow(#""*""#)
        + #", {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "#
        + #""Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1"}, "#
        + #""Bool": {"aws:SecureTransport": "false"}}}]"#,
      expected: .public(reasons: publicReason)),
    Case(
      name: "deny on other actions does not restrict",
      statements: "[" + allow(#""*""#)
        + #", {"Effect": "Deny", "Principal": "*", "Action": "s3:PutObject", "Resource": "*", "#
        + #""Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}}]"#,
      expected: .public(reasons: publicReason)),
    Case(
      name: "public outranks private statements",
      statements: "[" + allow(#"{"AWS": "111122223333"}"#) + ", " + allow(#""*""#) + "]",
      expected: .public(reasons: publicReason)),
  ]

  @Test(arguments: cases)
  func exposure(_ testCase: Case) throws {
    let policy = try JSONValue.parse(
      #"{"Version": "2012-10-17", "Statement": \#(testCase.statements)}"#)
    let result = ResourcePolicyExposure.analyze(
      policy: policy, resourceAccount: "111122223333", trustedAccounts: ["777788889999"])
    #expect(result == testCase.expected)
  }

  @Test func unreadablePolicyIsNotEvaluated() {
    #expect(
      ResourcePolicyExposure.analyze(policy: nil, resourceAccount: "111122223333")
        == .notEvaluated(reason: "the resource policy could not be read"))
    #expect(
      ResourcePolicyExposure.analyze(policy: "{oops", resourceAccount: "111122223333")
        == .notEvaluated(
          reason:
            "the resource policy is malformed: policy: not valid JSON; check the document's quoting and braces"
        ))
  }

  @Test func absentPolicyIsPrivate() {
    #expect(
      ResourcePolicyExposure.analyze(policy: .null, resourceAccount: "1") == .privateToAccount)
  }

  @Test func trustedOrganizationsTurnOtherOrganizationsCrossAccount() throws {
    let policy = try JSONValue.parse(
      #"{"Statement": \#(Self.allow(#""*""#, #"{"StringEquals": {"aws:PrincipalOrgID": "o-other"}}"#))}"#
    )
    #expect(
      ResourcePolicyExposure.analyze(
        policy: policy, resourceAccount: "1", trustedOrganizations: ["o-mine"])
        == .crossAccount(CrossAccountAccess(organizations: ["o-other"])))
  }
}
