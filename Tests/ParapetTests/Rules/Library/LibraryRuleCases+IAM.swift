import ParapetCore

/// Failing and passing IAM resources for the library rules, in the shapes the AWS APIs
/// return; keep in step with the YAML.
let iamLibraryCases: [BuiltinRuleCase] = [
  .init(
    id: "aws.iam.password_policy_requires_uppercase", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireUppercaseCharacters": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireUppercaseCharacters": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_requires_lowercase", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireLowercaseCharacters": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireLowercaseCharacters": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_requires_symbols", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireSymbols": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireSymbols": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_requires_numbers", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"RequireNumbers": "false"}}"#),
    passing: json(#"{"PasswordPolicy": {"RequireNumbers": "true"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.password_policy_max_age_90", type: "aws.account",
    failing: json(#"{"PasswordPolicy": {"MaxPasswordAge": "365"}}"#),
    passing: json(#"{"PasswordPolicy": {"MaxPasswordAge": "90"}}"#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
  .init(
    id: "aws.iam.support_role_exists", type: "aws.account",
    failing: json(#"{}"#),
    passing: json(#"{}"#),
    failingExtras: [
      extra(
        "aws.iam.role",
        #"""
        {
          "AttachedManagedPolicies": [
            {
              "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess",
              "PolicyName": "ReadOnlyAccess"
            }
          ],
          "RoleName": "ops"
        }
        """#,
        name: "ops")
    ],
    passingExtras: [
      extra(
        "aws.iam.role",
        #"""
        {
          "AttachedManagedPolicies": [
            {
              "PolicyArn": "arn:aws:iam::aws:policy/AWSSupportAccess",
              "PolicyName": "AWSSupportAccess"
            }
          ],
          "RoleName": "support"
        }
        """#,
        name: "support")
    ],
    name: "r1"),
  .init(
    id: "aws.iam.server_certificate_not_expired", type: "aws.iam.server_certificate",
    failing: json(
      #"""
      {
        "Expiration": "2024-01-01T00:00:00Z",
        "ServerCertificateName": "old"
      }
      """#),
    passing: json(
      #"""
      {
        "Expiration": "2026-01-01T00:00:00Z",
        "ServerCertificateName": "new"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "web"),
  .init(
    id: "aws.iam.cloudshell_full_access_restricted", type: "aws.iam.policy",
    failing: json(
      #"""
      {
        "Arn": "arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
        "AttachmentCount": "2"
      }
      """#),
    passing: json(
      #"""
      {
        "Arn": "arn:aws:iam::aws:policy/AWSCloudShellFullAccess",
        "AttachmentCount": "0"
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "AWSCloudShellFullAccess"),
  .init(
    id: "aws.iam.root_not_used_recently", type: "aws.account",
    failing: json(
      #"""
      {
        "RootCredentials": {
          "access_key_1_last_used_date": "N/A",
          "access_key_2_last_used_date": "N/A",
          "password_last_used": "2024-12-20T00:00:00Z"
        }
      }
      """#),
    passing: json(
      #"""
      {
        "RootCredentials": {
          "access_key_1_last_used_date": "N/A",
          "access_key_2_last_used_date": "N/A",
          "password_last_used": "2024-05-01T00:00:00Z"
        }
      }
      """#),
    failingExtras: [],
    passingExtras: [],
    name: "r1"),
]

/// Exact messages of `iamLibraryCases`.
let iamLibraryMessages: [String: (fail: String, pass: String)] = [
  "aws.iam.password_policy_requires_uppercase": (
    fail: "Account 111122223333 passwords need not contain an uppercase letter.",
    pass: "Account 111122223333 passwords must contain an uppercase letter."
  ),
  "aws.iam.password_policy_requires_lowercase": (
    fail: "Account 111122223333 passwords need not contain a lowercase letter.",
    pass: "Account 111122223333 passwords must contain a lowercase letter."
  ),
  "aws.iam.password_policy_requires_symbols": (
    fail: "Account 111122223333 passwords need not contain a symbol.",
    pass: "Account 111122223333 passwords must contain a symbol."
  ),
  "aws.iam.password_policy_requires_numbers": (
    fail: "Account 111122223333 passwords need not contain a number.",
    pass: "Account 111122223333 passwords must contain a number."
  ),
  "aws.iam.password_policy_max_age_90": (
    fail: "Account 111122223333 passwords do not expire within 90 days (MaxPasswordAge 365).",
    pass: "Account 111122223333 passwords expire after 90 days."
  ),
  "aws.iam.support_role_exists": (
    fail: "Account 111122223333 has no role with AWSSupportAccess attached.",
    pass: "Account 111122223333 has a role with AWSSupportAccess."
  ),
  "aws.iam.server_certificate_not_expired": (
    fail: "Server certificate web expired on 2024-01-01T00:00:00Z.",
    pass: "Server certificate web expires on 2026-01-01T00:00:00Z."
  ),
  "aws.iam.cloudshell_full_access_restricted": (
    fail: "Policy AWSCloudShellFullAccess is attached 2 time(s).",
    pass: "Policy AWSCloudShellFullAccess is not attached to anyone."
  ),
  "aws.iam.root_not_used_recently": (
    fail: "Account 111122223333 root user was used within 90 days (password last used "
      + "2024-12-20T00:00:00Z).",
    pass: "Account 111122223333 root user was last used on 2024-05-01T00:00:00Z."
  ),
]
