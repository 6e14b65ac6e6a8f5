import Foundation
import ParapetAWS
import ParapetCore
import Testing

@Suite struct CredentialChainTests {
  static let profiles = """
    [default]
    aws_access_key_id = AKIADEFAULT000000001
    aws_secret_access_key = \(Planted.secret)
    [dev]
    aws_access_key_id = AKIADEV0000000000001
    aws_secret_access_key = \(Planted.secret)
    aws_session_token = \(Planted.token)
    [prod]
    aws_access_key_id = AKIAPROD000000000001
    aws_secret_access_key = \(Planted.secret)
    """

  @Test func environmentKeysCarryTheSessionToken() async throws {
    var world = TestWorld()
    world.environment["AWS_ACCESS_KEY_ID"] = "ASIAENVIRONMENT00001"
    world.environment["AWS_SECRET_ACCESS_KEY"] = Planted.secret
    world.environment["AWS_SESSION_TOKEN"] = Planted.token

    let resolved = try await world.chain.resolve(profile: nil)
    let credentials = try await resolved.provider.credentials()

    #expect(resolved.source == "environment variables")
    #expect(credentials.accessKeyId == "ASIAENVIRONMENT00001")
    #expect(credentials.sessionToken == Planted.token)
    #expect(credentials.description == "AWSCredentials(ASIA************0001 from environment)")
  }

