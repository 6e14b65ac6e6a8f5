import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore
import ParapetRemediation
import ParapetRules
import Testing

extension MotoServer {
  /// A server of its own for remediation, whose fixes change account-wide settings
  /// (password policy, account public access block) other suites must not see change.
  static let remediation = MotoServer()
  /// A server for the account-wide trail check, which any other suite's trail would sway.
  static let trails = MotoServer()
}

/// Records every call made through it, so tests can compare the mutating calls an apply
/// made with the calls its plan listed.
final class RecordingClient: AWSCalling, @unchecked Sendable {
  let inner: AWSClient
  private let lock = NSLock()
  private var recorded: [FixCall] = []

  init(_ inner: AWSClient) { self.inner = inner }

  /// Calls whose operation is not a read (Describe, Get, List), in order.
  var mutatingCalls: [FixCall] {
    lock.lock()
    defer { lock.unlock() }
    return recorded.filter { call in
      !["Describe", "Get", "List", "Head", "GenerateCredentialReport"].contains {
        call.operation.hasPrefix($0)
      }
    }
  }

  func reset() {
    lock.lock()
    recorded = []
    lock.unlock()
  }

  private func record(
    _ service: AWSService, _ region: String, _ operation: String,
    _ request: FixCall.Request
  ) {
    lock.lock()
    recorded.append(
      FixCall(
        service: service, region: region, operation: operation, permission: "",
        request: request))
    lock.unlock()
  }

  func query(
    _ service: AWSService, region: String, action: String, parameters: [String: String]
  ) async throws -> JSONValue {
    record(service, region, action, .query(parameters))
    return try await inner.query(service, region: region, action: action, parameters: parameters)
  }

  func json(
    _ service: AWSService, region: String, action: String, body: JSONValue
  ) async throws -> JSONValue {
    record(service, region, action, .json(body))
    return try await inner.json(service, region: region, action: action, body: body)
  }

  func rest(
    _ service: AWSService, region: String, operation: String, method: String, path: String,
    query: [String: String], headers: [String: String], body: Data?
  ) async throws -> AWSRestResponse {
    record(
      service, region, operation,
      .rest(
        method: method, path: path, query: query, headers: headers,
        body: body.map { String(decoding: $0, as: UTF8.self) }))
    return try await inner.rest(
      service, region: region, operation: operation, method: method, path: path, query: query,
      headers: headers, body: body)
  }
}

/// Drives one fixer through the issue's cycle on moto: judge the seeded resource (fails),
/// plan, apply (the same calls), re-collect and judge (passes), plan again (no calls),
/// undo (state back).
struct FixHarness {
  let client: AWSClient
  let recording: RecordingClient
  let remediator: Remediator
  let log: AuditLog
  static let account = "123456789012"

  /// A harness on the remediation server with `options`.
  static func make(
    options: FixOptions = FixOptions(), region: String = "us-east-1",
    server: MotoServer = .remediation
  ) async throws -> FixHarness {
    let endpoint = try await server.endpoint()
    // One attempt with a long wait: a create that timed out on a loaded machine and was
    // sent again would leave moto with two of a thing (two GuardDuty detectors in a
    // region), which no real account has and which the fix under test would then see.
    let client = AWSClient(
      configuration: AWSClientConfiguration(
        credentials: TestCredentials(), endpointOverride: endpoint,
        transport: URLSessionTransport(timeout: 60), retryPolicy: RetryPolicy(maxAttempts: 1)))
    let recording = RecordingClient(client)
    let remediator = Remediator(
      client: recording, account: account, homeRegion: region, rules: try RuleSet.load(),
      options: options)
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("fix-audit") + ".jsonl").path
    return FixHarness(
      client: client, recording: recording, remediator: remediator, log: AuditLog(path: path))
  }

  /// The current state of `resourceId` as the fixer's collectors see it.
  func resource(_ resourceId: String, type: String, region: String, fixer: String)
    async throws -> Resource
  {
    let fixer = try #require(remediator.catalog.fixer(id: fixer))
    let inventory = await remediator.collect([fixer], findings: [stub(resourceId, type, region)])
    let found = inventory.resource(id: resourceId)
    return try #require(found, "\(resourceId) not collected")
  }

  /// The finding for `checkId` on the resource now: judged by the rule when one is loaded,
  /// else a failing finding built by hand (for fixers whose check is not built in yet).
  func finding(_ checkId: String, _ resourceId: String, type: String, region: String)
    async throws -> Finding
  {
    let fixer = try #require(remediator.catalog.fixer(forCheck: checkId))
    let inventory = await remediator.collect([fixer], findings: [stub(resourceId, type, region)])
    let found = inventory.resource(id: resourceId)
    let resource = try #require(found, "\(resourceId) missing")
    guard let rule = remediator.rules.rule(id: checkId) else {
      var finding = stub(resourceId, type, region)
      finding.checkId = checkId
      return finding
    }
    return try #require(RuleEngine(rules: remediator.rules).judge(rule, resource, inventory))
  }

  private func stub(_ resourceId: String, _ type: String, _ region: String) -> Finding {
    Finding(
      checkId: "", checkTitle: "", resourceId: resourceId, resourceType: type,
      resourceName: "", account: Self.account, region: region, status: .fail,
      severity: .high, message: "seeded")
  }

  /// Runs the whole cycle and returns the first plan, for callers to assert further.
  /// `calls` are the plan's call summaries, exactly; `verified` is the verdict expected
  /// after applying (`fixed` for checks that are built in).
  @discardableResult
  func cycle(
    check: String, resourceId: String, type: String, region: String,
    calls: [String], verified: String = "fixed", undo: Bool = true,
    state: (Resource) -> JSONValue?
  ) async throws -> FixPlan {
    let fixerId = try #require(remediator.catalog.fixer(forCheck: check)).id
    let original = try await resource(resourceId, type: type, region: region, fixer: fixerId)
    let failing = try await finding(check, resourceId, type: type, region: region)
    #expect(failing.status == .fail, "seeded resource should fail \(check): \(failing.message)")

    let planned = await remediator.plan([failing])
    let plan = try #require(planned.first?.plan, "\(planned.first?.problem ?? "no plan")")
    #expect(plan.calls.map(\.summary) == calls)
    #expect(plan.blocked == nil)

    recording.reset()
    let reports = try await remediator.apply(planned, who: "arn:test", log: log)
    #expect(
      recording.mutatingCalls.map(\.summary) == plan.calls.map(\.summary),
      "apply must send exactly the planned calls")
    #expect(reports.map(\.verdict.label) == [verified], "\(reports.map(\.verdict.detail))")
    let entryId = try #require(reports.first?.auditEntryId)

    let again = await remediator.plan([failing])
    #expect(again.first?.plan?.calls == [], "a second plan should have no calls")
    recording.reset()
    _ = try await remediator.apply(again, who: "arn:test", log: log)
    #expect(recording.mutatingCalls.isEmpty, "a second apply should make no calls")

    guard undo else { return plan }
    let undone = try await remediator.undo(entryId: entryId, who: "arn:test", log: log)
    #expect(undone.result == "undone", "\(undone.error ?? "")")
    let restored = try await resource(resourceId, type: type, region: region, fixer: fixerId)
    #expect(state(restored) == state(original), "undo should restore the original state")
    return plan
  }

  /// An EC2 call for seeding, its answer in SDK spelling (`Vpc.VpcId`).
  func ec2(_ action: String, _ parameters: [String: String], region: String = "us-east-1")
    async throws -> JSONValue
  {
    EC2Shape.normalize(
      try await client.query(.ec2, region: region, action: action, parameters: parameters))
  }
}
