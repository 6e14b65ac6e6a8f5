import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore

/// One set of resources for the service collector tests, created once per test process in
/// the shared moto by `Fixtures/Collectors/create_resources.py` (boto3 is much shorter
/// than hand-built requests for load balancers and distributions). Every name starts with
/// a unique prefix so other suites' resources can be told apart.
actor ServiceCollectorFixture {
  static let shared = ServiceCollectorFixture()
  /// The region the regional resources live in; no other suite uses it.
  static let region = "ap-southeast-2"

  /// What the script created.
  struct Created: Sendable {
    var prefix: String
    /// The script's JSON: ARNs that carry ids AWS generates.
    var ids: JSONValue
    var endpoint: URL
  }

  private var creating: Task<Created, any Error>?
  private var outputs: [String: Task<CollectorOutput, any Error>] = [:]

  func created() async throws -> Created {
    if creating == nil { creating = Task { try await Self.create() } }
    guard let creating else { throw HelperProcessFailed(message: "fixture task was lost") }
    return try await creating.value
  }

  /// `collector`'s output in the fixture's region (its signing region when global), run
  /// once per process and shared by the tests that read it.
  func output(of collector: any Collector) async throws -> CollectorOutput {
    if outputs[collector.service] == nil {
      outputs[collector.service] = Task {
        let created = try await self.created()
        return await collector.collect(in: Self.region, context: Self.context(created.endpoint))
      }
    }
    guard let task = outputs[collector.service] else {
      throw HelperProcessFailed(message: "collector task was lost")
    }
    return try await task.value
  }

  private static func create() async throws -> Created {
    let endpoint = try await MotoServer.shared.endpoint()
    let prefix = MotoServer.uniqueName("col")
    let python = MotoServer.packageRoot.appendingPathComponent(".venv/bin/python").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      Fixture.path("Collectors/create_resources.py"), endpoint.absoluteString, prefix, region,
    ]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw HelperProcessFailed(
        message: "create_resources.py failed (\(process.terminationStatus)): "
          + String(decoding: message, as: UTF8.self))
    }
    return Created(prefix: prefix, ids: try JSONValue.parse(printed), endpoint: endpoint)
  }

  /// A collection context on moto, through `client` when given (a denying wrapper).
  static func context(
    _ endpoint: URL, wrapping: (@Sendable (any AWSCalling) -> any AWSCalling)? = nil
  ) -> CollectionContext {
    let client = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint,
        transport: URLSessionTransport(timeout: 10),
        retryPolicy: RetryPolicy(maxAttempts: 2)))
    return CollectionContext(client: wrapping?(client) ?? client, account: "123456789012")
  }
}

/// The moto client with chosen operations refused as IAM would refuse them, to show how
/// collectors record a call they may not make.
struct DenyingClient: AWSCalling {
  let base: any AWSCalling
  let denied: Set<String>

  private func check(_ service: AWSService, _ operation: String) throws {
    guard denied.contains(operation) else { return }
    throw AWSError(
      code: "AccessDeniedException", message: "denied by the test", statusCode: 400,
      service: service.endpointPrefix, operation: operation)
  }

  func query(
    _ service: AWSService, region: String, action: String, parameters: [String: String]
  ) async throws -> JSONValue {
    try check(service, action)
    return try await base.query(service, region: region, action: action, parameters: parameters)
  }

  func json(
    _ service: AWSService, region: String, action: String, body: JSONValue
  ) async throws -> JSONValue {
    try check(service, action)
    return try await base.json(service, region: region, action: action, body: body)
  }

  func rest(
    _ service: AWSService, region: String, operation: String, method: String, path: String,
    query: [String: String], headers: [String: String], body: Data?
  ) async throws -> AWSRestResponse {
    try check(service, operation)
    return try await base.rest(
      service, region: region, operation: operation, method: method, path: path, query: query,
      headers: headers, body: body)
  }
}

/// The value at `keys` (object keys, or array indexes as digits); keys may contain dots,
/// which ELB attribute names do.
func lookup(_ value: JSONValue?, _ keys: [String]) -> JSONValue? {
  keys.reduce(value) { node, key in
    guard let node else { return nil }
    if let index = Int(key), let items = node.arrayValue {
      return items.indices.contains(index) ? items[index] : nil
    }
    return node[key]
  }
}
