import ParapetCore

@testable import ParapetRules

/// Failing and passing resources for the rules built on the IAM policy engine. Passing
/// cases are the near misses peers get wrong: a wildcard principal pinned to a VPC
/// endpoint, an organization or an account; a deny-only policy; PowerUser-style NotAction.
private let account = RuleTestSupport.account
private let outsider = "444455556666"

private func statement(
  _ effect: String = "Allow", principal: JSONValue? = nil, action: JSONValue,
  resource: JSONValue? = "*", notAction: Bool = false, condition: JSONValue? = nil
) -> JSONValue {
  var members: [String: JSONValue] = ["Effect": .string(effect)]
  members[notAction ? "NotAction" : "Action"] = action
  if let resource { members["Resource"] = resource }
  if let principal { members["Principal"] = principal }
  if let condition { members["Condition"] = condition }
  return .object(members)
}

private func document(_ statements: JSONValue...) -> JSONValue {
  ["Version": "2012-10-17", "Statement": .array(statements)]
}

private let publicGet = document(statement(principal: "*", action: "s3:GetObject"))
private let publicUse = document(statement(principal: ["AWS": "*"], action: "*"))
private let endpointOnly = document(
  statement(
    principal: "*", action: "sns:Publish",
    condition: ["StringEquals": ["aws:sourcevpce": "vpce-1a2b3c4d"]]))
private let organizationOnly = document(
  statement(
    principal: "*", action: "elasticfilesystem:ClientMount",
    condition: ["StringEquals": ["aws:PrincipalOrgID": "o-abc123"]]))
private let accountOnly = document(
  statement(
    principal: "*", action: "ecr:BatchGetImage",
    condition: ["StringEquals": ["aws:PrincipalAccount": .string(account)]]))
private let outsiderGrant = document(
  statement(principal: ["AWS": .string("arn:aws:iam::\(outsider):root")], action: "*"))
private let adminDocument = document(statement(action: "*"))
private let scopedDocument = document(statement(action: "s3:GetObject"))
private let noAccountBlock = RuleTestSupport.resource("aws.account", ["S3PublicAccessBlock": nil])

private func iam(_ type: String, _ arn: String, _ properties: JSONValue) -> Resource {
  Resource(
    id: arn, type: "aws.iam.\(type)", account: account, region: "global",
    name: String(arn.split(separator: "/").last ?? ""), properties: properties)
}

private func managed(_ name: String, _ document: JSONValue) -> Resource {
  let arn = "arn:aws:iam::\(account):policy/\(name)"
  return iam("policy", arn, ["Arn": .string(arn), "DefaultDocument": document])
}

private func role(_ name: String, inline: JSONValue) -> Resource {
  iam(
    "role", "arn:aws:iam::\(account):role/\(name)",
    ["RoleName": .string(name), "RolePolicyList": [["PolicyName": "p", "PolicyDocument": inline]]])
}

private func customer(_ document: JSONValue) -> JSONValue {
  ["Arn": .string("arn:aws:iam::\(account):policy/r1"), "DefaultDocument": document]
}

private func report(passwordUsed: String) -> JSONValue {
  [
    "password_last_used": .string(passwordUsed), "access_key_1_last_used_date": "N/A",
    "access_key_2_last_used_date": "N/A", "user_creation_time": "2023-01-01T00:00:00+00:00",
  ]
}

let policyRuleCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.s3.bucket_not_publicly_accessible", type: "aws.s3.bucket",
    failing: ["Policy": publicGet, "Acl": ["Grants": []], "PublicAccessBlock": nil],
    passing: [
      "Policy": publicGet, "Acl": ["Grants": []],
      "PublicAccessBlock": ["RestrictPublicBuckets": "true"],
    ],
    failingExtras: [noAccountBlock], passingExtras: [noAccountBlock]),
  .init(
    id: "aws.s3.bucket_not_shared_cross_account", type: "aws.s3.bucket",
    failing: ["Policy": outsiderGrant, "Acl": ["Grants": []], "PublicAccessBlock": nil],
    passing: ["Policy": nil, "Acl": ["Grants": []], "PublicAccessBlock": nil],
    failingExtras: [noAccountBlock], passingExtras: [noAccountBlock]),
  .init(
    id: "aws.kms.key_not_shared_cross_account", type: "aws.kms.key",
    failing: ["Policy": outsiderGrant],
    passing: [
      "Policy": document(
        statement(principal: ["AWS": .string("arn:aws:iam::\(account):root")], action: "kms:*"))
    ]),
  .init(
    id: "aws.sns.topic_policy_not_public", type: "aws.sns.topic",
    failing: ["Attributes": ["Policy": publicUse]],
    passing: ["Attributes": ["Policy": endpointOnly]]),
  .init(
    id: "aws.efs.file_system_policy_not_public", type: "aws.efs.file_system",
    failing: ["Policy": publicUse], passing: ["Policy": organizationOnly]),
  .init(
    id: "aws.sqs.queue_policy_not_public", type: "aws.sqs.queue",
    failing: ["Attributes": ["Policy": publicUse]], passing: ["Attributes": ["QueueArn": "q"]]),
  .init(
    id: "aws.ecr.repository_policy_not_public", type: "aws.ecr.repository",
    failing: ["Policy": publicUse], passing: ["Policy": accountOnly]),
  .init(
    id: "aws.secretsmanager.secret_policy_not_public", type: "aws.secretsmanager.secret",
    failing: ["ResourcePolicy": publicUse], passing: ["ResourcePolicy": nil]),
  .init(
    id: "aws.opensearch.domain_access_policy_not_public", type: "aws.opensearch.domain",
    failing: ["AccessPolicies": publicUse],
    passing: [
      "AccessPolicies": document(
        statement(
          principal: ["AWS": "*"], action: "es:*",
          condition: ["IpAddress": ["aws:SourceIp": ["10.0.0.0/8", "fd00::/8"]]]))
    ]),
  .init(
    id: "aws.glacier.vault_policy_not_public", type: "aws.glacier.vault",
    failing: ["Policy": publicUse], passing: ["Policy": nil]),
  .init(
    id: "aws.iam.role_trust_not_public", type: "aws.iam.role",
    failing: [
      "AssumeRolePolicyDocument": document(
        statement(principal: ["AWS": "*"], action: "sts:AssumeRole", resource: nil))
    ],
    passing: [
      "AssumeRolePolicyDocument": document(
        statement(
          principal: ["Service": "lambda.amazonaws.com"], action: "sts:AssumeRole", resource: nil))
    ]),
  .init(
    id: "aws.iam.role_trust_external_id_required", type: "aws.iam.role",
    failing: [
      "AssumeRolePolicyDocument": document(
        statement(
          principal: ["AWS": .string("arn:aws:iam::\(outsider):root")], action: "sts:AssumeRole",
          resource: nil))
    ],
    passing: [
      "AssumeRolePolicyDocument": document(
        statement(
          principal: ["AWS": .string("arn:aws:iam::\(outsider):root")], action: "sts:AssumeRole",
          resource: nil, condition: ["StringEquals": ["sts:ExternalId": "x1"]]))
    ]),
  .init(
    id: "aws.iam.user_not_administrator", type: "aws.iam.user",
    failing: ["GroupList": ["admins"], "AttachedManagedPolicies": [], "UserPolicyList": []],
    passing: [
      "GroupList": [], "AttachedManagedPolicies": [],
      "UserPolicyList": [
        ["PolicyName": "deny", "PolicyDocument": document(statement("Deny", action: "*"))]
      ],
    ],
    failingExtras: [
      iam(
        "group", "arn:aws:iam::\(account):group/admins",
        [
          "GroupName": "admins",
          "AttachedManagedPolicies": [
            ["PolicyArn": .string("arn:aws:iam::\(account):policy/all-but-s3")]
          ],
        ]),
      managed("all-but-s3", document(statement(action: ["s3:*"], notAction: true))),
    ]),
  .init(
    id: "aws.iam.role_not_administrator", type: "aws.iam.role",
    failing: ["RolePolicyList": [["PolicyName": "all", "PolicyDocument": adminDocument]]],
    passing: ["RolePolicyList": [["PolicyName": "read", "PolicyDocument": scopedDocument]]]),
  .init(
    id: "aws.iam.customer_policy_not_administrator", type: "aws.iam.policy",
    failing: customer(document(statement(action: "iam:*"))),
    passing: customer(
      document(
        statement(action: ["iam:*", "organizations:*", "account:*"], notAction: true)))),
  .init(
    id: "aws.iam.user_no_escalation_paths", type: "aws.iam.user",
    failing: [
      "UserPolicyList": [
        [
          "PolicyName": "versions",
          "PolicyDocument": document(statement(action: "iam:CreatePolicyVersion")),
        ]
      ]
    ],
    passing: [
      "UserPolicyList": [
        [
          "PolicyName": "deploy",
          "PolicyDocument": document(
            statement(
              action: ["iam:PassRole", "lambda:CreateFunction", "lambda:InvokeFunction"])),
        ]
      ]
    ],
    passingExtras: [role("weak", inline: scopedDocument)]),
  .init(
    id: "aws.iam.role_no_escalation_paths", type: "aws.iam.role",
    failing: [
      "RolePolicyList": [
        [
          "PolicyName": "keys",
          "PolicyDocument": document(
            statement(
              action: "iam:CreateAccessKey", resource: .string("arn:aws:iam::\(account):user/*"))),
        ]
      ]
    ],
    passing: [
      "RolePolicyList": [
        [
          "PolicyName": "own-keys",
          "PolicyDocument": document(
            statement(
              action: "iam:CreateAccessKey",
              resource: "arn:aws:iam::111122223333:user/${aws:username}")),
        ]
      ]
    ]),
  .init(
    id: "aws.iam.policy_no_passrole_on_all_roles", type: "aws.iam.policy",
    failing: customer(document(statement(action: "iam:PassRole"))),
    passing: customer(
      document(
        statement(action: "iam:PassRole", resource: .string("arn:aws:iam::\(account):role/app"))))),
  .init(
    id: "aws.iam.admin_user_unused_90_days", type: "aws.iam.user",
    failing: [
      "UserPolicyList": [["PolicyName": "all", "PolicyDocument": adminDocument]],
      "CredentialReport": report(passwordUsed: "2024-06-01T00:00:00+00:00"),
    ],
    passing: [
      "UserPolicyList": [["PolicyName": "all", "PolicyDocument": adminDocument]],
      "CredentialReport": report(passwordUsed: "2024-12-20T00:00:00+00:00"),
    ]),
  .init(
    id: "aws.iam.customer_policy_no_service_wildcards", type: "aws.iam.policy",
    failing: customer(document(statement(action: ["s3:GetObject", "ec2:*"]))),
    passing: customer(document(statement(action: ["s3:GetObject", "ec2:Describe*"])))),
]

