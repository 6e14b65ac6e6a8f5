import Foundation
import ParapetCore
import ParapetDetect
import Testing

@testable import ParapetCollectors

/// The event-to-resource map over CloudTrail records shaped as AWS writes them
/// (`Fixtures/CloudTrail/change-events.json`, one record per case, named by `eventID`),
/// read with the detection reader a rescan uses.
@Suite struct ChangeEventMapTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var event: String
    /// Target descriptions (`service region type id`), or `ignored: REASON`.
    var expected: [String]
    var testDescription: String { event }

    init(_ event: String, _ expected: String...) {
      self.event = event
      self.expected = expected
    }
  }

  static let account = "111122223333"
  static let bucket = "s3 us-east-1 aws.s3.bucket amzn-s3-demo-bucket"
  static let group = "ec2 us-east-1 aws.ec2.security_group sg-0a1b2c3d4e5f60718"
  static let instance1 = "ec2 us-east-1 aws.ec2.instance i-0aaaaaaaaaaaaaaa1"
  static let instance2 = "ec2 us-east-1 aws.ec2.instance i-0aaaaaaaaaaaaaaa2"
  static let volume = "ec2 us-east-1 aws.ec2.volume vol-0bbbbbbbbbbbbbbb1"
  static let key = "kms us-east-1 aws.kms.key 1234abcd-12ab-34cd-56ef-1234567890ab"
  static let trail = "cloudtrail us-east-1 aws.cloudtrail.trail management-events"
  static let function = "lambda us-east-1 aws.lambda.function resize"
  static let bob = "iam global aws.iam.user bob"

  static let cases: [Case] = [
    Case("s3-put-bucket-policy", bucket), Case("s3-delete-bucket-policy", bucket),
    Case("s3-put-bucket-acl", bucket), Case("s3-put-public-access-block", bucket),
    Case("s3-delete-public-access-block", bucket), Case("s3-put-bucket-encryption", bucket),
    Case("s3-put-bucket-versioning", bucket), Case("s3-put-bucket-logging", bucket),
    Case("s3-put-ownership-controls", bucket),
    Case("s3-create-bucket", "s3 eu-west-1 aws.s3.bucket amzn-s3-demo-new"),
    Case("s3-delete-bucket", "s3 us-east-1 aws.s3.bucket amzn-s3-demo-old"),
    Case("s3-account-public-access-block", "s3 global aws.account S3PublicAccessBlock"),
    Case("s3-delete-account-public-access-block", "s3 global aws.account S3PublicAccessBlock"),
    Case("s3-put-object-data-event", "ignored: data event"),
    Case("s3-get-bucket-policy-read-only", "ignored: read-only"),
    Case("ec2-authorize-ingress", group), Case("ec2-revoke-egress", group),
    Case("ec2-authorize-ingress-by-name", "ec2 us-east-1 (whole service)"),
    Case("ec2-authorize-ingress-failed", "ignored: failed call"),
    Case("ec2-create-security-group", "ec2 eu-west-1 aws.ec2.security_group sg-0fedcba9876543210"),
    Case("ec2-delete-security-group", group), Case("ec2-modify-security-group-rules", group),
    Case("ec2-run-instances", instance1, instance2),
    Case("ec2-modify-metadata-options", instance1),
    Case("ec2-modify-instance-attribute", instance2), Case("ec2-terminate-instances", instance2),
    Case("ec2-create-volume", volume), Case("ec2-modify-volume-attribute", volume),
    Case("ec2-attach-volume", instance1, volume),
    Case("ec2-modify-snapshot-attribute", "ec2 us-east-1 aws.ec2.snapshot snap-0ccccccccccccccc1"),
    Case("ec2-create-snapshot", "ec2 us-east-1 aws.ec2.snapshot snap-0ccccccccccccccc2"),
    Case("ec2-enable-ebs-default-encryption", "ec2 eu-west-1 aws.region EbsEncryptionByDefault"),
    Case("ec2-disable-ebs-default-encryption", "ec2 us-east-1 aws.region EbsEncryptionByDefault"),
    // The VPC has no targeted read: it takes EC2 in the region along.
    Case("ec2-create-tags", "ec2 us-east-1 (whole service)", group),
    Case("ec2-create-network-interface", "ignored: changes nothing Parapet reads"),
    Case("ec2-create-route", "ec2 us-east-1 (whole service)"),
    Case("ec2-describe-instances-read-only", "ignored: read-only"),
    Case(
      "iam-attach-user-policy",
      "iam global aws.iam.policy arn:aws:iam::aws:policy/AdministratorAccess", bob),
    Case("iam-put-role-policy", "iam global aws.iam.role deploy"),
    Case(
      "iam-detach-group-policy", "iam global aws.iam.group admins",
      "iam global aws.iam.policy arn:aws:iam::111122223333:policy/deploy"),
    Case("iam-create-access-key", bob), Case("iam-update-access-key", bob),
    Case("iam-create-login-profile", bob), Case("iam-deactivate-mfa-device", bob),
    Case("iam-update-password-policy", "iam global aws.account PasswordPolicy"),
    Case(
      "iam-set-default-policy-version",
      "iam global aws.iam.policy arn:aws:iam::111122223333:policy/deploy"),
    Case("iam-create-service-linked-role", "iam global (whole service)"),
    Case("kms-disable-key-rotation", key), Case("kms-enable-key-rotation", key),
    Case("kms-put-key-policy", key), Case("kms-schedule-key-deletion", key),
    Case("kms-decrypt-read-only", "ignored: read-only"),
    // Called in eu-west-1 on a key ARN: the ARN's region is where the key is read.
    Case("kms-create-grant", key),
    Case("cloudtrail-stop-logging", trail), Case("cloudtrail-start-logging", trail),
    Case("cloudtrail-update-trail", trail), Case("cloudtrail-put-event-selectors", trail),
    Case("cloudtrail-delete-trail", "cloudtrail eu-west-1 aws.cloudtrail.trail old-trail"),
    Case("rds-modify-db-instance", "rds us-east-1 aws.rds.instance orders-db"),
    Case("rds-create-db-instance", "rds us-east-1 aws.rds.instance reports-db"),
    Case("rds-modify-snapshot-attribute", "rds us-east-1 aws.rds.snapshot orders-snap"),
    Case("rds-modify-db-cluster", "rds us-east-1 (whole service)"),
    Case("lambda-add-permission", function),
    Case("lambda-update-function-configuration", function),
    Case("lambda-invoke-data-event", "ignored: data event"),
    Case("sqs-set-queue-attributes", "sqs eu-west-1 (whole service)"),
    Case(
      "elb-create-load-balancer", "elb us-east-1 (whole service)",
      "elbv2 us-east-1 (whole service)"),
    Case("sts-assume-role", "ignored: read-only"),
    Case("sts-get-federation-token", "ignored: not collected by Parapet"),
    Case("ec2-other-account", "ignored: another account"),
  ]

  /// Every record of the fixture, by event id, read as a rescan reads files.
  static let records: [String: JSONValue] = {
    var reader = CloudTrailRecords()
    var byId: [String: JSONValue] = [:]
    reader.read(path: Fixture.path("CloudTrail/change-events.json")) { record in
      if let id = record["eventID"]?.stringValue { byId[id] = record }
    }
    return byId
  }()

  @Test(arguments: cases)
  func mapsTheEvent(_ test: Case) throws {
    let record = try #require(Self.records[test.event], "no record \(test.event) in fixture")
    let event = try #require(ChangeEvent(record: record))

    let verdict = ChangeEventMap.verdict(for: event, account: Self.account)

    switch verdict {
    case .touches(let targets): #expect(targets.map(\.description) == test.expected)
    case .ignored(let reason): #expect(["ignored: \(reason.rawValue)"] == test.expected)
    }
  }

  @Test func everyFixtureRecordHasACase() {
    #expect(Set(Self.records.keys) == Set(Self.cases.map(\.event)))
    #expect(Self.records.count == Self.cases.count)
  }

  @Test func touchedResourcesCountTheIgnoredAndKeepTheScope() {
    var touched = TouchedResources(account: Self.account) { target in
      target.service != "lambda" && (target.region == "us-east-1" || target.region == "global")
    }
    for record in Self.records.values.sorted(by: { "\($0)" < "\($1)" }) {
      touched.add(record: record)
    }
    touched.add(record: ["hello": "world"])

    #expect(touched.events == 70)
    #expect(touched.notEvents == 1)
    #expect(
      touched.ignored.mapValues { $0.values.reduce(0, +) } == [
        .readOnly: 4, .failed: 1, .dataEvent: 2, .otherAccount: 1, .unknown: 1, .noEffect: 1,
        .outOfScope: 7,
      ])
    #expect(
      touched.ignored[.outOfScope] == [
        "s3:CreateBucket": 1, "ec2:CreateSecurityGroup": 1, "ec2:EnableEbsEncryptionByDefault": 1,
        "cloudtrail:DeleteTrail": 1, "lambda:AddPermission": 1,
        "lambda:UpdateFunctionConfiguration": 1, "sqs:SetQueueAttributes": 1,
      ])
    #expect(touched.ignoredCount == 17)
    #expect(
      touched.targets[
        ResourceTarget(
          service: "s3", region: "us-east-1", type: "aws.s3.bucket", id: "amzn-s3-demo-bucket")]
        == [
          "s3:PutBucketPolicy", "s3:DeleteBucketPolicy", "s3:PutBucketAcl",
          "s3:PutBucketPublicAccessBlock", "s3:DeleteBucketPublicAccessBlock",
          "s3:PutBucketEncryption", "s3:PutBucketVersioning", "s3:PutBucketLogging",
          "s3:PutBucketOwnershipControls",
        ])
  }

  /// A captured LookupEvents response (moto has no LookupEvents) reads like a log file.
  @Test func aLookupEventsPageReadsAsRecords() throws {
    let page = try JSONValue.parse(Fixture.data("CloudTrail/lookup-events-page.json"))
    let document = CloudTrailLogSource.recordsDocument(fromLookupPage: page)
    var reader = CloudTrailRecords()
    var touched = TouchedResources(account: "123456789012") { $0.service != "iam" }

    reader.read(bytes: Array(document.utf8), label: "LookupEvents page 1") {
      touched.add(record: $0)
    }

    #expect(reader.records == 4)
    #expect(reader.problems.isEmpty)
    #expect(
      touched.sortedTargets.map(\.description) == [
        "s3 eu-west-2 aws.s3.bucket parapet-lookup-gone",
        "s3 eu-west-2 aws.s3.bucket parapet-lookup-open",
      ])
    #expect(
      touched.ignored == [
        .noEffect: ["ec2:CreateNetworkInterface": 1], .outOfScope: ["iam:AttachUserPolicy": 1],
      ])
  }

  @Test(
    arguments: [
      ("AddPermission20150331v2", "AddPermission"), ("CreateFunction20150331", "CreateFunction"),
      ("UpdateFunctionConfiguration20150331v2", "UpdateFunctionConfiguration"),
      ("PublishLayerVersion20181031", "PublishLayerVersion"), ("Invoke", "Invoke"),
      ("GetFunction20150331v2", "GetFunction"),
    ])
  func lambdaEventNamesLoseTheirAPIVersion(_ raw: String, _ name: String) {
    #expect(ChangeEvent.withoutAPIVersion(raw) == name)
  }

  @Test(
    arguments: [
      ("arn:aws:kms:eu-west-1:111122223333:key/k-1", "aws.kms.key", "k-1", "eu-west-1"),
      (
        "arn:aws:cloudtrail:us-east-2:111122223333:trail/main", "aws.cloudtrail.trail", "main",
        "us-east-2"
      ),
      (
        "arn:aws:lambda:us-east-1:111122223333:function:f:prod", "aws.lambda.function", "f",
        "us-east-1"
      ),
      ("111122223333:function:f", "aws.lambda.function", "f", nil),
      ("f:live", "aws.lambda.function", "f", nil),
      ("arn:aws:rds:us-east-1:111122223333:db:orders", "aws.rds.instance", "orders", "us-east-1"),
      (
        "arn:aws:iam::aws:policy/ReadOnlyAccess", "aws.iam.policy",
        "arn:aws:iam::aws:policy/ReadOnlyAccess", nil
      ),
    ] as [(String, String, String, String?)])
  func identifiersAreWhatTheCollectorAsksFor(
    _ raw: String, _ type: String, _ id: String, _ region: String?
  ) {
    let found = ChangeEventMap.identifier(raw, type: type)
    #expect(found.id == id)
    #expect(found.region == region)
  }
}
