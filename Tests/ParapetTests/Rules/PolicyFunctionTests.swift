import ParapetCore
import Testing

@testable import ParapetRules

/// The engine-backed analysis functions, called directly on small inventories: each case
/// names the resource, what the inventory holds around it, and the verdict expected.
@Suite struct PolicyFunctionTests {
  static let account = RuleTestSupport.account

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var function: String
    var arguments: JSONValue = [:]
    var resource: Resource
    var others: [Resource] = []
    var failures: [CollectionFailure] = []
    /// `holds`, `clear` or `not_evaluated`.
    var verdict: String
    /// The first evidence path, when one is expected.
    var evidence: String? = nil

    var testDescription: String { name }
  }

  static func statement(
    principal: JSONValue = "*", action: JSONValue = "*", condition: JSONValue? = nil,
    effect: String = "Allow"
  ) -> JSONValue {
    var members: [String: JSONValue] = [
      "Effect": .string(effect), "Principal": principal, "Action": action, "Resource": "*",
    ]
    if let condition { members["Condition"] = condition }
    return .object(members)
  }

  static func policy(_ statements: JSONValue...) -> JSONValue {
    ["Version": "2012-10-17", "Statement": .array(statements)]
  }

  static func resource(_ type: String, _ properties: JSONValue) -> Resource {
    RuleTestSupport.resource(type, properties)
  }

  static func bucket(
    policy: JSONValue? = nil, grants: [JSONValue] = [], block: JSONValue? = nil,
    omitting key: String? = nil
  ) -> Resource {
    var members: [String: JSONValue] = [
      "Name": "r1", "Policy": policy ?? .null,
      "Acl": ["Owner": ["ID": "owner-id"], "Grants": .array(grants)],
      "PublicAccessBlock": block ?? .null,
    ]
    if let key { members[key] = nil }
    return resource("aws.s3.bucket", .object(members))
  }

  static func accountBlock(_ block: JSONValue?) -> Resource {
    resource("aws.account", block.map { ["S3PublicAccessBlock": $0] } ?? [:])
  }

  static func denied(_ operation: String, property: String, type: String, id: String)
    -> CollectionFailure
  {
    CollectionFailure(
      service: "s3", region: "us-east-1", operation: operation, resourceTypes: [type],
      resourceId: id, property: property, kind: .accessDenied,
      permission: "s3:\(operation)", message: "Access Denied")
  }

  static let bucketId = "arn:aws.s3.bucket:r1"
  static let publicPolicy = policy(statement(action: "s3:GetObject"))
  static let allUsers: JSONValue = [
    "Grantee": ["Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AllUsers"],
    "Permission": "READ",
  ]
  static let authenticatedUsers: JSONValue = [
    "Grantee": [
      "Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
    ],
    "Permission": "READ",
  ]
  static let noBlock = accountBlock(.null)

  static func queue(_ policy: JSONValue) -> Resource {
    resource("aws.sqs.queue", ["Policy": policy])
  }

  static func conditioned(_ condition: JSONValue) -> JSONValue {
    policy(statement(condition: condition))
  }

  static let outsider: JSONValue = ["AWS": "444455556666"]
  static let outsiderPolicy: JSONValue = policy(statement(principal: outsider))
  static let endpoint: JSONValue = ["StringEquals": ["aws:SourceVpce": "vpce-1a2b3c4d"]]
  static let lowerCaseVpc: JSONValue = ["StringEquals": ["aws:sourcevpc": "vpc-1"]]
  static let organization: JSONValue = ["StringEquals": ["aws:PrincipalOrgID": "o-1"]]
  static let ownAccount: JSONValue = ["StringEquals": ["kms:CallerAccount": .string(account)]]
  static let tlsOnly: JSONValue = ["Bool": ["aws:SecureTransport": "true"]]
  static let publicIPv6: JSONValue = ["IpAddress": ["aws:SourceIp": "2001:db8::/32"]]
  static let queueDenied = denied(
    "GetQueueAttributes", property: "Policy", type: "aws.sqs.queue", id: "arn:aws.sqs.queue:r1")

  static let restrictionCases: [Case] = [
    Case(
      name: "Principal * without condition is public", function: "resource_policy_exposure",
      resource: queue(publicPolicy), verdict: "holds", evidence: "Policy (public)"),
    Case(
      name: "Principal * limited to a VPC endpoint is not public",
      function: "resource_policy_exposure", resource: queue(conditioned(endpoint)),
      verdict: "clear", evidence: "Policy (restricted)"),
    Case(
      name: "lower-case condition key still restricts", function: "resource_policy_exposure",
      resource: queue(conditioned(lowerCaseVpc)), verdict: "clear",
      evidence: "Policy (restricted)"),
    Case(
      name: "Principal * limited to an organization is not public",
      function: "resource_policy_exposure", resource: queue(conditioned(organization)),
      verdict: "clear", evidence: "Policy (restricted)"),
    Case(
      name: "Principal * limited to the own account is private",
      function: "resource_policy_exposure", resource: queue(conditioned(ownAccount)),
      verdict: "clear"),
    Case(
      name: "Principal * with only a TLS condition is public",
      function: "resource_policy_exposure", resource: queue(conditioned(tlsOnly)),
      verdict: "holds"),
    Case(
      name: "Principal * limited to an IPv6 range is restricted, not public",
      function: "resource_policy_exposure", resource: queue(conditioned(publicIPv6)),
      verdict: "clear", evidence: "Policy (restricted)"),
    Case(
      name: "a deny-only policy grants nothing", function: "resource_policy_exposure",
      resource: queue(policy(statement(effect: "Deny"))), verdict: "clear"),
  ]

  static let accountCases: [Case] = [
    Case(
      name: "another account passes without cross_account", function: "resource_policy_exposure",
      resource: queue(outsiderPolicy), verdict: "clear", evidence: "Policy (cross-account)"),
    Case(
      name: "another account fails with cross_account", function: "resource_policy_exposure",
      arguments: ["cross_account": true], resource: queue(outsiderPolicy), verdict: "holds",
      evidence: "Policy (cross-account)"),
    Case(
      name: "a trusted account passes with cross_account", function: "resource_policy_exposure",
      arguments: ["cross_account": true, "trusted_accounts": ["444455556666"]],
      resource: queue(outsiderPolicy), verdict: "clear"),
    Case(
      name: "a service principal counts only with include_services",
      function: "resource_policy_exposure",
      arguments: ["cross_account": true, "include_services": true],
      resource: queue(policy(statement(principal: ["Service": "sns.amazonaws.com"]))),
      verdict: "holds"),
    Case(
      name: "no policy (null) is private", function: "resource_policy_exposure",
      resource: queue(.null), verdict: "clear"),
    Case(
      name: "a policy unreadable for AccessDenied is not evaluated",
      function: "resource_policy_exposure", resource: resource("aws.sqs.queue", ["Url": "q"]),
      failures: [queueDenied], verdict: "not_evaluated"),
    Case(
      name: "a malformed policy is not evaluated", function: "resource_policy_exposure",
      resource: queue(["Statement": "nonsense"]), verdict: "not_evaluated"),
    Case(
      name: "a trust statement for another account without ExternalId",
      function: "resource_policy_exposure",
      arguments: ["policy": "AssumeRolePolicyDocument", "require_external_id": true],
      resource: resource("aws.iam.role", ["AssumeRolePolicyDocument": outsiderPolicy]),
      verdict: "holds"),
  ]

  static var exposureCases: [Case] {
    (restrictionCases + accountCases).map { testCase in
      var copy = testCase
      if copy.arguments["policy"] == nil {
        copy.arguments = copy.arguments.setting("policy", to: "Policy")
      }
      return copy
    }
  }

  static let bucketCases: [Case] = [
    .init(
      name: "ACL AllUsers without IgnorePublicAcls is public", function: "s3_bucket_exposure",
      resource: bucket(grants: [allUsers]), others: [noBlock], verdict: "holds",
      evidence: "Acl.Grants[0]"),
    .init(
      name: "ACL AuthenticatedUsers is public", function: "s3_bucket_exposure",
      resource: bucket(grants: [authenticatedUsers]), others: [noBlock], verdict: "holds"),
    .init(
      name: "ACL AllUsers with bucket IgnorePublicAcls is not public",
      function: "s3_bucket_exposure",
      resource: bucket(grants: [allUsers], block: ["IgnorePublicAcls": "true"]),
      verdict: "clear"),
    .init(
      name: "ACL AllUsers with account IgnorePublicAcls is not public",
      function: "s3_bucket_exposure", resource: bucket(grants: [allUsers]),
      others: [accountBlock(["IgnorePublicAcls": true])], verdict: "clear",
      evidence: "aws.account.S3PublicAccessBlock.IgnorePublicAcls"),
    .init(
      name: "public policy with account RestrictPublicBuckets is not public",
      function: "s3_bucket_exposure", resource: bucket(policy: publicPolicy),
      others: [accountBlock(["RestrictPublicBuckets": true])], verdict: "clear"),
    .init(
      name: "BlockPublicPolicy leaves an existing public policy in force",
      function: "s3_bucket_exposure",
      resource: bucket(policy: publicPolicy, block: ["BlockPublicPolicy": "true"]),
      others: [noBlock], verdict: "holds"),
    .init(
      name: "policy limited to a VPC endpoint is not public", function: "s3_bucket_exposure",
      resource: bucket(
        policy: policy(
          statement(
            action: "s3:GetObject",
            condition: ["StringEquals": ["aws:SourceVpce": "vpce-1"]]))), others: [noBlock],
      verdict: "clear"),
    .init(
      name: "policy unreadable (AccessDenied) is not evaluated", function: "s3_bucket_exposure",
      resource: bucket(omitting: "Policy"), others: [noBlock],
      failures: [
        denied("GetBucketPolicy", property: "Policy", type: "aws.s3.bucket", id: bucketId)
      ],
      verdict: "not_evaluated"),
    .init(
      name: "policy unreadable but RestrictPublicBuckets on is decidable",
      function: "s3_bucket_exposure",
      resource: bucket(
        block: ["RestrictPublicBuckets": "true", "IgnorePublicAcls": "true"], omitting: "Policy"),
      failures: [
        denied("GetBucketPolicy", property: "Policy", type: "aws.s3.bucket", id: bucketId)
      ],
      verdict: "clear"),
    .init(
      name: "public ACL decides even when the policy is unreadable",
      function: "s3_bucket_exposure", resource: bucket(grants: [allUsers], omitting: "Policy"),
      others: [noBlock], verdict: "holds"),
    .init(
      name: "account block unreadable and a public policy is not evaluated",
      function: "s3_bucket_exposure", resource: bucket(policy: publicPolicy),
      others: [accountBlock(nil)], verdict: "not_evaluated"),
    .init(
      name: "ACL grant to another canonical user is shared with cross_account",
      function: "s3_bucket_exposure", arguments: ["cross_account": true],
      resource: bucket(grants: [
        ["Grantee": ["Type": "CanonicalUser", "ID": "other-id"], "Permission": "READ"]
      ]), others: [noBlock], verdict: "holds", evidence: "Acl.Grants[0] (cross-account)"),
    .init(
      name: "ACL grant to the owner is not shared", function: "s3_bucket_exposure",
      arguments: ["cross_account": true],
      resource: bucket(grants: [
        ["Grantee": ["Type": "CanonicalUser", "ID": "owner-id"], "Permission": "FULL_CONTROL"]
      ]), others: [noBlock], verdict: "clear"),
  ]

  @Test(arguments: exposureCases + bucketCases)
  func exposureVerdict(_ testCase: Case) throws {
    let result = try Self.call(testCase)

    #expect(Self.verdict(result) == testCase.verdict)
    if let path = testCase.evidence {
      #expect(result.evidence.first?.path == path)
    }
  }

  @Test func accessDeniedPolicyNamesTheCallAndPermission() throws {
    let testCase = Self.bucketCases[7]
    let result = try Self.call(testCase)

    #expect(
      result.unknown
        == "Not evaluated: GetBucketPolicy failed in us-east-1 (access_denied: Access Denied); "
        + "grant s3:GetBucketPolicy and rescan, so Policy is unknown.")
  }

  @Test(arguments: [
    "aws.s3.bucket_not_publicly_accessible", "aws.s3.bucket_policy_not_public",
    "aws.s3.bucket_not_shared_cross_account",
  ])
  func unreadableBucketPolicyIsNotEvaluatedByTheRule(_ id: String) {
    let failure = Self.denied(
      "GetBucketPolicy", property: "Policy", type: "aws.s3.bucket", id: Self.bucketId)
    let findings = RuleTestSupport.findings(
      id, [Self.bucket(omitting: "Policy"), Self.noBlock], failures: [failure])

    #expect(findings.map(\.status) == [.notEvaluated])
    #expect(
      findings.first?.message
        == "Not evaluated: GetBucketPolicy failed in us-east-1 (access_denied: Access Denied); "
        + "grant s3:GetBucketPolicy and rescan, so Policy is unknown.")
  }

  @Test func trailOverUnreadableBucketIsNotEvaluated() {
    let failure = Self.denied(
      "GetBucketPolicy", property: "Policy", type: "aws.s3.bucket", id: Self.bucketId)
    let trail = RuleTestSupport.resource("aws.cloudtrail.trail", ["S3BucketName": "r1"])
    let findings = RuleTestSupport.findings(
      "aws.cloudtrail.trail_bucket_not_public",
      [trail, Self.bucket(omitting: "Policy"), Self.noBlock],
      failures: [failure])

    #expect(findings.map(\.status) == [.notEvaluated])
  }

  static func call(_ testCase: Case) throws -> ConditionFunction.Result {
    let function = try #require(FunctionRegistry.standard[testCase.function])
    let inventory = Inventory(
      account: account, regions: ["us-east-1"], resources: [testCase.resource] + testCase.others,
      failures: testCase.failures)
    let call = ConditionFunction.Call(
      value: testCase.resource.properties, arguments: testCase.arguments,
      resource: testCase.resource, inventory: inventory)
    return function.body(call)
  }

  static func verdict(_ result: ConditionFunction.Result) -> String {
    if result.unknown != nil { return "not_evaluated" }
    return result.holds ? "holds" : "clear"
  }
}
