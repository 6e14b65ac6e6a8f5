import ParapetCore
import Testing

@testable import ParapetRules

/// Judging again what a change touched: the result must be what judging the whole merged
/// inventory gives, with only the rules over changed types run, and earlier
/// `not_evaluated` verdicts kept where the store lost the reason.
@Suite struct IncrementalEvaluationTests {
  typealias S = RuleTestSupport

  static let rules = S.builtin.selecting(
    RuleSelection(include: ["aws.s3.*", "aws.cloudtrail.*", "aws.ec2.ebs_*"]))
  static let engine = RuleEngine(rules: rules, now: S.now)

  /// No bucket policy at all (GetBucketPolicy said none).
  static let closedPolicy: JSONValue = .null
  static let publicPolicy: JSONValue = [
    "Statement": [
      [
        "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
        "Resource": "arn:aws:s3:::logs/*",
      ]
    ]
  ]
  static let blocked: JSONValue = [
    "BlockPublicAcls": true, "IgnorePublicAcls": true, "BlockPublicPolicy": true,
    "RestrictPublicBuckets": true,
  ]
  static let open: JSONValue = [
    "BlockPublicAcls": false, "IgnorePublicAcls": false, "BlockPublicPolicy": false,
    "RestrictPublicBuckets": false,
  ]

  static func bucket(_ name: String, policy: JSONValue = closedPolicy) -> Resource {
    S.resource(
      "aws.s3.bucket",
      [
        "Name": .string(name), "Region": "us-east-1", "Policy": policy,
        "Acl": ["Owner": ["ID": "owner"], "Grants": []], "PublicAccessBlock": .null,
        "Encryption": ["Rules": []], "Versioning": ["Status": "Enabled", "MFADelete": "Disabled"],
        "Logging": ["LoggingEnabled": .null], "OwnershipControls": ["Rules": []],
      ], name: name)
  }

  static let trail = S.resource(
    "aws.cloudtrail.trail",
    [
      "Name": "main", "S3BucketName": "logs", "IsMultiRegionTrail": true,
      "Status": ["IsLogging": true], "EventSelectors": [], "AdvancedEventSelectors": [],
    ], name: "main")

  static func account(_ block: JSONValue) -> Resource {
    S.resource("aws.account", ["Regions": ["us-east-1"], "S3PublicAccessBlock": block])
  }

  static func earlier(block: JSONValue, logsPolicy: JSONValue) -> Inventory {
    Inventory(
      account: S.account, regions: ["us-east-1"],
      resources: [account(block), bucket("logs", policy: logsPolicy), bucket("data"), trail])
  }

