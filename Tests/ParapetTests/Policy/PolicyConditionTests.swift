import ParapetPolicy
import Testing

/// One condition block judged against one request context, each expectation taken from
/// AWS's "IAM JSON policy elements: Condition operators" reference.
@Suite struct PolicyConditionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var condition: String
    var context: [String: [String]]
    var holds: Bool
    var why: String
    var testDescription: String { name }
  }

  static let cases: [Case] = stringCases + numericAndDateCases + otherCases + setCases

  static let stringCases: [Case] = [
    Case(
      name: "StringEquals exact value", condition: #"{"StringEquals": {"aws:username": "alice"}}"#,
      context: ["aws:username": ["alice"]], holds: true, why: "exact match"),
    Case(
      name: "StringEquals is case-sensitive on values",
      condition: #"{"StringEquals": {"aws:username": "Alice"}}"#,
      context: ["aws:username": ["alice"]], holds: false, why: "values compare case-sensitively"),
    Case(
      name: "condition key names are case-insensitive",
      condition: #"{"StringEquals": {"AWS:USERNAME": "alice"}}"#,
      context: ["aws:username": ["alice"]], holds: true, why: "keys are case-insensitive"),
    Case(
      name: "aws:sourcevpce spelled in lower case still matches",
      condition: #"{"StringEquals": {"aws:sourcevpce": "vpce-1"}}"#,
      context: ["aws:SourceVpce": ["vpce-1"]], holds: true, why: "keys are case-insensitive"),
    Case(
      name: "StringEquals several values are ORed",
      condition: #"{"StringEquals": {"aws:username": ["bob", "alice"]}}"#,
      context: ["aws:username": ["alice"]], holds: true, why: "values of one key are ORed"),
    Case(
      name: "StringEquals missing key is false",
      condition: #"{"StringEquals": {"aws:PrincipalTag/team": "sec"}}"#,
      context: [:], holds: false, why: "absent key: no match"),
    Case(
      name: "StringNotEquals missing key is true",
      condition: #"{"StringNotEquals": {"aws:PrincipalTag/team": "sec"}}"#,
      context: [:], holds: true, why: "negated operator on an absent key is true"),
    Case(
      name: "StringNotEquals matching value is false",
      condition: #"{"StringNotEquals": {"aws:PrincipalTag/team": "sec"}}"#,
      context: ["aws:PrincipalTag/team": ["sec"]], holds: false, why: "value equals one listed"),
    Case(
      name: "StringNotEquals must match none of the values",
      condition: #"{"StringNotEquals": {"aws:PrincipalTag/team": ["sec", "ops"]}}"#,
      context: ["aws:PrincipalTag/team": ["ops"]], holds: false, why: "ops is listed"),
    Case(
      name: "StringNotEquals other value is true",
      condition: #"{"StringNotEquals": {"aws:PrincipalTag/team": ["sec", "ops"]}}"#,
      context: ["aws:PrincipalTag/team": ["dev"]], holds: true, why: "dev is not listed"),
    Case(
      name: "StringEqualsIgnoreCase ignores case",
      condition: #"{"StringEqualsIgnoreCase": {"aws:PrincipalTag/env": "PROD"}}"#,
      context: ["aws:PrincipalTag/env": ["prod"]], holds: true, why: "case ignored"),
    Case(
      name: "StringNotEqualsIgnoreCase same text other case is false",
      condition: #"{"StringNotEqualsIgnoreCase": {"aws:PrincipalTag/env": "PROD"}}"#,
      context: ["aws:PrincipalTag/env": ["Prod"]], holds: false, why: "equal ignoring case"),
    Case(
      name: "StringNotEqualsIgnoreCase different text is true",
      condition: #"{"StringNotEqualsIgnoreCase": {"aws:PrincipalTag/env": "PROD"}}"#,
      context: ["aws:PrincipalTag/env": ["dev"]], holds: true, why: "differs"),
    Case(
      name: "StringLike star wildcard", condition: #"{"StringLike": {"s3:prefix": "home/*"}}"#,
      context: ["s3:prefix": ["home/alice/x"]], holds: true, why: "* matches any run"),
    Case(
      name: "StringLike question mark wildcard",
      condition: #"{"StringLike": {"s3:prefix": "v?"}}"#,
      context: ["s3:prefix": ["v2"]], holds: true, why: "? matches one character"),
    Case(
      name: "StringLike question mark needs exactly one",
      condition: #"{"StringLike": {"s3:prefix": "v?"}}"#,
      context: ["s3:prefix": ["v10"]], holds: false, why: "? matches exactly one"),
    Case(
      name: "StringLike is case-sensitive", condition: #"{"StringLike": {"s3:prefix": "Home/*"}}"#,
      context: ["s3:prefix": ["home/a"]], holds: false, why: "case-sensitive match"),
    Case(
      name: "StringEquals treats star literally",
      condition: #"{"StringEquals": {"s3:prefix": "home/*"}}"#,
      context: ["s3:prefix": ["home/a"]], holds: false, why: "no wildcards in StringEquals"),
    Case(
      name: "StringNotLike matching pattern is false",
      condition: #"{"StringNotLike": {"s3:prefix": "tmp/*"}}"#,
      context: ["s3:prefix": ["tmp/x"]], holds: false, why: "matches the pattern"),
    Case(
      name: "StringNotLike missing key is true",
      condition: #"{"StringNotLike": {"s3:prefix": "tmp/*"}}"#,
      context: [:], holds: true, why: "negated operator on an absent key is true"),
    Case(
      name: "StringEqualsIfExists absent key is true",
      condition: #"{"StringEqualsIfExists": {"ec2:InstanceType": "t3.micro"}}"#,
      context: [:], holds: true, why: "IfExists passes when the key is absent"),
    Case(
      name: "StringEqualsIfExists present key must match",
      condition: #"{"StringEqualsIfExists": {"ec2:InstanceType": "t3.micro"}}"#,
      context: ["ec2:InstanceType": ["m5.large"]], holds: false, why: "present and differs"),
    Case(
      name: "StringLikeIfExists present key matching",
      condition: #"{"StringLikeIfExists": {"ec2:InstanceType": "t3.*"}}"#,
      context: ["ec2:InstanceType": ["t3.small"]], holds: true, why: "present and matches"),
    Case(
      name: "StringNotEqualsIfExists absent key is true",
      condition: #"{"StringNotEqualsIfExists": {"aws:SourceVpce": "vpce-1"}}"#,
      context: [:], holds: true, why: "IfExists passes when absent"),
    Case(
      name: "policy variable in condition value",
      condition: #"{"StringEquals": {"s3:prefix": "home/${aws:username}"}}"#,
      context: ["s3:prefix": ["home/alice"], "aws:username": ["alice"]], holds: true,
      why: "variable resolved from the request"),
    Case(
      name: "unresolvable variable in condition value matches nothing",
      condition: #"{"StringEquals": {"s3:prefix": "home/${aws:PrincipalTag/home}"}}"#,
      context: ["s3:prefix": ["home/alice"]], holds: false, why: "variable has no value"),
    Case(
      name: "variable default used when key absent",
      condition: #"{"StringEquals": {"s3:prefix": "${aws:PrincipalTag/home, 'pub'}"}}"#,
      context: ["s3:prefix": ["pub"]], holds: true, why: "default value applies"),
    Case(
      name: "dollar-star variable is a literal star in StringLike",
      condition: #"{"StringLike": {"s3:prefix": "a${*}b"}}"#,
      context: ["s3:prefix": ["axxb"]], holds: false, why: "${*} is a literal *"),
    Case(
      name: "dollar-star variable matches a literal star",
      condition: #"{"StringLike": {"s3:prefix": "a${*}b"}}"#,
      context: ["s3:prefix": ["a*b"]], holds: true, why: "${*} is a literal *"),
  ]

  static let numericAndDateCases: [Case] = [
    Case(
      name: "NumericEquals equal", condition: #"{"NumericEquals": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["10"]], holds: true, why: "10 = 10"),
    Case(
      name: "NumericEquals accepts a JSON number",
      condition: #"{"NumericEquals": {"s3:max-keys": 10}}"#,
      context: ["s3:max-keys": ["10.0"]], holds: true, why: "numbers compare numerically"),
    Case(
      name: "NumericNotEquals differs", condition: #"{"NumericNotEquals": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["11"]], holds: true, why: "11 != 10"),
    Case(
      name: "NumericNotEquals missing key",
      condition: #"{"NumericNotEquals": {"s3:max-keys": "10"}}"#,
      context: [:], holds: true, why: "negated operator on an absent key is true"),
    Case(
      name: "NumericLessThan smaller", condition: #"{"NumericLessThan": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["9"]], holds: true, why: "9 < 10"),
    Case(
      name: "NumericLessThan equal is false",
      condition: #"{"NumericLessThan": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["10"]], holds: false, why: "10 is not < 10"),
    Case(
      name: "NumericLessThanEquals equal",
      condition: #"{"NumericLessThanEquals": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["10"]], holds: true, why: "10 <= 10"),
    Case(
      name: "NumericGreaterThan larger",
      condition: #"{"NumericGreaterThan": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["10.5"]], holds: true, why: "10.5 > 10"),
    Case(
      name: "NumericGreaterThanEquals smaller is false",
      condition: #"{"NumericGreaterThanEquals": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["9"]], holds: false, why: "9 < 10"),
    Case(
      name: "NumericEquals non-number request value",
      condition: #"{"NumericEquals": {"s3:max-keys": "10"}}"#,
      context: ["s3:max-keys": ["ten"]], holds: false, why: "not a number: no match"),
    Case(
      name: "NumericLessThan missing key is false",
      condition: #"{"NumericLessThan": {"s3:max-keys": "10"}}"#,
      context: [:], holds: false, why: "absent key: false"),
    Case(
      name: "DateLessThan before",
      condition: #"{"DateLessThan": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}}"#,
      context: ["aws:CurrentTime": ["2024-06-01T12:00:00Z"]], holds: true, why: "earlier"),
    Case(
      name: "DateLessThan after is false",
      condition: #"{"DateLessThan": {"aws:CurrentTime": "2025-01-01T00:00:00Z"}}"#,
      context: ["aws:CurrentTime": ["2025-06-01T00:00:00Z"]], holds: false, why: "later"),
    Case(
      name: "DateGreaterThan with epoch seconds in the policy",
      condition: #"{"DateGreaterThan": {"aws:EpochTime": "1700000000"}}"#,
      context: ["aws:EpochTime": ["1700000001"]], holds: true, why: "epoch seconds compare"),
    Case(
      name: "DateEquals across ISO and epoch forms",
      condition: #"{"DateEquals": {"aws:CurrentTime": "1970-01-02T00:00:00Z"}}"#,
      context: ["aws:CurrentTime": ["86400"]], holds: true, why: "same instant"),
    Case(
      name: "DateNotEquals differs",
      condition: #"{"DateNotEquals": {"aws:CurrentTime": "2024-01-01"}}"#,
      context: ["aws:CurrentTime": ["2024-01-02"]], holds: true, why: "different day"),
    Case(
      name: "DateLessThanEquals with offset",
      condition: #"{"DateLessThanEquals": {"aws:CurrentTime": "2024-01-01T02:00:00+02:00"}}"#,
      context: ["aws:CurrentTime": ["2024-01-01T00:00:00Z"]], holds: true, why: "same instant"),
    Case(
      name: "DateGreaterThanEquals fractional seconds",
      condition: #"{"DateGreaterThanEquals": {"aws:CurrentTime": "2024-01-01T00:00:00.500Z"}}"#,
      context: ["aws:CurrentTime": ["2024-01-01T00:00:00.250Z"]], holds: false,
      why: "earlier by 250 ms"),
    Case(
      name: "DateLessThan unreadable request date",
      condition: #"{"DateLessThan": {"aws:CurrentTime": "2025-01-01"}}"#,
      context: ["aws:CurrentTime": ["yesterday"]], holds: false, why: "not a date: no match"),
  ]

  static let otherCases: [Case] = [
    Case(
      name: "Bool true", condition: #"{"Bool": {"aws:SecureTransport": "true"}}"#,
      context: ["aws:SecureTransport": ["true"]], holds: true, why: "equal"),
    Case(
      name: "Bool JSON boolean value", condition: #"{"Bool": {"aws:SecureTransport": false}}"#,
      context: ["aws:SecureTransport": ["false"]], holds: true, why: "booleans read as text"),
    Case(
      name: "Bool mismatch", condition: #"{"Bool": {"aws:MultiFactorAuthPresent": "true"}}"#,
      context: ["aws:MultiFactorAuthPresent": ["false"]], holds: false, why: "differs"),
    Case(
      name: "Bool missing MFA key is false",
      condition: #"{"Bool": {"aws:MultiFactorAuthPresent": "true"}}"#,
      context: [:], holds: false, why: "absent key: false"),
    Case(
      name: "BoolIfExists missing key is true",
      condition: #"{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}"#,
      context: [:], holds: true, why: "IfExists passes when absent"),
    Case(
      name: "BinaryEquals same bytes", condition: #"{"BinaryEquals": {"key": "QmluYXJ5VmFsdWU="}}"#,
      context: ["key": ["QmluYXJ5VmFsdWU="]], holds: true, why: "same decoded bytes"),
    Case(
      name: "BinaryEquals other bytes",
      condition: #"{"BinaryEquals": {"key": "QmluYXJ5VmFsdWU="}}"#,
      context: ["key": ["b3RoZXI="]], holds: false, why: "different bytes"),
    Case(
      name: "IpAddress IPv4 inside",
      condition: #"{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}"#,
      context: ["aws:SourceIp": ["203.0.113.7"]], holds: true, why: "inside the CIDR"),
    Case(
      name: "IpAddress IPv4 outside",
      condition: #"{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}"#,
      context: ["aws:SourceIp": ["203.0.114.7"]], holds: false, why: "outside the CIDR"),
    Case(
      name: "IpAddress bare address is a /32",
      condition: #"{"IpAddress": {"aws:SourceIp": "192.0.2.1"}}"#,
      context: ["aws:SourceIp": ["192.0.2.1"]], holds: true, why: "single host"),
    Case(
      name: "IpAddress IPv6 inside",
      condition: #"{"IpAddress": {"aws:SourceIp": "2001:db8::/32"}}"#,
      context: ["aws:SourceIp": ["2001:db8:1::5"]], holds: true, why: "inside the IPv6 CIDR"),
    Case(
      name: "IpAddress IPv6 outside",
      condition: #"{"IpAddress": {"aws:SourceIp": "2001:db8::/32"}}"#,
      context: ["aws:SourceIp": ["2001:db9::5"]], holds: false, why: "outside the IPv6 CIDR"),
    Case(
      name: "IpAddress IPv4 range never matches IPv6 caller",
      condition: #"{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}"#,
      context: ["aws:SourceIp": ["2001:db8::1"]], holds: false, why: "address families differ"),
    Case(
      name: "IpAddress mixed list matches IPv6 caller",
      condition: #"{"IpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:db8::/32"]}}"#,
      context: ["aws:SourceIp": ["2001:db8::9"]], holds: true, why: "values are ORed"),
    Case(
      name: "NotIpAddress outside is true",
      condition: #"{"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}"#,
      context: ["aws:SourceIp": ["8.8.8.8"]], holds: true, why: "not in the range"),
    Case(
      name: "NotIpAddress inside is false",
      condition: #"{"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}"#,
      context: ["aws:SourceIp": ["10.1.2.3"]], holds: false, why: "in the range"),
    Case(
      name: "NotIpAddress IPv6 inside is false",
      condition: #"{"NotIpAddress": {"aws:SourceIp": "fd00::/8"}}"#,
      context: ["aws:SourceIp": ["fd00::1"]], holds: false, why: "in the IPv6 range"),
    Case(
      name: "IpAddress missing key is false",
      condition: #"{"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}}"#,
      context: [:], holds: false, why: "absent key: false"),
    Case(
      name: "ArnEquals exact",
      condition: #"{"ArnEquals": {"aws:SourceArn": "arn:aws:sns:us-east-1:111122223333:t"}}"#,
      context: ["aws:SourceArn": ["arn:aws:sns:us-east-1:111122223333:t"]], holds: true,
      why: "equal"),
    Case(
      name: "ArnLike wildcard region",
      condition: #"{"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:111122223333:t"}}"#,
      context: ["aws:SourceArn": ["arn:aws:sns:eu-west-1:111122223333:t"]], holds: true,
      why: "* within the region part"),
    Case(
      name: "ArnLike star does not cross parts",
      condition: #"{"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:t"}}"#,
      context: ["aws:SourceArn": ["arn:aws:sns:eu-west-1:111122223333:t"]], holds: false,
      why: "only four parts: compared whole, * may not absorb the account"),
    Case(
      name: "ArnLike other account",
      condition: #"{"ArnLike": {"aws:SourceArn": "arn:aws:s3:::bucket-*"}}"#,
      context: ["aws:SourceArn": ["arn:aws:s3:::other"]], holds: false, why: "no match"),
    Case(
      name: "ArnNotLike matching is false",
      condition: #"{"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/Admin*"}}"#,
      context: ["aws:PrincipalArn": ["arn:aws:iam::111122223333:role/AdminOps"]], holds: false,
      why: "it matches"),
    Case(
      name: "ArnNotEquals missing key is true",
      condition: #"{"ArnNotEquals": {"aws:SourceArn": "arn:aws:s3:::b"}}"#,
      context: [:], holds: true, why: "negated operator on an absent key is true"),
    Case(
      name: "ArnEquals is case-sensitive",
      condition: #"{"ArnEquals": {"aws:SourceArn": "arn:aws:s3:::Bucket"}}"#,
      context: ["aws:SourceArn": ["arn:aws:s3:::bucket"]], holds: false, why: "case differs"),
    Case(
      name: "Null true with key absent", condition: #"{"Null": {"aws:TokenIssueTime": "true"}}"#,
      context: [:], holds: true, why: "key is absent"),
    Case(
      name: "Null true with key present", condition: #"{"Null": {"aws:TokenIssueTime": "true"}}"#,
      context: ["aws:TokenIssueTime": ["2024-01-01T00:00:00Z"]], holds: false, why: "present"),
    Case(
      name: "Null false with key present", condition: #"{"Null": {"aws:TokenIssueTime": false}}"#,
      context: ["aws:TokenIssueTime": ["2024-01-01T00:00:00Z"]], holds: true, why: "present"),
    Case(
      name: "Null false with key absent", condition: #"{"Null": {"aws:TokenIssueTime": "false"}}"#,
      context: [:], holds: false, why: "absent"),
    Case(
      name: "two keys under one operator are ANDed",
      condition: #"{"StringEquals": {"aws:username": "alice", "aws:PrincipalTag/team": "sec"}}"#,
      context: ["aws:username": ["alice"], "aws:PrincipalTag/team": ["ops"]], holds: false,
      why: "the team key fails"),
    Case(
      name: "two keys under one operator both hold",
      condition: #"{"StringEquals": {"aws:username": "alice", "aws:PrincipalTag/team": "sec"}}"#,
      context: ["aws:username": ["alice"], "aws:PrincipalTag/team": ["sec"]], holds: true,
      why: "both keys hold"),
    Case(
      name: "two operators are ANDed",
      condition:
        #"{"StringEquals": {"aws:username": "alice"}, "Bool": {"aws:SecureTransport": "true"}}"#,
      context: ["aws:username": ["alice"], "aws:SecureTransport": ["false"]], holds: false,
      why: "Bool fails"),
    Case(
      name: "two operators both hold",
      condition:
        #"{"StringEquals": {"aws:username": "alice"}, "Bool": {"aws:SecureTransport": "true"}}"#,
      context: ["aws:username": ["alice"], "aws:SecureTransport": ["true"]], holds: true,
      why: "both hold"),
    Case(
      name: "IpAddress and VPC endpoint ANDed, one fails",
      condition:
        #"{"IpAddress": {"aws:SourceIp": "10.0.0.0/8"}, "#
        + #""StringEquals": {"aws:SourceVpce": "vpce-1"}}"#,
      context: ["aws:SourceIp": ["10.0.0.1"], "aws:SourceVpce": ["vpce-2"]], holds: false,
      why: "endpoint differs"),
  ]

  static let setCases: [Case] = [
    Case(
      name: "ForAllValues every value listed",
      condition: #"{"ForAllValues:StringEquals": {"aws:TagKeys": ["env", "team"]}}"#,
      context: ["aws:TagKeys": ["env"]], holds: true, why: "request set is a subset"),
    Case(
      name: "ForAllValues one value not listed",
      condition: #"{"ForAllValues:StringEquals": {"aws:TagKeys": ["env", "team"]}}"#,
      context: ["aws:TagKeys": ["env", "cost"]], holds: false, why: "cost is not listed"),
    Case(
      name: "ForAllValues absent key is true",
      condition: #"{"ForAllValues:StringEquals": {"aws:TagKeys": ["env"]}}"#,
      context: [:], holds: true, why: "documented: true when the key is absent"),
    Case(
      name: "ForAllValues empty key is true",
      condition: #"{"ForAllValues:StringEquals": {"aws:TagKeys": ["env"]}}"#,
      context: ["aws:TagKeys": []], holds: true, why: "empty set: vacuously true"),
    Case(
      name: "ForAnyValue one value listed",
      condition: #"{"ForAnyValue:StringEquals": {"aws:TagKeys": ["env"]}}"#,
      context: ["aws:TagKeys": ["cost", "env"]], holds: true, why: "env matches"),
    Case(
      name: "ForAnyValue none listed",
      condition: #"{"ForAnyValue:StringEquals": {"aws:TagKeys": ["env"]}}"#,
      context: ["aws:TagKeys": ["cost"]], holds: false, why: "no value matches"),
    Case(
      name: "ForAnyValue absent key is false",
      condition: #"{"ForAnyValue:StringEquals": {"aws:TagKeys": ["env"]}}"#,
      context: [:], holds: false, why: "documented: false when the key is absent"),
    Case(
      name: "ForAnyValue empty key is false",
      condition: #"{"ForAnyValue:StringEquals": {"aws:TagKeys": ["env"]}}"#,
      context: ["aws:TagKeys": []], holds: false, why: "empty set"),
    Case(
      name: "ForAllValues StringNotLike all values outside pattern",
      condition: #"{"ForAllValues:StringNotLike": {"aws:TagKeys": "key1*"}}"#,
      context: ["aws:TagKeys": ["key2:audit"]], holds: true, why: "AWS example: match"),
    Case(
      name: "ForAllValues StringNotLike a value inside pattern",
      condition: #"{"ForAllValues:StringNotLike": {"aws:TagKeys": "key1*"}}"#,
      context: ["aws:TagKeys": ["key1:legal"]], holds: false, why: "AWS example: no match"),
    Case(
      name: "ForAllValues StringNotLike absent key",
      condition: #"{"ForAllValues:StringNotLike": {"aws:TagKeys": "key1*"}}"#,
      context: [:], holds: true, why: "AWS example: absent key matches"),
    Case(
      name: "ForAnyValue StringLike org path",
      condition: #"{"ForAnyValue:StringLike": {"aws:PrincipalOrgPaths": "o-abc/r-1/ou-1/*"}}"#,
      context: ["aws:PrincipalOrgPaths": ["o-abc/r-1/ou-1/ou-2/"]], holds: true,
      why: "one path matches"),
    Case(
      name: "ForAnyValue StringNotEquals one value differs",
      condition: #"{"ForAnyValue:StringNotEquals": {"aws:TagKeys": "env"}}"#,
      context: ["aws:TagKeys": ["env", "team"]], holds: true, why: "team is not env"),
    Case(
      name: "multi-valued key without qualifier, positive operator",
      condition: #"{"StringEquals": {"aws:TagKeys": "env"}}"#,
      context: ["aws:TagKeys": ["team", "env"]], holds: true, why: "one value matches"),
    Case(
      name: "multi-valued key without qualifier, negated operator",
      condition: #"{"StringNotEquals": {"aws:TagKeys": "env"}}"#,
      context: ["aws:TagKeys": ["team", "env"]], holds: false, why: "env is listed"),
  ]

  @Test(arguments: cases)
  func condition(_ testCase: Case) {
    let document = PolicyFixture.statement(
      #"{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*", "#
        + #""Condition": \#(testCase.condition)}"#
    )
    let request = AccessRequest(
      principal: .iam(arn: PolicyFixture.user), action: "s3:ListBucket",
      resource: "arn:aws:s3:::reports", context: testCase.context)
    let decision = PolicyEvaluator.evaluate(
      request, against: PolicySet(identityPolicies: [NamedPolicy(name: "p", document: document)]))
    #expect(
      decision.outcome == (testCase.holds ? .allow : .implicitDeny), "\(testCase.why)")
  }
}