/// Exact messages of the cases above.
let policyRuleMessages: [String: (fail: String, pass: String)] = [
  "aws.iam.user_no_admin_policies": (
    fail: "User r1 holds full administrative rights directly: UserPolicyList[0].Pol"
      + "icyDocument.Statement (grants administrator)=[\"statement 0\"].",
    pass: "User r1 has no full-admin policy of its own."
  ),
  "aws.iam.policy_no_full_admin": (
    fail: "Policy r1 grants \"*\" on \"*\" and is attached 2 times: DefaultDocument"
      + ".Statement (grants administrator)=[\"statement 0\"].",
    pass: "Policy r1 does not grant full administrative privileges."
  ),
  "aws.s3.bucket_policy_not_public": (
    fail: "Bucket r1 policy admits the public: Policy (public)=[\"statement 0 allow"
      + "s Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Bucket r1 policy does not admit the public."
  ),
  "aws.kms.key_policy_not_public": (
    fail: "Key r1 policy admits the public: Policy (public)=[\"statement 0 allows P"
      + "rincipal \\\"*\\\" without a restricting condition\"].",
    pass: "Key r1 policy does not admit the public."
  ),
  "aws.cloudtrail.trail_bucket_not_public": (
    fail: "Trail r1 logs to a public bucket trail-logs: aws.s3.bucket[trail-logs].P"
      + "olicy (public)=[\"statement 0 allows Principal \\\"*\\\" without a restr"
      + "icting condition\"].",
    pass: "Trail r1 logs to bucket trail-logs, which is not public."
  ),
  "aws.lambda.function_policy_not_public": (
    fail: "Function r1 policy admits the public: Policy (public)=[\"statement 0 all"
      + "ows Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Function r1 policy does not admit the public."
  ),
  "aws.s3.bucket_not_publicly_accessible": (
    fail: "Bucket r1 is publicly accessible: Policy (public)=[\"statement 0 allows "
      + "Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Bucket r1 is not publicly accessible."
  ),
  "aws.s3.bucket_not_shared_cross_account": (
    fail: "Bucket r1 is shared outside its account: Policy (cross-account)={\"accou"
      + "nts\":[\"444455556666\"]}.",
    pass: "Bucket r1 is not shared outside its account."
  ),
  "aws.kms.key_not_shared_cross_account": (
    fail: "Key r1 policy grants other accounts: Policy (cross-account)={\"accounts\""
      + ":[\"444455556666\"]}.",
    pass: "Key r1 policy grants no other account."
  ),
  "aws.sns.topic_policy_not_public": (
    fail: "Topic r1 policy admits the public: Attributes.Policy (public)=[\"stateme"
      + "nt 0 allows Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Topic r1 policy does not admit the public."
  ),
  "aws.efs.file_system_policy_not_public": (
    fail: "File system r1 policy admits the public: Policy (public)=[\"statement 0 "
      + "allows Principal \\\"*\\\" without a restricting condition\"].",
    pass: "File system r1 policy does not admit the public."
  ),
  "aws.sqs.queue_policy_not_public": (
    fail: "Queue r1 policy admits the public: Attributes.Policy (public)=[\"stateme"
      + "nt 0 allows Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Queue r1 policy does not admit the public."
  ),
  "aws.ecr.repository_policy_not_public": (
    fail: "Repository r1 policy admits the public: Policy (public)=[\"statement 0 a"
      + "llows Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Repository r1 policy does not admit the public."
  ),
  "aws.secretsmanager.secret_policy_not_public": (
    fail: "Secret r1 policy admits the public: ResourcePolicy (public)=[\"statement"
      + " 0 allows Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Secret r1 policy does not admit the public."
  ),
  "aws.opensearch.domain_access_policy_not_public": (
    fail: "Domain r1 policy admits the public: AccessPolicies (public)=[\"statement 0 allo"
      + "ws Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Domain r1 policy does not admit the public."
  ),
  "aws.glacier.vault_policy_not_public": (
    fail: "Vault r1 policy admits the public: Policy (public)=[\"statement 0 allows"
      + " Principal \\\"*\\\" without a restricting condition\"].",
    pass: "Vault r1 policy does not admit the public."
  ),
  "aws.iam.role_trust_not_public": (
    fail: "Role r1 can be assumed by anyone: AssumeRolePolicyDocument (public)=[\"s"
      + "tatement 0 allows Principal \\\"*\\\" without a restricting condition\"]"
      + ".",
    pass: "Role r1 trust policy does not admit the public."
  ),
  "aws.iam.role_trust_external_id_required": (
    fail: "Role r1 trusts other accounts without an external id: AssumeRolePolicyDo"
      + "cument (cross-account)={\"accounts\":[\"444455556666\"]}, AssumeRolePoli"
      + "cyDocument (no sts:ExternalId)=[\"statement 0\"].",
    pass: "Role r1 requires an external id from every other account it trusts."
  ),
  "aws.iam.user_not_administrator": (
    fail: "User r1 holds administrator access: administrator policies=[\"admins/all"
      + "-but-s3\"].",
    pass: "User r1 does not hold administrator access."
  ),
  "aws.iam.role_not_administrator": (
    fail: "Role r1 holds administrator access: administrator policies=[\"inline:all"
      + "\"].",
    pass: "Role r1 does not hold administrator access."
  ),
  "aws.iam.customer_policy_not_administrator": (
    fail: "Policy r1 grants administrator access: DefaultDocument.Statement (grants"
      + " administrator)=[\"statement 0\"].",
    pass: "Policy r1 does not grant administrator access."
  ),
  "aws.iam.user_no_escalation_paths": (
    fail: "User r1 can escalate its privileges: escalation.createPolicyVersion=[\"*"
      + "\"].",
    pass: "User r1 has no privilege escalation path."
  ),
  "aws.iam.role_no_escalation_paths": (
    fail: "Role r1 can escalate its privileges: escalation.createAccessKey=[\"arn:a"
      + "ws:iam::111122223333:user/*\"].",
    pass: "Role r1 has no privilege escalation path."
  ),
  "aws.iam.policy_no_passrole_on_all_roles": (
    fail: "Policy r1 allows iam:PassRole on every role: DefaultDocument.iam:PassRol"
      + "e allowed by=[\"identity policy \\\"r1\\\", statement 0\"].",
    pass: "Policy r1 does not allow iam:PassRole on every role."
  ),
  "aws.iam.admin_user_unused_90_days": (
    fail: "Administrator r1 has not been used for 90 days: CredentialReport.passwor"
      + "d_last_used=2024-06-01T00:00:00+00:00, CredentialReport.access_key_1_las"
      + "t_used_date=N/A, CredentialReport.access_key_2_last_used_date=N/A, Crede"
      + "ntialReport.user_creation_time=2023-01-01T00:00:00+00:00.",
    pass: "Administrator r1 was used or created in the last 90 days."
  ),
  "aws.iam.customer_policy_no_service_wildcards": (
    fail: "Policy r1 allows service-wide wildcard actions: DefaultDocument.Statemen"
      + "t[0].Effect=Allow, DefaultDocument.Statement[0].Action[1]=ec2:*.",
    pass: "Policy r1 names no service-wide wildcard action."
  ),
]