  struct Change: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var block: JSONValue
    var logsPolicy: JSONValue
    var patch: InventoryPatch
    /// Status by `check resource-name` after the change; nil for no finding.
    var expected: [String: Finding.Status?]
  }

  static let changes: [Change] = {
    var madePublic = InventoryPatch()
    madePublic.resources = [bucket("logs", policy: publicPolicy)]
    var unblocked = InventoryPatch()
    unblocked.facts = [InventoryPatch.Fact(region: nil, key: "S3PublicAccessBlock", value: open)]
    unblocked.resources = []
    var deleted = InventoryPatch()
    deleted.removedIds = [bucket("data").id]
    return [
      Change(
        testDescription: "bucket policy made public", block: open, logsPolicy: closedPolicy,
        patch: madePublic,
        expected: [
          "aws.s3.bucket_not_publicly_accessible logs": .fail,
          "aws.s3.bucket_not_publicly_accessible data": .pass,
          // The trail was not touched; it relates to the bucket that changed.
          "aws.cloudtrail.trail_bucket_not_public main": .fail,
        ]),
      Change(
        testDescription: "account block public access turned off", block: blocked,
        logsPolicy: publicPolicy, patch: unblocked,
        expected: [
          "aws.s3.account_public_access_block \(S.account)": .fail,
          // No bucket was touched: their exposure reads the account's block.
          "aws.s3.bucket_not_publicly_accessible logs": .fail,
          "aws.s3.bucket_not_publicly_accessible data": .pass,
          "aws.cloudtrail.trail_bucket_not_public main": .fail,
        ]),
      Change(
        testDescription: "bucket deleted", block: blocked, logsPolicy: closedPolicy,
        patch: deleted,
        expected: [
          "aws.s3.bucket_versioning_enabled logs": .pass,
          "aws.s3.bucket_versioning_enabled data": nil,
        ]),
    ]
  }()

  @Test(arguments: changes)
  func matchesAFullEvaluationOfTheMergedInventory(_ change: Change) {
    let before = Self.earlier(block: change.block, logsPolicy: change.logsPolicy)
    let previous = Self.engine.evaluate(before)
    let patched = before.applying(change.patch)
    let touchedTypes = Set(
      patched.touchedIds.compactMap {
        patched.inventory.resource(id: $0)?.type ?? before.resource(id: $0)?.type
      })

    let outcome = IncrementalEvaluation(engine: Self.engine).evaluate(
      patched.inventory, previous: previous, touchedIds: patched.touchedIds,
      touchedTypes: touchedTypes)

    #expect(outcome.findings == Self.engine.evaluate(patched.inventory))
    let statuses = Dictionary(
      outcome.findings.map { ("\($0.checkId) \($0.resourceName)", $0.status) },
      uniquingKeysWith: { first, _ in first })
    for (key, status) in change.expected {
      #expect(statuses[key] == status, "\(key)")
    }
    let notRerun = previous.filter {
      !outcome.rerunRules.contains($0.checkId)
        && !change.patch.removedIds.contains($0.resourceId)
    }
    #expect(outcome.findings.filter { !outcome.rerunRules.contains($0.checkId) } == notRerun)
    #expect(!outcome.rerunRules.isEmpty)
    #expect(outcome.rerunRules.count < Self.rules.rules.count)
  }

  @Test func onlyRulesOverChangedTypesRunAgain() {
    let evaluation = IncrementalEvaluation(engine: Self.engine)

    let forAccount = Set(evaluation.rulesToRerun(touchedTypes: ["aws.account"]).map(\.id))
    let forRegion = Set(evaluation.rulesToRerun(touchedTypes: ["aws.region"]).map(\.id))

    #expect(forAccount.contains("aws.s3.account_public_access_block"))
    #expect(forAccount.contains("aws.s3.bucket_not_publicly_accessible"))
    #expect(forAccount.contains("aws.cloudtrail.trail_bucket_not_public"))
    #expect(!forAccount.contains("aws.s3.bucket_versioning_enabled"))
    #expect(!forAccount.contains("aws.cloudtrail.trail_logging"))
    #expect(forRegion == Set(Self.rules.rules.filter { $0.resourceType == "aws.region" }.map(\.id)))
    #expect(!forRegion.isEmpty)
  }

  @Test func anEarlierNotEvaluatedVerdictStaysWhereItsDataIsMissing() throws {
    // The earlier scan could not read the data bucket's versioning; the store keeps the
    // verdict but not the failure.
    var data = Self.bucket("data")
    data.properties = .object(
      (data.properties.objectValue ?? [:]).filter { $0.key != "Versioning" })
    let failure = CollectionFailure(
      service: "s3", region: "us-east-1", operation: "GetBucketVersioning",
      resourceTypes: ["aws.s3.bucket"], resourceId: data.id, property: "Versioning",
      kind: .accessDenied, permission: "s3:GetBucketVersioning", message: "denied")
    let scanned = Inventory(
      account: S.account, regions: ["us-east-1"],
      resources: [Self.account(Self.blocked), Self.bucket("logs"), data, Self.trail],
      failures: [failure])
    let previous = Self.engine.evaluate(scanned)
    let stored = Inventory(
      account: S.account, regions: ["us-east-1"], resources: scanned.resources)
    var patch = InventoryPatch()
    patch.resources = [Self.bucket("logs", policy: Self.publicPolicy)]
    let patched = stored.applying(patch)

    let outcome = IncrementalEvaluation(engine: Self.engine).evaluate(
      patched.inventory, previous: previous, touchedIds: patched.touchedIds,
      touchedTypes: ["aws.s3.bucket"])

    let check = "aws.s3.bucket_versioning_enabled"
    let before = try #require(previous.first { $0.checkId == check && $0.resourceId == data.id })
    let after = try #require(
      outcome.findings.first { $0.checkId == check && $0.resourceId == data.id })
    #expect(before.status == .notEvaluated)
    #expect(after == before)
    // Judged afresh without the failure, the missing data would have failed instead.
    let afresh = Self.engine.evaluate(patched.inventory).first {
      $0.checkId == check && $0.resourceId == data.id
    }
    #expect(afresh?.status == .fail)
  }
}
