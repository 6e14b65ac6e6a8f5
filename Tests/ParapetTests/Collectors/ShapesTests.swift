import ParapetCore
import Testing

@testable import ParapetCollectors

@Suite struct ShapesTests {
  struct ListCase: CustomTestStringConvertible, Sendable {
    var name: String
    var node: JSONValue?
    var member: String?
    var expected: [JSONValue]
    var testDescription: String { name }
  }

  static let listCases: [ListCase] = [
    ListCase(name: "absent node", node: nil, member: nil, expected: []),
    ListCase(name: "array", node: ["a", "b"], member: nil, expected: ["a", "b"]),
    ListCase(name: "empty XML wrapper", node: "\n  ", member: nil, expected: []),
    ListCase(name: "empty object", node: [:], member: nil, expected: []),
    ListCase(
      name: "lone element without member name", node: ["Name": "x"], member: nil,
      expected: [["Name": "x"]]),
    ListCase(
      name: "wrapper with one named member", node: ["DBInstance": ["Id": "db1"]],
      member: "DBInstance", expected: [["Id": "db1"]]),
    ListCase(
      name: "wrapper with repeated named members",
      node: ["DBInstance": [["Id": "db1"], ["Id": "db2"]]], member: "DBInstance",
      expected: [["Id": "db1"], ["Id": "db2"]]),
  ]

  @Test(arguments: listCases)
  func list(_ testCase: ListCase) {
    #expect(Shapes.list(testCase.node, member: testCase.member) == testCase.expected)
  }

  @Test func tagsFromEveryShape() {
    #expect(Shapes.tags([["Key": "env", "Value": "prod"]]) == ["env": "prod"])
    #expect(Shapes.tags([["TagKey": "team", "TagValue": "sec"]]) == ["team": "sec"])
    #expect(Shapes.tags(["Tag": ["Key": "a", "Value": "1"]]) == ["a": "1"])
    #expect(Shapes.tags(["owner": "me"]) == ["owner": "me"])
    #expect(Shapes.tags(nil) == [:])
  }

  @Test func policyDocumentsDecodeFromURLEncodingAndText() {
    let encoded = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%5D%7D"
    let expected: JSONValue = ["Version": "2012-10-17", "Statement": []]
    #expect(Shapes.policyDocument(.string(encoded)) == expected)
    #expect(Shapes.policyDocument(#"{"Version":"2012-10-17","Statement":[]}"#) == expected)
    #expect(Shapes.policyDocument("not a policy") == "not a policy")
  }

  @Test func nestedPolicyDocumentsAreDecoded() {
    let user: JSONValue = [
      "UserPolicyList": [["PolicyName": "p", "PolicyDocument": "%7B%7D"]]
    ]
    let decoded = Shapes.decodingPolicies(user, keys: ["PolicyDocument"])
    #expect(decoded["UserPolicyList"]?[0]?["PolicyDocument"] == [:])
  }

  @Test func environmentValuesAreRedacted() {
    let variables: JSONValue = ["DB_PASSWORD": "hunter2", "MODE": "prod"]
    #expect(
      Shapes.redactingValues(variables) == ["DB_PASSWORD": "<redacted>", "MODE": "<redacted>"])
  }
}

@Suite struct EC2ShapeTests {
  @Test func xmlNamesBecomeSDKNames() {
    let raw: JSONValue = [
      "reservationSet": [
        [
          "instancesSet": [
            [
              "instanceId": "i-1", "instanceState": ["name": "running"],
              "groupSet": [["groupId": "sg-1"]], "tagSet": [["key": "Name", "value": "web"]],
              "metadataOptions": ["httpTokens": "optional"],
            ]
          ]
        ]
      ]
    ]
    let expected: JSONValue = [
      "Reservations": [
        [
          "Instances": [
            [
              "InstanceId": "i-1", "State": ["Name": "running"],
              "Groups": [["GroupId": "sg-1"]], "Tags": [["Key": "Name", "Value": "web"]],
              "MetadataOptions": ["HttpTokens": "optional"],
            ]
          ]
        ]
      ]
    ]
    #expect(EC2Shape.normalize(raw) == expected)
  }

  @Test(arguments: [
    ("ipPermissions", "IpPermissions"), ("cidrIpv6", "CidrIpv6"), ("groups", "UserIdGroupPairs"),
    ("isPublic", "Public"), ("entrySet", "Entries"), ("CidrIp", "CidrIp"),
    ("status", "State"), ("Status", "State"), ("default", "IsDefault"),
    ("groupDescription", "Description"),
  ])
  func sdkName(_ xml: String, _ sdk: String) {
    #expect(EC2Shape.sdkName(xml) == sdk)
  }
}

@Suite struct ServiceShapeTests {
  @Test func credentialReportRowsAreKeyedByARNAndRoot() {
    let csv = """
      user,arn,password_enabled,mfa_active
      <root_account>,arn:aws:iam::123456789012:root,not_supported,false
      alice,arn:aws:iam::123456789012:user/alice,true,false
      """
    let rows = CredentialReport.rows(csv)
    #expect(rows.count == 2)
    #expect(rows["<root_account>"]?["mfa_active"] == "false")
    #expect(rows["arn:aws:iam::123456789012:user/alice"]?["password_enabled"] == "true")
  }

  @Test(arguments: [("", "us-east-1"), ("EU", "eu-west-1"), ("ap-south-1", "ap-south-1")])
  func bucketRegionFromLocation(_ constraint: String, _ region: String) {
    #expect(S3Collector.region(fromLocation: .string(constraint)) == region)
    #expect(S3Collector.region(fromLocation: ["LocationConstraint": .string(constraint)]) == region)
  }

  @Test func aclGranteesGetTheirType() {
    let acl: JSONValue = [
      "Owner": ["ID": "abc"],
      "AccessControlList": [
        "Grant": [
          ["Grantee": ["ID": "abc"], "Permission": "FULL_CONTROL"],
          [
            "Grantee": ["URI": "http://acs.amazonaws.com/groups/global/AllUsers"],
            "Permission": "READ",
          ],
        ]
      ],
    ]
    let grants = S3Collector.acl(acl)["Grants"]?.arrayValue ?? []
    #expect(grants.map { $0["Grantee"]?["Type"] } == ["CanonicalUser", "Group"])
  }

  @Test func summaryMapEntriesBecomeNumbers() {
    let node: JSONValue = [
      "entry": [["key": "AccountMFAEnabled", "value": "0"], ["key": "Users", "value": "3"]]
    ]
    #expect(IAMCollector.summaryMap(node) == ["AccountMFAEnabled": 0, "Users": 3])
  }

  @Test func snapshotAttributesBecomeAMap() {
    let node: JSONValue = [
      "DBSnapshotAttributes": [
        "DBSnapshotAttribute": [
          "AttributeName": "restore", "AttributeValues": ["AttributeValue": "all"],
        ]
      ]
    ]
    #expect(RDSCollector.attributes(node) == ["restore": ["all"]])
  }
}
