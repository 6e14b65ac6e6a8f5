import Foundation
import ParapetAWS
import ParapetCore
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Secrets planted in test worlds; no description or error message may contain them.
enum Planted {
  static let secret = "planted-secret-key-do-not-log"
  static let token = "planted-session-token-do-not-log"
  static let webToken = "planted-web-identity-token"
  static let all = [secret, token, webToken]
}

/// A settable clock for refresh tests.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  init(_ start: Date) { current = start }

  var now: Date { lock.withLock { current } }

  func advance(by seconds: TimeInterval) { lock.withLock { current += seconds } }
}

/// One STS call the recording double saw.
struct STSCall: Sendable, Hashable {
  var action: String
  var region: String
  var parameters: [String: String]
  /// Access key id of the credentials that would have signed the call; empty when unsigned.
  var signedWith: String
}

/// Records STS calls and answers them with credentials derived from the role name.
actor STSRecorder {
  private(set) var calls: [STSCall] = []
  var failure: AWSError?
  var lifetime: TimeInterval = 3600
  let clock: TestClock

  init(clock: TestClock) { self.clock = clock }

  func setFailure(_ error: AWSError?) { failure = error }

  func record(_ call: STSCall) throws -> JSONValue {
    calls.append(call)
    if let failure { throw failure }
    let role = call.parameters["RoleArn"]?.split(separator: "/").last.map(String.init) ?? "none"
    let expiry = clock.now.addingTimeInterval(lifetime)
    return [
      "Credentials": [
        "AccessKeyId": .string("ASIA\(role.uppercased())\(calls.count)"),
        "SecretAccessKey": .string(Planted.secret), "SessionToken": .string(Planted.token),
        "Expiration": .string(ISO8601DateFormatter().string(from: expiry)),
      ]
    ]
  }
}

/// An STS client double: records which credentials signed each call.
struct RecordingSTS: AWSCalling {
  let recorder: STSRecorder
  let source: any CredentialProvider

  func query(
    _ service: AWSService, region: String, action: String, parameters: [String: String]
  ) async throws -> JSONValue {
    let signer = try await source.credentials().accessKeyId
    return try await recorder.record(
      STSCall(action: action, region: region, parameters: parameters, signedWith: signer))
  }

  func json(_ service: AWSService, region: String, action: String, body: JSONValue)
    async throws -> JSONValue
  {
    Issue.record("the credential chain made a JSON call")
    return .null
  }

  func rest(
    _ service: AWSService, region: String, operation: String, method: String, path: String,
    query: [String: String], headers: [String: String], body: Data?
  ) async throws -> AWSRestResponse {
    Issue.record("the credential chain made a REST call")
    return AWSRestResponse(statusCode: 500, headers: [:], body: Data())
  }
}

/// A transport for worlds without metadata endpoints: every request fails and is counted.
actor UnreachableTransport: MetadataTransport {
  private(set) var attempts = 0

  func send(_ request: MetadataRequest) async throws -> MetadataResponse {
    attempts += 1
    throw URLError(.cannotConnectToHost)
  }
}

/// An injected outside world: environment, in-memory files under `/home/tester`, STS double.
struct TestWorld {
  static let home = "/home/tester"
  var environment: [String: String] = ["AWS_EC2_METADATA_DISABLED": "true"]
  var files: [String: String] = [:]
  var transport: any MetadataTransport = UnreachableTransport()
  let clock = TestClock(Date(timeIntervalSince1970: 1_700_000_000))
  let recorder: STSRecorder

  init() { recorder = STSRecorder(clock: clock) }

  var config: String {
    get { files["\(Self.home)/.aws/config"] ?? "" }
    set { files["\(Self.home)/.aws/config"] = newValue }
  }

  var credentials: String {
    get { files["\(Self.home)/.aws/credentials"] ?? "" }
    set { files["\(Self.home)/.aws/credentials"] = newValue }
  }

  var context: CredentialContext {
    let files = self.files
    let recorder = self.recorder
    let clock = self.clock
    return CredentialContext(
      environment: environment, homeDirectory: Self.home, readFile: { files[$0] },
      transport: transport, stsClient: { RecordingSTS(recorder: recorder, source: $0) },
      now: { clock.now })
  }

  var chain: CredentialChain { CredentialChain(context: context) }
}

/// The message of the `CredentialError` that `body` throws, or a test failure.
func credentialError(_ body: () async throws -> Void) async -> String? {
  do {
    try await body()
    Issue.record("expected a CredentialError")
    return nil
  } catch let error as CredentialError {
    return error.description
  } catch {
    Issue.record("unexpected error \(error)")
    return nil
  }
}
