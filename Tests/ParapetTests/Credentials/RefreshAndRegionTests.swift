import Foundation
import ParapetAWS
import Testing

@Suite struct RefreshTests {
  @Test func assumedRoleIsCachedThenRefreshedBeforeExpiry() async throws {
    var world = TestWorld()
    world.credentials = CredentialChainTests.profiles
    world.config = "[profile r]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = dev\n"
    let provider = try await world.chain.resolve(profile: "r").provider

    let first = try await provider.credentials()
    world.clock.advance(by: 3000)
    let cached = try await provider.credentials()
    world.clock.advance(by: 400)
    let refreshed = try await provider.credentials()

    #expect(first.accessKeyId == "ASIAR1")
    #expect(cached.accessKeyId == "ASIAR1")
    #expect(refreshed.accessKeyId == "ASIAR2")
    #expect(await world.recorder.calls.count == 2)
  }

  @Test func failedRefreshKeepsUnexpiredCredentialsThenThrows() async throws {
    let clock = TestClock(Date(timeIntervalSince1970: 0))
    let failing = FailSwitch()
    let provider = RefreshingCredentialProvider(refreshMargin: 300, now: { clock.now }) {
      if await failing.on { throw CredentialError.noCredentials(tried: ["test"]) }
      return AWSCredentials(
        accessKeyId: "ASIAFIRST", secretAccessKey: Planted.secret,
        expiration: Date(timeIntervalSince1970: 600), source: "test")
    }

    _ = try await provider.credentials()
    await failing.turnOn()
    clock.advance(by: 400)
    let stillValid = try await provider.credentials()
    clock.advance(by: 300)

    #expect(stillValid.accessKeyId == "ASIAFIRST")
    await #expect(throws: CredentialError.noCredentials(tried: ["test"])) {
      try await provider.credentials()
    }
  }
}

actor FailSwitch {
  var on = false
  func turnOn() { on = true }
}

@Suite struct RegionTests {
  struct RegionCase: Sendable, CustomTestStringConvertible {
    var name: String
    var explicit: String?
    var environment: [String: String]
    var expected: RegionResolution?
    var testDescription: String { name }
  }

  @Test(arguments: [
    RegionCase(
      name: "--region first", explicit: "us-west-1",
      environment: ["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "eu-west-2"],
      expected: RegionResolution(region: "us-west-1", source: "--region")),
    RegionCase(
      name: "AWS_REGION over AWS_DEFAULT_REGION", explicit: nil,
      environment: ["AWS_REGION": "eu-west-1", "AWS_DEFAULT_REGION": "eu-west-2"],
      expected: RegionResolution(region: "eu-west-1", source: "AWS_REGION")),
    RegionCase(
      name: "AWS_DEFAULT_REGION over profile", explicit: nil,
      environment: ["AWS_DEFAULT_REGION": "eu-west-2"],
      expected: RegionResolution(region: "eu-west-2", source: "AWS_DEFAULT_REGION")),
    RegionCase(
      name: "default profile", explicit: nil, environment: [:],
      expected: RegionResolution(region: "ca-central-1", source: "profile default")),
    RegionCase(
      name: "AWS_PROFILE", explicit: nil, environment: ["AWS_PROFILE": "dev"],
      expected: RegionResolution(region: "sa-east-1", source: "profile dev")),
    RegionCase(
      name: "none", explicit: nil, environment: ["AWS_PROFILE": "bare"], expected: nil),
  ])
  func regionPrecedence(_ example: RegionCase) async throws {
    var world = TestWorld()
    world.environment.merge(example.environment) { _, new in new }
    world.config = """
      [default]
      region = ca-central-1
      [profile dev]
      region = sa-east-1
      [profile bare]
      output = json
      """

    let region = try await RegionResolver(context: world.context).resolve(
      explicit: example.explicit, profile: nil)

    #expect(region == example.expected)
  }

  @Test func endpointOverridesFollowSDKPrecedence() throws {
    var world = TestWorld()
    world.config = """
      [profile local]
      endpoint_url = http://127.0.0.1:5000
      services = emulator
      [services emulator]
      s3 =
        endpoint_url = http://127.0.0.1:5001
      """
    let fromProfile = try EndpointConfiguration.resolve(context: world.context, profile: "local")
    world.environment["AWS_ENDPOINT_URL_S3"] = "http://127.0.0.1:6001"
    world.environment["AWS_ENDPOINT_URL"] = "http://127.0.0.1:6000"
    let fromEnvironment = try EndpointConfiguration.resolve(
      context: world.context, profile: "local")

    #expect(fromProfile.url(for: .s3) == "http://127.0.0.1:5001")
    #expect(fromProfile.url(for: .iam) == "http://127.0.0.1:5000")
    #expect(fromEnvironment.url(for: .s3) == "http://127.0.0.1:6001")
    #expect(fromEnvironment.url(for: .iam) == "http://127.0.0.1:6000")
  }
}
