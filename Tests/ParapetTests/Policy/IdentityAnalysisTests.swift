import ParapetPolicy
import Testing

/// Administrator detection and privilege escalation over identity policies.
@Suite struct IdentityAnalysisTests {
  struct AdminCase: CustomTestStringConvertible, Sendable {
    var name: String
    var statements: [String]
    var isAdministrator: Bool
    var testDescription: String { name }
  }

  static let adminCases: [AdminCase] = [
    AdminCase(
      name: "Action star on star",
      statements: [#"{"Effect": "Allow", "Action": "*", "Resource": "*"}"#], isAdministrator: true),
    AdminCase(
      name: "star-colon-star",
      statements: [#"{"Effect": "Allow", "Action": "*:*", "Resource": "*"}"#], isAdministrator: true
    ),
    AdminCase(
      name: "NotAction tiny exclusion is admin",
      statements: [
        #"{"Effect": "Allow", "NotAction": "iam:DeleteAccountPasswordPolicy", "Resource": "*"}"#
      ], isAdministrator: true),
    AdminCase(
      name: "NotAction of another service is admin",
      statements: [#"{"Effect": "Allow", "NotAction": ["s3:*", "ec2:*"], "Resource": "*"}"#],
      isAdministrator: true),
    AdminCase(
      name: "PowerUser NotAction IAM is not admin",
      statements: [
        #"{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "#
          + #""Resource": "*"}"#
      ], isAdministrator: false),
    AdminCase(
      name: "iam star is admin-equivalent",
      statements: [#"{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}"#],
      isAdministrator: true),
    AdminCase(
      name: "split across statements",
      statements: [
        #"{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}"#,
        #"{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}"#,
      ], isAdministrator: true),
    AdminCase(
      name: "star on one resource is not admin",
      statements: [#"{"Effect": "Allow", "Action": "*", "Resource": "arn:aws:s3:::b"}"#],
      isAdministrator: false),
    AdminCase(
      name: "conditional star is not admin",
      statements: [
        #"{"Effect": "Allow", "Action": "*", "Resource": "*", "#
          + #""Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}}"#
      ], isAdministrator: false),
    AdminCase(
      name: "Deny star cancels",
      statements: [
        #"{"Effect": "Allow", "Action": "*", "Resource": "*"}"#,
        #"{"Effect": "Deny", "Action": "*", "Resource": "*"}"#,
      ], isAdministrator: false),
    AdminCase(
      name: "Deny of policy writing cancels iam star",
      statements: [
        #"{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}"#,
        #"{"Effect": "Deny", "Action": ["iam:Attach*", "iam:Put*", "iam:CreatePolicyVersion"], "#
          + #""Resource": "*"}"#,
      ], isAdministrator: false),
    AdminCase(
      name: "conditional Deny does not cancel",
      statements: [
        #"{"Effect": "Allow", "Action": "*", "Resource": "*"}"#,
        #"{"Effect": "Deny", "Action": "*", "Resource": "*", "#
          + #""Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}"#,
      ], isAdministrator: true),
    AdminCase(
      name: "read-only wildcard is not admin",
      statements: [
        #"{"Effect": "Allow", "Action": ["*:Get*", "*:List*", "*:Describe*"], "Resource": "*"}"#
      ], isAdministrator: false),
    AdminCase(
      name: "policy that only denies",
      statements: [#"{"Effect": "Deny", "Action": "*", "Resource": "*"}"#], isAdministrator: false),
    AdminCase(
      name: "NotResource is not every resource",
      statements: [#"{"Effect": "Allow", "Action": "*", "NotResource": "arn:aws:s3:::x"}"#],
      isAdministrator: false),
  ]

  @Test(arguments: adminCases)
  func administrator(_ testCase: AdminCase) {
    let document = PolicyFixture.statement("[" + testCase.statements.joined(separator: ",") + "]")
    #expect(
      AdministratorDetection.isAdministrator(policies: [document]) == testCase.isAdministrator)
  }

  struct EscalationCase: CustomTestStringConvertible, Sendable {
    var name: String
    var statements: [String]
    var roles: [EscalationCandidate]?
    var expected: [EscalationPath]
    var testDescription: String { name }
  }

  static let adminRole = EscalationCandidate(
    arn: "arn:aws:iam::111122223333:role/Admin", isAdministrator: true)
  static let weakRole = EscalationCandidate(
    arn: "arn:aws:iam::111122223333:role/Weak", isAdministrator: false)

  static let escalationCases: [EscalationCase] = [
    EscalationCase(
      name: "create policy version",
      statements: [
        #"{"Effect": "Allow", "Action": "iam:CreatePolicyVersion", "#
          + #""Resource": "arn:aws:iam::111122223333:policy/*"}"#
      ],
      expected: [
        EscalationPath(
          technique: .createPolicyVersion, actions: ["iam:CreatePolicyVersion"],
          resources: ["arn:aws:iam::111122223333:policy/*"])
      ]),
    EscalationCase(
      name: "set default policy version",
      statements: [
        #"{"Effect": "Allow", "Action": "iam:SetDefaultPolicyVersion", "Resource": "*"}"#
      ],
      expected: [
        EscalationPath(
          technique: .setDefaultPolicyVersion, actions: ["iam:SetDefaultPolicyVersion"],
          resources: ["*"])
      ]),
    EscalationCase(
      name: "attach and put via wildcard",
      statements: [
        #"{"Effect": "Allow", "Action": ["iam:Attach*Policy", "iam:PutUserPolicy"], "#
          + #""Resource": "*"}"#
      ],
      expected: [
        EscalationPath(
          technique: .attachUserPolicy, actions: ["iam:AttachUserPolicy"], resources: ["*"]),
        EscalationPath(
          technique: .attachGroupPolicy, actions: ["iam:AttachGroupPolicy"], resources: ["*"]),
        EscalationPath(
          technique: .attachRolePolicy, actions: ["iam:AttachRolePolicy"], resources: ["*"]),
        EscalationPath(technique: .putUserPolicy, actions: ["iam:PutUserPolicy"], resources: ["*"]),
      ]),
    EscalationCase(
      name: "access key for own user only is not escalation",
      statements: [
        #"{"Effect": "Allow", "Action": "iam:CreateAccessKey", "#
          + #""Resource": "arn:aws:iam::111122223333:user/${aws:username}"}"#
      ],
      expected: []),
    EscalationCase(
      name: "access keys and login profiles for other users",
      statements: [
        #"{"Effect": "Allow", "Action": ["iam:CreateAccessKey", "iam:UpdateLoginProfile"], "#
          + #""Resource": "arn:aws:iam::111122223333:user/*"}"#
      ],
      expected: [
        EscalationPath(
          technique: .createAccessKey, actions: ["iam:CreateAccessKey"],
          resources: ["arn:aws:iam::111122223333:user/*"]),
        EscalationPath(
          technique: .updateLoginProfile, actions: ["iam:UpdateLoginProfile"],
          resources: ["arn:aws:iam::111122223333:user/*"]),
      ]),
    EscalationCase(
      name: "PassRole alone is not escalation",
      statements: [#"{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}"#],
      expected: []),
    EscalationCase(
      name: "PassRole with RunInstances, no inventory",
      statements: [
        #"{"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"}"#
      ],
      expected: [
        EscalationPath(
          technique: .passRoleToEC2, actions: ["iam:PassRole", "ec2:RunInstances"], resources: ["*"]
        )
      ]),
    EscalationCase(
      name: "passing one weak role is not escalation",
      statements: [
        #"{"Effect": "Allow", "Action": "iam:PassRole", "#
          + #""Resource": "arn:aws:iam::111122223333:role/Weak"}"#,
        #"{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"}"#,
      ],
      roles: [adminRole, weakRole], expected: []),
    EscalationCase(
      name: "passing any role reaches the admin role",
      statements: [
        #"{"Effect": "Allow", "Action": ["iam:PassRole", "lambda:CreateFunction", "#
          + #""lambda:InvokeFunction"], "Resource": "*"}"#
      ],
      roles: [adminRole, weakRole],
      expected: [
        EscalationPath(
          technique: .passRoleToLambda,
          actions: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"],
          resources: ["arn:aws:iam::111122223333:role/Admin"])
      ]),
    EscalationCase(
      name: "lambda create without invoke is not the lambda path",
      statements: [
        #"{"Effect": "Allow", "Action": ["iam:PassRole", "lambda:CreateFunction"], "#
          + #""Resource": "*"}"#
      ],
      expected: []),
    EscalationCase(
      name: "assume the admin role",
      statements: [
        #"{"Effect": "Allow", "Action": "sts:AssumeRole", "#
          + #""Resource": "arn:aws:iam::111122223333:role/Ad*"}"#
      ],
      roles: [adminRole, weakRole],
      expected: [
        EscalationPath(
          technique: .assumeRole, actions: ["sts:AssumeRole"],
          resources: ["arn:aws:iam::111122223333:role/Admin"])
      ]),
    EscalationCase(
      name: "unconditional deny removes the path",
      statements: [
        #"{"Effect": "Allow", "Action": "iam:PutRolePolicy", "Resource": "*"}"#,
        #"{"Effect": "Deny", "Action": "iam:*", "Resource": "*"}"#,
      ],
      expected: []),
  ]

  @Test(arguments: escalationCases)
  func escalation(_ testCase: EscalationCase) {
    let document = PolicyFixture.statement("[" + testCase.statements.joined(separator: ",") + "]")
    let paths = EscalationAnalysis.paths(
      for: [document], principalArn: "arn:aws:iam::111122223333:user/alice", roles: testCase.roles)
    #expect(paths == testCase.expected)
  }
}
