import Foundation
import ParapetCore
import Testing

@testable import ParapetAWS

/// Records requested waits and returns at once.
actor RecordingSleeper: Sleeper {
  private(set) var waits: [Double] = []

  func sleep(seconds: Double) async throws {
    waits.append(seconds)
  }
}

/// Sends through a real transport and keeps a copy of every request.
final class RecordingTransport: HTTPTransport, @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [HTTPRequest] = []
  private let inner = URLSessionTransport(timeout: 5)

  var requests: [HTTPRequest] {
    lock.withLock { recorded }
  }

  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    lock.withLock { recorded.append(request) }
    return try await inner.send(request)
  }
}

/// The client's retry, rate-limit and transport behaviour against a loopback server.
@Suite struct AWSClientRetryTests {
  private static let probe = AWSService(
    endpointPrefix: "probe", apiVersion: "2020-01-01", wireProtocol: .query,
    environmentId: "PROBE")

  private func client(
    scenario: String, maxAttempts: Int = 5, sleeper: RecordingSleeper,
    credentials: TestCredentials = TestCredentials(), transport: (any HTTPTransport)? = nil
  ) async throws -> (AWSClient, key: String) {
    let key = MotoServer.uniqueName("t")
    let base = try await FlakyServer.shared.baseURL()
    let configuration = AWSClientConfiguration(
      credentials: credentials,
      endpointOverride: base.appendingPathComponent(key).appendingPathComponent(scenario),
      transport: transport ?? URLSessionTransport(timeout: 5),
      retryPolicy: RetryPolicy(maxAttempts: maxAttempts, jitter: { $0 }), sleeper: sleeper)
    return (AWSClient(configuration: configuration), key)
  }

  @Test func aBrokenJSONAnswerNamesTheOperationAndWhereItBroke() async throws {
    let jsonProbe = AWSService(
      endpointPrefix: "probe", apiVersion: "2020-01-01",
      wireProtocol: .json(targetPrefix: "Probe_20200101", version: "1.1"),
      environmentId: "PROBE")
    let (client, _) = try await client(scenario: "broken-json", sleeper: RecordingSleeper())

    let error = await #expect(throws: AWSError.self) {
      try await client.json(jsonProbe, region: "us-east-1", action: "Probe", body: [:])
    }

