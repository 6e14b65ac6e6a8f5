import Foundation
import ParapetCore
import Testing

@testable import ParapetAWS

/// Every protocol end to end through `AWSClient` against moto's server.
@Suite struct AWSClientMotoTests {
  private func client() async throws -> AWSClient {
    let endpoint = try await MotoServer.shared.endpoint()
    return AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint,
        transport: URLSessionTransport(timeout: 10),
        retryPolicy: RetryPolicy(maxAttempts: 2)))
  }

  @Test func stsGetCallerIdentityOverQuery() async throws {
    let client = try await client()
    let identity = try await client.query(
      .sts, region: "us-east-1", action: "GetCallerIdentity", parameters: [:])
    #expect(identity["Account"] == "123456789012")
    #expect(identity["Arn"]?.stringValue?.hasPrefix("arn:aws:") == true)
  }

  @Test func iamUsersAndRolesOverQueryWithMarkerPagination() async throws {
    let client = try await client()
    let prefix = MotoServer.uniqueName("wire")
    let user = try await client.query(
      .iam, region: "us-east-1", action: "CreateUser", parameters: ["UserName": prefix])
    #expect(user.value(at: "User.UserName")?.stringValue == prefix)
    let users = try await client.query(
      .iam, region: "us-east-1", action: "ListUsers", parameters: [:], forceArrays: ["Users"])
    let userNames = users["Users"]?.arrayValue?.compactMap { $0["UserName"]?.stringValue }
    #expect(userNames?.contains(prefix) == true)

    let names = (1...3).map { "\(prefix)-\($0)" }
    for name in names {
      _ = try await client.query(
        .iam, region: "us-east-1", action: "CreateRole",
        parameters: ["RoleName": name, "AssumeRolePolicyDocument": "{}"])
    }
    // moto honours MaxItems on ListRoles (not on ListUsers), so one role per page.
    let pager = try await self.client()
    let roles = try await pager.paginateQuery(
      .iam, region: "us-east-1", action: "ListRoles", parameters: ["MaxItems": "1"],
      tokenKey: "Marker", resultPath: "Roles")

    let listed = roles.compactMap { $0["RoleName"]?.stringValue }.filter { $0.hasPrefix(prefix) }
    #expect(listed.sorted() == names)
    #expect(await pager.statistics.snapshot()["iam"]?.calls == roles.count)
  }

  @Test func ec2RegionsAndSecurityGroupsOverEC2Query() async throws {
    let client = try await client()
    let regions = try await client.query(
      .ec2, region: "us-east-1", action: "DescribeRegions", parameters: [:],
      forceArrays: ["RegionInfo"])
    let regionNames = regions["RegionInfo"]?.arrayValue?.compactMap {
      $0["RegionName"]?.stringValue
    }
    #expect(regionNames?.contains("eu-west-1") == true)

    let name = MotoServer.uniqueName("sg")
    let created = try await client.query(
      .ec2, region: "us-east-1", action: "CreateSecurityGroup",
      parameters: ["GroupName": name, "GroupDescription": "wire test"])
    let groupId = try #require(created["GroupId"]?.stringValue)

    let described = try await client.query(
      .ec2, region: "us-east-1", action: "DescribeSecurityGroups",
      parameters: ["GroupId.1": groupId],
      forceArrays: ["SecurityGroupInfo", "SecurityGroupInfo.IpPermissions"])
    let group = try #require(described["SecurityGroupInfo"]?[0])
    #expect(group["GroupName"]?.stringValue == name)
    #expect(group["GroupDescription"] == "wire test")
    #expect(group["IpPermissions"] == [])
    #expect(group.value(at: "IpPermissionsEgress")?[0]?["IpProtocol"] == "-1")
  }

  @Test func kmsKeysAndLogGroupsOverJSONWithPagination() async throws {
    let client = try await client()
    let created = try await client.json(
      .kms, region: "eu-central-1", action: "CreateKey", body: ["Description": "wire test"])
    let keyId = try #require(created.value(at: "KeyMetadata.KeyId")?.stringValue)
    let keys = try await client.paginateJSON(
      .kms, region: "eu-central-1", action: "ListKeys", tokenKey: "Marker",
      outputTokenKey: "NextMarker", resultPath: "Keys")
    let keyIds = keys.compactMap { $0["KeyId"]?.stringValue }
    #expect(keyIds.contains(keyId))

    let prefix = MotoServer.uniqueName("/wire")
    for index in 1...3 {
      _ = try await client.json(
        .logs, region: "ap-southeast-2", action: "CreateLogGroup",
        body: ["logGroupName": .string("\(prefix)/\(index)")])
    }
    // moto honours `limit` on DescribeLogGroups (not on ListKeys), so one group per page.
    let pager = try await self.client()
    let groups = try await pager.paginateJSON(
      .logs, region: "ap-southeast-2", action: "DescribeLogGroups",
      body: ["limit": 1, "logGroupNamePrefix": .string(prefix)], tokenKey: "nextToken",
      resultPath: "logGroups")
    #expect(
      groups.compactMap { $0["logGroupName"]?.stringValue } == [
        "\(prefix)/1", "\(prefix)/2", "\(prefix)/3",
      ])
    #expect(await pager.statistics.snapshot()["logs"]?.calls == 3)
  }

  @Test func s3BucketAclAndMissingPolicyOverRestXML() async throws {
    let client = try await client()
    let bucket = MotoServer.uniqueName("wire-bucket")
    _ = try await client.rest(
      .s3, region: "us-east-1", operation: "CreateBucket", method: "PUT", path: "/\(bucket)",
      query: [:], headers: [:], body: nil)

    let acl = try await client.restXML(
      .s3, region: "us-east-1", operation: "GetBucketAcl", path: "/\(bucket)",
      query: ["acl": ""], forceArrays: ["AccessControlPolicy.AccessControlList.Grant"])
    let grants = acl.value(at: "AccessControlPolicy.AccessControlList.Grant")
    #expect(grants?[0]?["Permission"] == "FULL_CONTROL")
    #expect(grants?[0]?.value(at: "Grantee.Type") == "CanonicalUser")

    let error = await #expect(throws: AWSError.self) {
      try await client.rest(
        .s3, region: "us-east-1", operation: "GetBucketPolicy", method: "GET",
        path: "/\(bucket)", query: ["policy": ""], headers: [:], body: nil)
    }
    #expect(error?.code == "NoSuchBucketPolicy")
    #expect(error?.category == .notFound)
    #expect(error?.statusCode == 404)
  }

  @Test func s3PolicyComesBackAsRawJSONBytes() async throws {
    let client = try await client()
    let bucket = MotoServer.uniqueName("wire-policy")
    _ = try await client.rest(
      .s3, region: "us-east-1", operation: "CreateBucket", method: "PUT", path: "/\(bucket)",
      query: [:], headers: [:], body: nil)
    let policy =
      #"{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","#
      + #""Action":"s3:*","Resource":"arn:aws:s3:::\#(bucket)/*","#
      + #""Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}"#
    _ = try await client.rest(
      .s3, region: "us-east-1", operation: "PutBucketPolicy", method: "PUT",
      path: "/\(bucket)", query: ["policy": ""], headers: [:], body: Data(policy.utf8))

    let response = try await client.rest(
      .s3, region: "us-east-1", operation: "GetBucketPolicy", method: "GET",
      path: "/\(bucket)", query: ["policy": ""], headers: [:], body: nil)

    #expect(try JSONValue.parse(response.body) == JSONValue.parse(policy))
  }

  @Test func s3ControlWithOverrideSendsAccountHeader() async throws {
    let client = try await client()
    let error = await #expect(throws: AWSError.self) {
      try await client.rest(
        .s3control, region: "us-east-1", operation: "GetPublicAccessBlock", method: "GET",
        path: "/v20180820/configuration/publicAccessBlock", query: [:],
        headers: ["x-amz-account-id": "123456789012"], body: nil)
    }
    #expect(error?.code == "NoSuchPublicAccessBlockConfiguration")
    #expect(error?.category == .notFound)
  }

  @Test func lambdaFunctionsOverRestJSON() async throws {
    let client = try await client()
    let functions = try await client.restJSON(
      .lambda, region: "us-east-1", operation: "ListFunctions", path: "/2015-03-31/functions/")
    #expect(functions["Functions"]?.arrayValue != nil)

    let error = await #expect(throws: AWSError.self) {
      try await client.restJSON(
        .lambda, region: "us-east-1", operation: "GetFunction",
        path: "/2015-03-31/functions/\(MotoServer.uniqueName("missing"))")
    }
    #expect(error?.code == "ResourceNotFoundException")
    #expect(error?.category == .notFound)
  }
}

