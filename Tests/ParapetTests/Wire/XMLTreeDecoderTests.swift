import Foundation
import ParapetCore
import Testing

@testable import ParapetAWS

@Suite struct XMLTreeDecoderTests {
  private func queryResult(_ fixture: String, action: String) throws -> JSONValue {
    try QueryResponseDecoder.decode(
      Fixture.data("Wire/\(fixture)"), wireProtocol: .query, action: action, service: "iam")
  }

  @Test func oneMemberListIsAnArray() throws {
    let result = try queryResult("iam-list-users-one.xml", action: "ListUsers")
    #expect(
      result == [
        "Users": [
          [
            "Path": "/", "UserName": "alice", "UserId": "AIDAEXAMPLEALICE00001",
            "Arn": "arn:aws:iam::123456789012:user/alice", "CreateDate": "2024-01-02T03:04:05Z",
          ]
        ],
        "IsTruncated": "false",
      ])
  }

  @Test func twoMemberListKeepsOrderAndMarker() throws {
    let result = try queryResult("iam-list-users-two.xml", action: "ListUsers")
    #expect(
      result["Users"]?.arrayValue?.compactMap { $0["UserName"]?.stringValue } == [
        "alice", "bob",
      ])
    #expect(result["Users"]?[1]?["PasswordLastUsed"] == "2024-05-06T07:08:09Z")
    #expect(result["Marker"] == "bob-page-2")
    #expect(result["IsTruncated"]?.boolValue == true)
  }

  @Test func emptyListWrapperBecomesEmptyArrayWhenForced() throws {
    let result = try queryResult("iam-list-users-empty.xml", action: "ListUsers")
    #expect(result["Users"] == "")
    #expect(result.forcingArrays(at: ["Users"])["Users"] == [])
  }

  @Test func ec2ItemListsBecomeArraysWithCapitalisedNames() throws {
    let result = try QueryResponseDecoder.decode(
      Fixture.data("Wire/ec2-describe-security-groups.xml"), wireProtocol: .ec2,
      action: "DescribeSecurityGroups", service: "ec2")
    let forced = result.forcingArrays(at: [
      "SecurityGroupInfo.IpPermissions.Groups", "SecurityGroupInfo.IpPermissions.Ipv6Ranges",
    ])
    #expect(result["RequestId"] == nil)
    #expect(
      forced == [
        "SecurityGroupInfo": [
          [
            "OwnerId": "123456789012", "GroupId": "sg-0a1b2c3d", "GroupName": "web",
            "GroupDescription": "web servers", "VpcId": "vpc-11112222",
            "IpPermissions": [
              [
                "IpProtocol": "tcp", "FromPort": "22", "ToPort": "22", "Groups": [],
                "IpRanges": [["CidrIp": "0.0.0.0/0"]], "Ipv6Ranges": [],
              ]
            ],
            "IpPermissionsEgress": [
              [
                "IpProtocol": "-1",
                "IpRanges": [
                  ["CidrIp": "0.0.0.0/0"], ["CidrIp": "10.0.0.0/8", "Description": "internal"],
                ],
              ]
            ],
            "TagSet": [["Key": "Name", "Value": "web"]],
          ]
        ]
      ])
  }

  @Test func s3AclRepeatedGrantsAndGranteeTypeAttribute() throws {
    let tree = try XMLTreeDecoder().decode(Fixture.data("Wire/s3-get-bucket-acl.xml"))
    let grants = tree.value(at: "AccessControlPolicy.AccessControlList.Grant")
    #expect(tree.value(at: "AccessControlPolicy.Owner.DisplayName") == "webfile")
    #expect(grants?[0]?["Permission"] == "FULL_CONTROL")
    #expect(grants?[0]?.value(at: "Grantee.Type") == "CanonicalUser")
    #expect(
      grants?[1] == [
        "Grantee": ["Type": "Group", "URI": "http://acs.amazonaws.com/groups/global/AllUsers"],
        "Permission": "READ",
      ])
  }

  @Test func singleRepeatedElementIsForcedThroughArrays() {
    let tree: JSONValue = [
      "Buckets": ["Bucket": ["Name": "one"]],
      "Groups": [["Rules": "r"], ["Rules": ["x", "y"]]],
    ]
    let forced = tree.forcingArrays(at: ["Buckets.Bucket", "Groups.Rules", "Missing.Key"])
    #expect(forced["Buckets"]?["Bucket"] == [["Name": "one"]])
    #expect(forced["Groups"] == [["Rules": ["r"]], ["Rules": ["x", "y"]]])
    #expect(forced["Missing"] == nil)
  }

  @Test func actionWithoutResultElementDecodesToEmptyObject() throws {
    let xml =
      "<DeleteUserResponse><ResponseMetadata><RequestId>r</RequestId>"
      + "</ResponseMetadata></DeleteUserResponse>"
    let body = Data(xml.utf8)
    let result = try QueryResponseDecoder.decode(
      body, wireProtocol: .query, action: "DeleteUser", service: "iam")
    #expect(result == [:])
  }

  @Test func malformedXMLIsAnInvalidResponseError() {
    let error = #expect(throws: AWSError.self) {
      try QueryResponseDecoder.decode(
        Data("<ListUsersResponse><oops>".utf8), wireProtocol: .query, action: "ListUsers",
        service: "iam")
    }
    #expect(error?.code == "InvalidResponse")
    #expect(error?.operation == "ListUsers")
  }
}