    #expect(error?.code == "InvalidResponse")
    #expect(
      error?.message == "Probe response: invalid JSON at line 1, column 13: "
        + "expected a value, found the end of the input")
  }

  @Test func serviceUnavailableIsRetriedUntilSuccess() async throws {
    let sleeper = RecordingSleeper()
    let (client, key) = try await client(scenario: "status-503-2", sleeper: sleeper)

    let result = try await client.query(
      Self.probe, region: "us-east-1", action: "Probe", parameters: [:])

    #expect(result == ["Attempt": "3"])
    #expect(try await FlakyServer.shared.requestCount(key: key) == 3)
    #expect(await sleeper.waits == [0.1, 0.2])
    #expect(
      await client.statistics.snapshot()["probe"]
        == ServiceStatistics(calls: 3, retries: 2, failures: 0))
  }

  @Test func throttlingGivesUpAfterMaxAttempts() async throws {
    let sleeper = RecordingSleeper()
    let (client, key) = try await client(scenario: "throttle-9", maxAttempts: 3, sleeper: sleeper)

    let error = await #expect(throws: AWSError.self) {
      try await client.query(Self.probe, region: "us-east-1", action: "Probe", parameters: [:])
    }

    #expect(error?.code == "Throttling")
    #expect(error?.category == .throttling)
    #expect(error?.requestId == "req-3")
    #expect(try await FlakyServer.shared.requestCount(key: key) == 3)
    #expect(await sleeper.waits == [0.1, 0.2])
    #expect(
      await client.statistics.totals() == ServiceStatistics(calls: 3, retries: 2, failures: 1))
  }

  @Test func accessDeniedIsNotRetried() async throws {
    let sleeper = RecordingSleeper()
    let (client, key) = try await client(scenario: "deny", sleeper: sleeper)

    let error = await #expect(throws: AWSError.self) {
      try await client.query(Self.probe, region: "us-east-1", action: "Probe", parameters: [:])
    }

    #expect(
      error?.description == "probe:Probe failed with AccessDenied (HTTP 403): not allowed")
    #expect(error?.category == .accessDenied)
    #expect(try await FlakyServer.shared.requestCount(key: key) == 1)
    #expect(await sleeper.waits == [])
  }

  @Test func unreachableEndpointFailsFastNamingTheURL() async throws {
    let sleeper = RecordingSleeper()
    let configuration = AWSClientConfiguration(
      credentials: TestCredentials(), endpointOverride: URL(string: "http://127.0.0.1:1"),
      transport: URLSessionTransport(timeout: 3),
      retryPolicy: RetryPolicy(maxAttempts: 2, jitter: { $0 }), sleeper: sleeper)
    let client = AWSClient(configuration: configuration)
    let started = Date()

    let error = await #expect(throws: AWSError.self) {
      try await client.query(
        .sts, region: "us-east-1", action: "GetCallerIdentity", parameters: [:])
    }

    // Not the minutes of a hung connection with its retries. Tighter bounds failed in full
    // suite runs, where other tests can hold both cooperative threads for half a minute.
    #expect(Date().timeIntervalSince(started) < 55)
    #expect(error?.code == "NetworkError")
    #expect(error?.category == .transient)
    #expect(error?.message.hasPrefix("request to http://127.0.0.1:1/ failed: ") == true)
    #expect(await sleeper.waits == [0.1])
  }

  @Test func signsWithSessionTokenAndSendsUnsignedWithoutKey() async throws {
    let transport = RecordingTransport()
    let signed = try await client(
      scenario: "ok", sleeper: RecordingSleeper(),
      credentials: TestCredentials(sessionToken: "token-1"), transport: transport)
    _ = try await signed.0.query(Self.probe, region: "eu-west-1", action: "Probe", parameters: [:])
    let anonymous = try await client(
      scenario: "ok", sleeper: RecordingSleeper(),
      credentials: TestCredentials(accessKeyId: "", secretAccessKey: ""), transport: transport)
    _ = try await anonymous.0.query(
      Self.probe, region: "eu-west-1", action: "Probe", parameters: ["A": "b c"])

    let first = transport.requests[0].headers
    let authorization = first["Authorization"] ?? ""
    #expect(first["X-Amz-Security-Token"] == "token-1")
    #expect(first["X-Amz-Date"]?.count == 16)
    #expect(authorization.hasPrefix("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/"))
    #expect(
      authorization.contains(
        "/eu-west-1/probe/aws4_request, SignedHeaders=content-type;"
          + "host;x-amz-date;x-amz-security-token, Signature="))
    #expect(transport.requests[1].headers["Authorization"] == nil)
    #expect(transport.requests[1].headers["X-Amz-Security-Token"] == nil)
    #expect(
      String(decoding: transport.requests[1].body ?? Data(), as: UTF8.self)
        == "A=b%20c&Action=Probe&Version=2020-01-01")
  }

  @Test func retryDelaysGrowExponentiallyUpToTheCap() {
    let policy = RetryPolicy(maxAttempts: 10, baseDelay: 0.1, maxDelay: 5, jitter: { $0 })
    #expect((1...8).map(policy.delay(beforeRetry:)) == [0.1, 0.2, 0.4, 0.8, 1.6, 3.2, 5, 5])
    #expect(policy.isRetryable(.throttling) && policy.isRetryable(.transient))
    #expect(!policy.isRetryable(.accessDenied) && !policy.isRetryable(.notFound))
  }

  @Test func rateLimiterSpacesCallsPerServiceAndRegion() async {
    let clock = ManualClock()
    let limiter = RequestRateLimiter(
      defaultRate: 2, rates: ["iam": 1], now: { clock.now })
    var waits: [Double] = []
    for _ in 0..<4 {
      waits.append(await limiter.reserve(service: "ec2", region: "us-east-1"))
    }
    waits.append(await limiter.reserve(service: "ec2", region: "eu-west-1"))
    waits.append(await limiter.reserve(service: "iam", region: "us-east-1"))
    waits.append(await limiter.reserve(service: "iam", region: "us-east-1"))
    clock.now = 10
    waits.append(await limiter.reserve(service: "ec2", region: "us-east-1"))
    #expect(waits == [0, 0, 0.5, 1, 0, 0, 1, 0])
  }

  /// A scan reads seven settings per bucket; at the 200 calls per second other services get,
  /// the S3 collector alone took more than half of a 2,000-resource scan.
  @Test func s3IsPacedAtAThousandCallsPerSecondByDefault() async {
    let configuration = AWSClientConfiguration(
      credentials: StaticCredentialProvider(.unsigned))
    let clock = ManualClock()
    let limiter = RequestRateLimiter(
      defaultRate: configuration.requestsPerSecond, rates: configuration.serviceRates,
      now: { clock.now })
    var s3Waits: [Double] = []
    for _ in 0..<1_001 {
      s3Waits.append(await limiter.reserve(service: "s3", region: "us-east-1"))
    }
    var ec2Waits: [Double] = []
    for _ in 0..<201 {
      ec2Waits.append(await limiter.reserve(service: "ec2", region: "us-east-1"))
    }
    #expect(s3Waits.filter { $0 > 0 } == [0.001])
    #expect(ec2Waits.filter { $0 > 0 } == [0.005])
  }
}
