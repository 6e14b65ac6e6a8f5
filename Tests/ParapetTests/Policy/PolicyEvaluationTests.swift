import ParapetPolicy
import Testing

/// Requests against whole policy sets, following AWS's "Policy evaluation logic" pages:
/// explicit deny, organization policies, boundaries, session policies, resource policies
/// within and across accounts.
@Suite struct PolicyEvaluationTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var principal: RequestPrincipal = .iam(arn: PolicyFixture.user)
    var action = "s3:GetObject"
    var resource = PolicyFixture.bucketObject
    var resourceAccount: String? = "111122223333"
    var context: [String: [String]] = [:]
    var policies: PolicySet
    var outcome: Decision.Outcome
    var why: String
    var testDescription: String { name }
  }

  static let allowAll = PolicyFixture.named(
    "AllowAll", #"{"Statement": {"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"}}"#
  )
  static let allowS3 = PolicyFixture.named(
    "S3Read", #"{"Statement": {"Effect": "Allow", "Action": "s3:Get*", "Resource": "*"}}"#)
  static let allowEC2 = PolicyFixture.named(
    "EC2", #"{"Statement": {"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}}"#)
  static let denyS3 = PolicyFixture.named(
    "NoS3", #"{"Statement": {"Sid": "Stop", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}}"#)
  static let denyWithoutMFA = PolicyFixture.named(
    "MFA",
    #"{"Statement": {"Effect": "Deny", "Action": "*", "Resource": "*", "#
      + #""Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}}"#
  )

  static func bucketPolicy(_ principal: String, extra: String = "") -> NamedPolicy {
    PolicyFixture.named(
      "bucket policy",
      #"{"Statement": {"Sid": "Grant", "Effect": "Allow", "Principal": \#(principal), "#
        + #""Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*"\#(extra)}}"#
    )
  }

  static let cases: [Case] = [
    Case(
      name: "no policies is a default deny", policies: PolicySet(), outcome: .implicitDeny,
      why: "default deny"),
    Case(
      name: "identity allow", policies: PolicySet(identityPolicies: [allowS3]), outcome: .allow,
      why: "identity policy allows within the account"),
    Case(
      name: "identity allow for another action only",
      policies: PolicySet(identityPolicies: [allowEC2]),
      outcome: .implicitDeny, why: "nothing allows s3"),
    Case(
      name: "explicit deny beats allow", policies: PolicySet(identityPolicies: [allowAll, denyS3]),
      outcome: .explicitDeny, why: "explicit deny wins"),
    Case(
      name: "deny with condition not met", context: ["aws:MultiFactorAuthPresent": ["true"]],
      policies: PolicySet(identityPolicies: [allowAll, denyWithoutMFA]), outcome: .allow,
      why: "deny condition false"),
    Case(
      name: "deny IfExists with key absent",
      policies: PolicySet(identityPolicies: [allowAll, denyWithoutMFA]), outcome: .explicitDeny,
      why: "BoolIfExists passes on the absent key, so the deny applies"),
    Case(
      name: "group policy allows like any identity policy",
      policies: PolicySet(identityPolicies: [
        PolicyFixture.named(
          "group:readers",
          #"{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "#
            + #""Resource": "arn:aws:s3:::reports/*"}}"#
        )
      ]),
      outcome: .allow, why: "group policies are identity policies"),
    Case(
      name: "SCP allows",
      policies: PolicySet(identityPolicies: [allowS3], serviceControlPolicies: [[allowAll]]),
      outcome: .allow, why: "FullAWSAccess-style SCP"),
    Case(
      name: "SCP allows nothing for s3",
      policies: PolicySet(identityPolicies: [allowS3], serviceControlPolicies: [[allowEC2]]),
      outcome: .implicitDeny, why: "SCP must allow"),
    Case(
      name: "SCP every level must allow",
      policies: PolicySet(
        identityPolicies: [allowS3], serviceControlPolicies: [[allowAll], [allowEC2]]),
      outcome: .implicitDeny, why: "the OU level allows only ec2"),
    Case(
      name: "SCP deny is explicit",
      policies: PolicySet(
        identityPolicies: [allowS3], serviceControlPolicies: [[allowAll, denyS3]]),
      outcome: .explicitDeny, why: "deny in an SCP"),
    Case(
      name: "SCP alone grants nothing",
      policies: PolicySet(serviceControlPolicies: [[allowAll]]), outcome: .implicitDeny,
      why: "SCPs only limit"),
    Case(
      name: "RCP must allow",
      policies: PolicySet(identityPolicies: [allowS3], resourceControlPolicies: [[allowEC2]]),
      outcome: .implicitDeny, why: "RCP allows nothing for s3"),
    Case(
      name: "RCP deny applies to outside callers",
      principal: .iam(arn: PolicyFixture.otherUser),
      policies: PolicySet(
        identityPolicies: [allowS3], resourcePolicy: bucketPolicy(#""*""#),
        resourceControlPolicies: [
          [
            allowAll,
            PolicyFixture.named(
              "perimeter",
              #"{"Statement": {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "#
                + #""Resource": "*", "#
                + #""Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-1"}}}}"#
            ),
          ]
        ]),
      outcome: .explicitDeny, why: "RCP perimeter denies other organizations"),
    Case(
      name: "boundary limits identity allow",
      policies: PolicySet(identityPolicies: [allowAll], permissionsBoundary: allowEC2),
      outcome: .implicitDeny, why: "boundary does not allow s3"),
    Case(
      name: "boundary and identity both allow",
      policies: PolicySet(identityPolicies: [allowS3], permissionsBoundary: allowAll),
      outcome: .allow, why: "intersection allows"),
    Case(
      name: "boundary alone grants nothing", policies: PolicySet(permissionsBoundary: allowAll),
      outcome: .implicitDeny, why: "boundaries only limit"),
    Case(
      name: "session policy limits", principal: .iam(arn: PolicyFixture.session),
      policies: PolicySet(identityPolicies: [allowAll], sessionPolicies: [allowEC2]),
      outcome: .implicitDeny, why: "session policy does not allow s3"),
    Case(
      name: "session policy and identity allow", principal: .iam(arn: PolicyFixture.session),
      policies: PolicySet(identityPolicies: [allowS3], sessionPolicies: [allowAll]),
      outcome: .allow, why: "intersection allows"),
    Case(
      name: "same-account resource policy naming the user suffices",
      policies: PolicySet(resourcePolicy: bucketPolicy(#"{"AWS": "\#(PolicyFixture.user)"}"#)),
      outcome: .allow, why: "within an account either side suffices"),
    Case(
      name: "resource policy naming the user is not limited by the boundary",
      policies: PolicySet(
        resourcePolicy: bucketPolicy(#"{"AWS": "\#(PolicyFixture.user)"}"#),
        permissionsBoundary: allowEC2),
      outcome: .allow, why: "AWS: boundary does not limit grants to the user ARN"),
    Case(
      name: "resource policy naming the role is limited by the boundary",
      principal: .iam(arn: PolicyFixture.session),
      policies: PolicySet(
        resourcePolicy: bucketPolicy(#"{"AWS": "\#(PolicyFixture.role)"}"#),
        permissionsBoundary: allowEC2),
      outcome: .implicitDeny, why: "AWS: grants to the role ARN are limited by the boundary"),
    Case(
      name: "resource policy naming the role allows its session",
      principal: .iam(arn: PolicyFixture.session),
      policies: PolicySet(resourcePolicy: bucketPolicy(#"{"AWS": "\#(PolicyFixture.role)"}"#)),
      outcome: .allow, why: "role ARN covers its sessions"),
    Case(
      name: "resource policy naming the session is not limited by session policy",
      principal: .iam(arn: PolicyFixture.session),
      policies: PolicySet(
        resourcePolicy: bucketPolicy(#"{"AWS": "\#(PolicyFixture.session)"}"#),
        sessionPolicies: [allowEC2]),
      outcome: .allow, why: "AWS: grants to the session ARN bypass session policies"),
    Case(
      name: "resource policy naming only the account needs identity allow",
      policies: PolicySet(resourcePolicy: bucketPolicy(#"{"AWS": "111122223333"}"#)),
      outcome: .implicitDeny, why: "the account root delegates to IAM"),
    Case(
      name: "root ARN and identity allow",
      policies: PolicySet(
        identityPolicies: [allowS3],
        resourcePolicy: bucketPolicy(#"{"AWS": "arn:aws:iam::111122223333:root"}"#)),
      outcome: .allow, why: "identity policy allows"),
    Case(
      name: "cross-account with resource policy only",
      principal: .iam(arn: PolicyFixture.otherUser),
      policies: PolicySet(resourcePolicy: bucketPolicy(#"{"AWS": "444455556666"}"#)),
      outcome: .implicitDeny, why: "cross-account needs the identity side too"),
    Case(
      name: "cross-account with identity policy only",
      principal: .iam(arn: PolicyFixture.otherUser),
      policies: PolicySet(identityPolicies: [allowS3]), outcome: .implicitDeny,
      why: "cross-account needs the resource side too"),
    Case(
      name: "cross-account with both sides", principal: .iam(arn: PolicyFixture.otherUser),
      policies: PolicySet(
        identityPolicies: [allowS3], resourcePolicy: bucketPolicy(#"{"AWS": "444455556666"}"#)),
      outcome: .allow, why: "both sides allow"),
    Case(
      name: "cross-account resource policy names another account",
      principal: .iam(arn: PolicyFixture.otherUser),
      policies: PolicySet(
        identityPolicies: [allowS3], resourcePolicy: bucketPolicy(#"{"AWS": "777788889999"}"#)),
      outcome: .implicitDeny, why: "principal not named"),
    Case(
      name: "cross-account boundary limits", principal: .iam(arn: PolicyFixture.otherUser),
      policies: PolicySet(
        identityPolicies: [allowS3], resourcePolicy: bucketPolicy(#"{"AWS": "444455556666"}"#),
        permissionsBoundary: allowEC2),
      outcome: .implicitDeny, why: "boundary limits the identity side"),
    Case(
      name: "anonymous caller and public bucket", principal: .anonymous,
      policies: PolicySet(resourcePolicy: bucketPolicy(#""*""#)), outcome: .allow,
      why: "Principal * admits anonymous callers"),
    Case(
      name: "anonymous caller and account grant", principal: .anonymous,
      policies: PolicySet(resourcePolicy: bucketPolicy(#"{"AWS": "111122223333"}"#)),
      outcome: .implicitDeny, why: "not named"),
    Case(
      name: "service principal named", principal: .service("cloudtrail.amazonaws.com"),
      policies: PolicySet(
        resourcePolicy: bucketPolicy(#"{"Service": "cloudtrail.amazonaws.com"}"#)),
      outcome: .allow, why: "service named"),
    Case(
      name: "service principal with source account condition, other account",
      principal: .service("cloudtrail.amazonaws.com"),
      context: ["aws:SourceAccount": ["999999999999"]],
      policies: PolicySet(
        resourcePolicy: bucketPolicy(
          #"{"Service": "cloudtrail.amazonaws.com"}"#,
          extra: #", "Condition": {"StringEquals": {"aws:SourceAccount": "111122223333"}}"#)),
      outcome: .implicitDeny, why: "source account differs"),
    Case(
      name: "resource policy deny overrides identity allow",
      policies: PolicySet(
        identityPolicies: [allowAll],
        resourcePolicy: PolicyFixture.named(
          "bucket policy",
          #"{"Statement": {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "#
            + #""Resource": "*", "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}}}"#
        )),
      outcome: .explicitDeny,
      why: "request not from the endpoint; StringNotEquals on the absent key is true"),
    Case(
      name: "resource policy deny not met from the endpoint",
      context: ["aws:SourceVpce": ["vpce-1"]],
      policies: PolicySet(
        identityPolicies: [allowAll],
        resourcePolicy: PolicyFixture.named(
          "bucket policy",
          #"{"Statement": {"Effect": "Deny", "Principal": "*", "Action": "s3:*", "#
            + #""Resource": "*", "Condition": {"StringNotEquals": {"aws:SourceVpce": "vpce-1"}}}}"#
        )),
      outcome: .allow, why: "from the endpoint"),
    Case(
      name: "NotPrincipal deny naming only the user still denies the user",
      policies: PolicySet(
        identityPolicies: [allowAll],
        resourcePolicy: PolicyFixture.named(
          "bucket policy",
          #"{"Statement": {"Effect": "Deny", "NotPrincipal": {"AWS": "\#(PolicyFixture.user)"}, "#
            + #""Action": "*", "Resource": "*"}}"#
        )),
      outcome: .explicitDeny, why: "AWS: the account must be listed too"),
    Case(
      name: "NotPrincipal deny naming user and account exempts the user",
      policies: PolicySet(
        identityPolicies: [allowAll],
        resourcePolicy: PolicyFixture.named(
          "bucket policy",
          #"{"Statement": {"Effect": "Deny", "NotPrincipal": {"AWS": ["\#(PolicyFixture.user)", "#
            + #""arn:aws:iam::111122223333:root"]}, "Action": "*", "Resource": "*"}}"#
        )),
      outcome: .allow, why: "every level listed"),
    Case(
      name: "NotPrincipal deny for a session needs the session ARN",
      principal: .iam(arn: PolicyFixture.session),
      policies: PolicySet(
        identityPolicies: [allowAll],
        resourcePolicy: PolicyFixture.named(
          "bucket policy",
          #"{"Statement": {"Effect": "Deny", "NotPrincipal": {"AWS": ["\#(PolicyFixture.role)", "#
            + #""111122223333"]}, "Action": "*", "Resource": "*"}}"#
        )),
      outcome: .explicitDeny, why: "AWS: list the assumed-role session ARN as well"),
    Case(
      name: "policy that only denies grants nothing",
      policies: PolicySet(identityPolicies: [denyS3]), outcome: .explicitDeny,
      why: "deny matched, nothing allows"),
    Case(
      name: "policy that only denies grants nothing for other actions", action: "ec2:RunInstances",
      resource: "*", policies: PolicySet(identityPolicies: [denyS3]), outcome: .implicitDeny,
      why: "deny does not apply; nothing allows"),
  ]

  @Test(arguments: cases)
  func evaluate(_ testCase: Case) {
    let request = AccessRequest(
      principal: testCase.principal, action: testCase.action, resource: testCase.resource,
      resourceAccount: testCase.resourceAccount, context: testCase.context)
    let decision = PolicyEvaluator.evaluate(request, against: testCase.policies)
    #expect(decision.outcome == testCase.outcome, "\(testCase.why): \(decision.explanation)")
  }

  @Test func explanationNamesTheDecidingStatement() {
    let request = AccessRequest(
      principal: .iam(arn: PolicyFixture.user), action: "s3:GetObject",
      resource: PolicyFixture.bucketObject)
    let denied = PolicyEvaluator.evaluate(
      request, against: PolicySet(identityPolicies: [Self.allowAll, Self.denyS3]))
    #expect(
      denied.decidingStatements == [
        StatementReference(kind: .identity, policyName: "NoS3", statementIndex: 0, sid: "Stop")
      ])
    #expect(denied.explanation == [#"explicit deny wins: identity policy "NoS3", Sid "Stop""#])

    let allowed = PolicyEvaluator.evaluate(
      request, against: PolicySet(identityPolicies: [Self.allowAll]))
    #expect(
      allowed.explanation == [
        #"an identity policy allows within the account: identity policy "AllowAll", Sid "All""#
      ])

    let scp = PolicyEvaluator.evaluate(
      request,
      against: PolicySet(
        identityPolicies: [Self.allowAll], serviceControlPolicies: [[Self.allowEC2]]))
    #expect(
      scp.explanation == [
        #"no SCP at organization level 0 ("EC2") allows s3:GetObject on arn:aws:s3:::reports/2024/q1.csv"#
      ])
  }
}