@Suite struct MotoServerLocatorTests {
  @Test func missingBinaryFailsWithSetupHint() {
    let error = #expect(throws: HelperProcessFailed.self) {
      try MotoServer.locateBinary(
        environment: ["MOTO_SERVER_BIN": "/nonexistent/moto_server"],
        packageRoot: URL(fileURLWithPath: "/nonexistent/root"))
    }
    #expect(
      error?.description
        == "moto_server not found (looked in /nonexistent/moto_server, "
        + "/nonexistent/root/.venv/bin/moto_server); "
        + "run `make setup` to install it, or set MOTO_SERVER_BIN")
  }

  @Test func environmentVariableWinsWhenExecutable() throws {
    #expect(
      try MotoServer.locateBinary(
        environment: ["MOTO_SERVER_BIN": "/bin/sh"],
        packageRoot: URL(fileURLWithPath: "/nonexistent/root"))
        == "/bin/sh")
  }

  /// An interrupted `make setup` leaves a venv without moto: the launcher said so with a
  /// Python traceback, and a venv whose Python is a bare link re-executed it forever.
  @Test func theLauncherNamesAVenvWithoutMotoInOneLine() throws {
    let venv = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("venv"))
    let bin = venv.appendingPathComponent("bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: venv) }
    try FileManager.default.createSymbolicLink(
      atPath: bin.appendingPathComponent("python").path, withDestinationPath: "/usr/bin/python3")

    let process = Process()
    process.executableURL = MotoServer.packageRoot.appendingPathComponent("scripts/moto-server")
    process.arguments = ["-H", "127.0.0.1", "-p", "0"]
    process.environment = ["PATH": "/usr/bin:/bin", "PARAPET_VENV": venv.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let output = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()

    #expect(process.terminationStatus == 1)
    #expect(
      String(decoding: output, as: UTF8.self)
        == "moto-server: moto is not installed in \(venv.path); run `make setup` first\n")
  }

  @Test func theVenvsServerRunsThroughTheProjectLauncher() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("locator"))
    let bin = root.appendingPathComponent(".venv/bin")
    try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let server = bin.appendingPathComponent("moto_server").path
    #expect(
      FileManager.default.createFile(
        atPath: server, contents: Data("#!/bin/sh\n".utf8),
        attributes: [.posixPermissions: 0o755]))

    #expect(
      try MotoServer.locateBinary(environment: [:], packageRoot: root)
        == root.appendingPathComponent("scripts/moto-server").path)
  }
}