  struct SelectionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var explicit: String?
    var awsProfile: String?
    var environmentKeys: Bool
    var source: String
    var keyId: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    SelectionCase(
      name: "--profile beats AWS_PROFILE and environment keys", explicit: "dev",
      awsProfile: "prod", environmentKeys: true, source: "profile dev (static keys)",
      keyId: "AKIADEV0000000000001"),
    SelectionCase(
      name: "environment keys beat AWS_PROFILE", explicit: nil, awsProfile: "prod",
      environmentKeys: true, source: "environment variables", keyId: "AKIAENVIRONMENT00001"),
    SelectionCase(
      name: "AWS_PROFILE without environment keys", explicit: nil, awsProfile: "prod",
      environmentKeys: false, source: "profile prod (static keys)",
      keyId: "AKIAPROD000000000001"),
    SelectionCase(
      name: "default profile last", explicit: nil, awsProfile: nil, environmentKeys: false,
      source: "profile default (static keys)", keyId: "AKIADEFAULT000000001"),
  ])
  func profileSelectionPrecedence(_ example: SelectionCase) async throws {
    var world = TestWorld()
    world.credentials = Self.profiles
    world.environment["AWS_PROFILE"] = example.awsProfile
    if example.environmentKeys {
      world.environment["AWS_ACCESS_KEY_ID"] = "AKIAENVIRONMENT00001"
      world.environment["AWS_SECRET_ACCESS_KEY"] = Planted.secret
    }

    let resolved = try await world.chain.resolve(profile: example.explicit)

    #expect(resolved.source == example.source)
    #expect(try await resolved.provider.credentials().accessKeyId == example.keyId)
  }

  @Test func missingProfileListsTheOnesThatExist() async {
    var world = TestWorld()
    world.credentials = Self.profiles
    world.config = "[profile staging]\nregion = eu-west-1\n"

    let message = await credentialError { _ = try await world.chain.resolve(profile: "qa") }

    #expect(
      message == "profile 'qa' not found in the AWS config or credentials file (profiles that "
        + "exist: default, dev, prod, staging); pass one of them with --profile or AWS_PROFILE")
  }

  @Test func roleChainAssumesInOrderWithExternalIdsAndSessionNames() async throws {
    var world = TestWorld()
    world.credentials = Self.profiles
    world.config = """
      [profile middle]
      role_arn = arn:aws:iam::111111111111:role/Middle
      source_profile = dev
      external_id = ext-middle
      [profile audit]
      role_arn = arn:aws:iam::222222222222:role/Audit
      source_profile = middle
      external_id = ext-audit
      role_session_name = parapet-audit
      duration_seconds = 1800
      region = eu-north-1
      """

    let resolved = try await world.chain.resolve(profile: "audit")
    let credentials = try await resolved.provider.credentials()
    let calls = await world.recorder.calls

    #expect(
      resolved.source == "assume-role arn:aws:iam::222222222222:role/Audit (profile audit) "
        + "<- assume-role arn:aws:iam::111111111111:role/Middle (profile middle) "
        + "<- profile dev (static keys)")
    #expect(
      calls == [
        STSCall(
          action: "AssumeRole", region: "eu-north-1",
          parameters: [
            "RoleArn": "arn:aws:iam::111111111111:role/Middle",
            "RoleSessionName": "parapet-1700000000", "ExternalId": "ext-middle",
          ], signedWith: "AKIADEV0000000000001"),
        STSCall(
          action: "AssumeRole", region: "eu-north-1",
          parameters: [
            "RoleArn": "arn:aws:iam::222222222222:role/Audit", "RoleSessionName": "parapet-audit",
            "ExternalId": "ext-audit", "DurationSeconds": "1800",
          ], signedWith: "ASIAMIDDLE1"),
      ])
    #expect(credentials.accessKeyId == "ASIAAUDIT2")
    #expect(credentials.source == "assume-role arn:aws:iam::222222222222:role/Audit")
  }

  @Test func sourceProfileCycleIsReported() async {
    var world = TestWorld()
    world.config = """
      [profile a]
      role_arn = arn:aws:iam::111111111111:role/A
      source_profile = b
      [profile b]
      role_arn = arn:aws:iam::111111111111:role/B
      source_profile = c
      [profile c]
      role_arn = arn:aws:iam::111111111111:role/C
      source_profile = a
      """

    let message = await credentialError { _ = try await world.chain.resolve(profile: "a") }

    #expect(
      message == "source_profile references form a cycle: a -> b -> c -> a; point the last "
        + "profile at one with credentials")
  }

  @Test func profileMayUseItsOwnKeysAsSource() async throws {
    var world = TestWorld()
    world.credentials = """
      [self]
      aws_access_key_id = AKIASELF000000000001
      aws_secret_access_key = \(Planted.secret)
      role_arn = arn:aws:iam::111111111111:role/Self
      source_profile = self
      """

    _ = try await world.chain.resolve(profile: "self").provider.credentials()

    #expect(await world.recorder.calls.map(\.signedWith) == ["AKIASELF000000000001"])
  }

  @Test func credentialSourceEnvironmentSignsWithEnvironmentKeys() async throws {
    var world = TestWorld()
    world.environment["AWS_ACCESS_KEY_ID"] = "AKIAENVIRONMENT00001"
    world.environment["AWS_SECRET_ACCESS_KEY"] = Planted.secret
    world.config = """
      [profile ci]
      role_arn = arn:aws:iam::111111111111:role/Ci
      credential_source = Environment
      """

    let resolved = try await world.chain.resolve(profile: "ci")
    _ = try await resolved.provider.credentials()

    #expect(
      resolved.source
        == "assume-role arn:aws:iam::111111111111:role/Ci (profile ci) <- environment variables")
    #expect(await world.recorder.calls.map(\.signedWith) == ["AKIAENVIRONMENT00001"])
    #expect(await world.recorder.calls.map(\.region) == ["us-east-1"])
  }

  struct ProfileErrorCase: Sendable, CustomTestStringConvertible {
    var name: String
    var config: String
    var message: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    ProfileErrorCase(
      name: "mfa_serial",
      config: "role_arn = arn:aws:iam::1:role/R\nsource_profile = x\n"
        + "mfa_serial = arn:aws:iam::1:mfa/me",
      message: "profile 'p' requires an MFA code (mfa_serial = arn:aws:iam::1:mfa/me), which "
        + "a non-interactive scan cannot prompt for; export temporary credentials from 'aws "
        + "sts get-session-token' or 'aws configure export-credentials' instead"),
    ProfileErrorCase(
      name: "role without source", config: "role_arn = arn:aws:iam::1:role/R",
      message: "profile 'p': role_arn needs source_profile, credential_source or "
        + "web_identity_token_file"),
    ProfileErrorCase(
      name: "both sources",
      config:
        "role_arn = arn:aws:iam::1:role/R\nsource_profile = x\ncredential_source = Environment",
      message: "profile 'p': set source_profile or credential_source, not both"),
    ProfileErrorCase(
      name: "unknown credential_source",
      config: "role_arn = arn:aws:iam::1:role/R\ncredential_source = Laptop",
      message: "profile 'p': credential_source 'Laptop' is not one of Environment, "
        + "Ec2InstanceMetadata, EcsContainer"),
    ProfileErrorCase(
      name: "bad duration",
      config: "role_arn = arn:aws:iam::1:role/R\nsource_profile = x\nduration_seconds = 1h",
      message: "profile 'p': duration_seconds '1h' is not a positive whole number"),
    ProfileErrorCase(
      name: "half a key pair", config: "aws_access_key_id = AKIAHALF000000000001",
      message: "profile 'p': an access key without aws_secret_access_key; set both or neither"),
  ])
  func invalidProfilesFailWithClearMessages(_ example: ProfileErrorCase) async {
    var world = TestWorld()
    world.config = "[profile p]\n\(example.config)\n[profile x]\nregion = us-east-1\n"

    let message = await credentialError { _ = try await world.chain.resolve(profile: "p") }

    #expect(message == example.message)
  }

  @Test func webIdentityFromEnvironmentIsSentUnsigned() async throws {
    var world = TestWorld()
    world.environment["AWS_WEB_IDENTITY_TOKEN_FILE"] = "/var/run/secrets/token"
    world.environment["AWS_ROLE_ARN"] = "arn:aws:iam::111111111111:role/Pod"
    world.environment["AWS_ROLE_SESSION_NAME"] = "pod-session"
    world.environment["AWS_REGION"] = "ap-south-1"
    world.files["/var/run/secrets/token"] = "\(Planted.webToken)\n"

    let resolved = try await world.chain.resolve(profile: nil)
    let credentials = try await resolved.provider.credentials()

    #expect(resolved.source == "web identity arn:aws:iam::111111111111:role/Pod (environment)")
    #expect(credentials.accessKeyId == "ASIAPOD1")
    #expect(
      await world.recorder.calls == [
        STSCall(
          action: "AssumeRoleWithWebIdentity", region: "ap-south-1",
          parameters: [
            "RoleArn": "arn:aws:iam::111111111111:role/Pod", "RoleSessionName": "pod-session",
            "WebIdentityToken": Planted.webToken,
          ], signedWith: "")
      ])
  }

  @Test func webIdentityFromProfileReadsTheTokenFile() async throws {
    var world = TestWorld()
    world.config = """
      [profile eks]
      role_arn = arn:aws:iam::111111111111:role/Eks
      web_identity_token_file = ~/token
      role_session_name = eks-session
      """
    world.files["\(TestWorld.home)/token"] = Planted.webToken

    let resolved = try await world.chain.resolve(profile: "eks")
    _ = try await resolved.provider.credentials()
    let calls = await world.recorder.calls

    #expect(resolved.source == "web identity arn:aws:iam::111111111111:role/Eks (profile eks)")
    #expect(calls.map(\.action) == ["AssumeRoleWithWebIdentity"])
    #expect(calls.first?.parameters["WebIdentityToken"] == Planted.webToken)
    #expect(calls.first?.parameters["RoleSessionName"] == "eks-session")
    #expect(calls.first?.signedWith == "")
  }

  @Test func nothingConfiguredListsEverySourceTried() async {
    let world = TestWorld()

    let message = await credentialError { _ = try await world.chain.resolve(profile: nil) }

    #expect(
      message == "no AWS credentials found (tried: environment variables, web identity "
        + "(AWS_WEB_IDENTITY_TOKEN_FILE), profile default, container credentials endpoint, "
        + "instance metadata (IMDS)); set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
        + "pass --profile")
  }

  @Test func noSecretInAnyDescriptionOrError() async throws {
    var world = TestWorld()
    world.credentials = Self.profiles
    world.config = """
      [profile role]
      role_arn = arn:aws:iam::111111111111:role/Denied
      source_profile = dev
      [profile pod]
      role_arn = arn:aws:iam::111111111111:role/Pod
      web_identity_token_file = /token
      """
    world.files["/token"] = Planted.webToken
    await world.recorder.setFailure(
      AWSError(
        code: "AccessDenied", message: "not authorized to perform sts:AssumeRole",
        statusCode: 403, service: "sts", operation: "AssumeRole"))
    var texts: [String] = []

    for profile in ["dev", "role", "pod"] {
      let resolved = try await world.chain.resolve(profile: profile)
      texts.append(resolved.source)
      do {
        texts.append(try await resolved.provider.credentials().description)
      } catch {
        texts.append("\(error)")
      }
    }

    #expect(
      texts == [
        "profile dev (static keys)", "AWSCredentials(AKIA************0001 from profile dev)",
        "assume-role arn:aws:iam::111111111111:role/Denied (profile role) <- profile dev "
          + "(static keys)",
        "sts:AssumeRole for arn:aws:iam::111111111111:role/Denied failed: AccessDenied: not "
          + "authorized to perform sts:AssumeRole",
        "web identity arn:aws:iam::111111111111:role/Pod (profile pod)",
        "sts:AssumeRoleWithWebIdentity for arn:aws:iam::111111111111:role/Pod failed: "
          + "AccessDenied: not authorized to perform sts:AssumeRole",
      ])
    for text in texts {
      #expect(!Planted.all.contains(where: text.contains), "\(text)")
    }
  }
}
