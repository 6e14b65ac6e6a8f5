import Foundation
import ParapetAWS
import ParapetCore
import ParapetStore
import Testing

@testable import ParapetRemediation

/// `parapet fix` through the built binary against the remediation moto server.
@Suite struct FixCommandTests {
  /// A bucket without a public access block and a findings.json naming its failure.
  private func seeded() async throws -> (bucket: String, findings: String, work: URL) {
    let harness = try await FixHarness.make()
    let bucket = MotoServer.uniqueName("fix-cli")
    _ = try await harness.client.rest(
      .s3, region: "us-east-1", operation: "CreateBucket", method: "PUT", path: "/" + bucket,
      query: [:], headers: [:], body: nil)
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("fix-cli"))
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let finding: JSONValue = [
      "check_id": "aws.s3.bucket_public_access_block", "check_title": "blocks public access",
      "status": "fail", "severity": "high", "resource_id": .string("arn:aws:s3:::\(bucket)"),
      "resource_type": "aws.s3.bucket", "resource_name": .string(bucket),
      "account": "123456789012", "region": "us-east-1", "message": "no block",
      "remediation_snippets": [
        "cli": .string("aws s3api put-public-access-block --bucket \(bucket) --x y\naws s3api z")
      ],
    ]
    let passing = finding.setting("status", to: "pass")
      .setting("resource_id", to: "arn:aws:s3:::other")
    let document: JSONValue = [
      "schema": "parapet.findings", "schema_version": 1, "findings": [finding, passing],
    ]
    let path = work.appendingPathComponent("findings.json").path
    try JSONWriter().string(document).write(toFile: path, atomically: true, encoding: .utf8)
    return (bucket, path, work)
  }

  private func environment() async throws -> (env: [String: String], endpoint: String) {
    let endpoint = try await MotoServer.remediation.endpoint().absoluteString
    let env = ParapetProcess.isolatedEnvironment([
      "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      "AWS_REGION": "us-east-1",
    ])
    return (env, endpoint)
  }

  @Test func planIsPrintedAndNothingChanges() async throws {
    let (bucket, findings, _) = try await seeded()
    let (env, endpoint) = try await environment()
    let outcome = try await ParapetProcess.run(
      ["fix", "--from", findings, "--endpoint-url", endpoint], environment: env)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "Plan: 1 fix(es) making 1 call(s); 0 already fixed, 0 blocked, 0 not plannable.")
    #expect(
      lines.contains(
        "* aws.s3.bucket_public_access_block on arn:aws:s3:::\(bucket) (us-east-1)"))
    #expect(lines.contains("  permissions: s3:PutBucketPublicAccessBlock"))
    #expect(lines.contains("  by hand: aws s3api put-public-access-block --bucket \(bucket) --x y"))
    #expect(lines.contains("           aws s3api z"))
    #expect(
      lines.contains {
        $0.hasPrefix("    1. s3:PutPublicAccessBlock (us-east-1) PUT /\(bucket)?publicAccessBlock")
      })
    #expect(lines.contains("  undo: 1 call(s) restore the previous values"))

    let again = try await ParapetProcess.run(
      ["fix", "--from", findings, "--plan", "--endpoint-url", endpoint], environment: env)
    #expect(again.stdout == outcome.stdout, "planning must not change anything")
  }

  @Test func findingsOfAnotherAccountAreRefusedBeforeAnyPlan() async throws {
    let (_, findings, work) = try await seeded()
    let (env, endpoint) = try await environment()
    let text = try String(contentsOfFile: findings, encoding: .utf8)
    let other = work.appendingPathComponent("other-account.json").path
    try text.replacingOccurrences(of: "123456789012", with: "999999999999")
      .write(toFile: other, atomically: true, encoding: .utf8)

    let outcome = try await ParapetProcess.run(
      ["fix", "--from", other, "--apply", "--yes", "--endpoint-url", endpoint], environment: env)

    #expect(outcome.status == 1)
    #expect(outcome.stdout == "")
    #expect(
      outcome.stderr.contains(
        "the findings are of account 999999999999 but the credentials are of account "
          + "123456789012"))
  }

  @Test func applyWithoutYesAndWithoutTerminalIsRefused() async throws {
    let (_, findings, work) = try await seeded()
    let (env, endpoint) = try await environment()
    let log = work.appendingPathComponent("audit.jsonl").path
    let outcome = try await ParapetProcess.run(
      ["fix", "--from", findings, "--apply", "--audit-log", log, "--endpoint-url", endpoint],
      environment: env)
    #expect(outcome.status == 2)
    #expect(
      outcome.stderr
        == "parapet: changing AWS needs confirmation, and there is no terminal to ask on; "
        + "pass --yes to apply without asking\n")
    #expect(!FileManager.default.fileExists(atPath: log))
  }

  @Test func planCannotGoWithApply() async throws {
    let outcome = try await ParapetProcess.run(
      ["fix", "--from", "findings.json", "--plan", "--apply", "--yes"])
    #expect(outcome.status == 2)
    #expect(
      outcome.stderr
        == "parapet: --plan only prints the plan; it cannot go with --apply or --undo\n")
  }

  @Test func anUnreadableFindingsFileIsAnErrorNotAUsageMistake() async throws {
    let outcome = try await ParapetProcess.run(["fix", "--from", "/nonexistent/findings.json"])
    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: cannot read /nonexistent/findings.json; pass the findings.json "
        + "of a scan with --from\n")
  }

  @Test func undoOfAnEntryNotInTheAuditLogStopsBeforeAskingOrCalling() async throws {
    let log = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("audit") + ".jsonl").path
    let resource = Resource(
      id: "arn:aws:s3:::b", type: "aws.s3.bucket", account: "123456789012",
      region: "us-east-1", name: "b")
    let call = FixCall(
      service: .s3, region: "us-east-1", operation: "PutPublicAccessBlock",
      permission: "s3:PutPublicAccessBlock",
      request: .rest(method: "PUT", path: "/b", query: [:], headers: [:], body: "<x/>"))
    let plan = FixPlan(
      fixer: "s3.bucket_public_access_block", checkIds: ["aws.s3.bucket_public_access_block"],
      resource: resource, summary: "block public access", calls: [call], undoCalls: [call])
    try AuditLog(path: log).append(
      AuditEntry(
        id: "e1", time: Date(), who: "arn:aws:iam::123456789012:user/a", plan: plan,
        outcome: CallsOutcome(made: [call], failure: nil, skipped: [])))
    let expected =
      "parapet: error: audit log \(log): no entry with id 'e2'; ids are in the 'id' field of "
      + "each line\n"

    // Without --yes or a terminal the refusal to ask (exit 2) would come first.
    let unconfirmed = try await ParapetProcess.run(["fix", "--undo", "e2", "--audit-log", log])
    // Port 9 on loopback is closed: a call would end the run with a network error instead.
    let confirmed = try await ParapetProcess.run(
      [
        "fix", "--undo", "e2", "--yes", "--audit-log", log, "--endpoint-url",
        "http://127.0.0.1:9", "--region", "us-east-1",
      ],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      ]))

    for outcome in [unconfirmed, confirmed] {
      #expect(outcome.status == 1)
      #expect(outcome.stderr == expected)
      #expect(outcome.stdout == "")
    }
    #expect(try AuditLog(path: log).entries().map(\.id) == ["e1"])
  }

  @Test func scanIdMustBeANumber() async throws {
    let outcome = try await ParapetProcess.run(["fix", "--scan", "abc"])
    #expect(outcome.status == 2)
    #expect(
      outcome.stderr
        == "parapet: --scan 'abc': scan ids are numbers, as 'parapet history' lists them\n")
  }

  @Test func applyWritesOneAuditLineAndUndoRestores() async throws {
    let (bucket, findings, work) = try await seeded()
    let (env, endpoint) = try await environment()
    let log = work.appendingPathComponent("audit.jsonl").path
    let applied = try await ParapetProcess.run(
      [
        "fix", "--from", findings, "--apply", "--yes", "--audit-log", log, "--endpoint-url",
        endpoint,
      ], environment: env)
    #expect(applied.status == 0, "\(applied.stderr)")

    let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(lines.count == 1)
    let entry = try JSONValue.parse(String(lines[0]))
    let id = try #require(entry["id"]?.stringValue)
    #expect(entry["who"]?.stringValue?.hasPrefix("arn:aws:") == true)
    #expect(entry["check_ids"] == ["aws.s3.bucket_public_access_block"])
    #expect(entry["resource_id"]?.stringValue == "arn:aws:s3:::\(bucket)")
    #expect(entry["result"] == "applied")
    #expect(entry["before"] == .some(.null))
    #expect(entry["after"]?["BlockPublicAcls"] == true)
    #expect(entry["calls_made"]?[0]?["operation"] == "PutPublicAccessBlock")
    #expect(entry["undo_calls"]?[0]?["operation"] == "DeletePublicAccessBlock")
    #expect(
      applied.stdout.contains(
        "fixed: aws.s3.bucket_public_access_block on arn:aws:s3:::\(bucket) [audit \(id)]"))
    #expect(applied.stdout.hasSuffix("Result: 1 fixed\n"))

    let undone = try await ParapetProcess.run(
      ["fix", "--undo", id, "--yes", "--audit-log", log, "--endpoint-url", endpoint],
      environment: env)
    #expect(undone.status == 0, "\(undone.stderr)")
    #expect(undone.stdout.hasPrefix("undone: undo of \(id) on arn:aws:s3:::\(bucket)"))
    let after = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
    #expect(after.count == 2)
    #expect(try JSONValue.parse(String(after[1]))["undo_of"]?.stringValue == id)

    let replanned = try await ParapetProcess.run(
      ["fix", "--from", findings, "--endpoint-url", endpoint], environment: env)
    #expect(replanned.stdout.hasPrefix("Plan: 1 fix(es) making 1 call(s)"))
  }

  @Test func resultsAreRecordedAgainstTheirFindingsInTheStore() async throws {
    let (bucket, findings, work) = try await seeded()
    let (env, endpoint) = try await environment()
    let log = work.appendingPathComponent("audit.jsonl").path
    let storePath = work.appendingPathComponent("history.db").path
    let resource = "arn:aws:s3:::\(bucket)"
    let check = "aws.s3.bucket_public_access_block"

    let applied = try await ParapetProcess.run(
      [
        "fix", "--from", findings, "--apply", "--yes", "--audit-log", log, "--store",
        storePath, "--endpoint-url", endpoint,
      ], environment: env)
    #expect(applied.status == 0, "\(applied.stderr)")
    #expect(applied.stderr.contains("recorded 1 fix result(s) in the history store\n"))
    let entry = try JSONValue.parse(String(contentsOfFile: log, encoding: .utf8))
    let id = try #require(entry["id"]?.stringValue)
    let undone = try await ParapetProcess.run(
      [
        "fix", "--undo", id, "--yes", "--audit-log", log, "--store", storePath,
        "--endpoint-url", endpoint,
      ], environment: env)
    #expect(undone.status == 0, "\(undone.stderr)")

    let store = try SQLScanStore(sqlitePath: storePath)
    let records = try store.remediations(account: nil, fingerprint: nil)
    #expect(records.map(\.result) == ["fixed", "undone"])
    #expect(
      records.allSatisfy {
        $0.fingerprint == Finding.fingerprint(checkId: check, resourceId: resource)
          && $0.checkId == check && $0.resourceId == resource && $0.account == "123456789012"
          && $0.scanId == nil && $0.who.hasPrefix("arn:aws:")
      })
    #expect(records[0].auditEntryId == id)
    #expect(records[1].auditEntryId != id)

    let listed = try await ParapetProcess.run(
      ["history", "fixes", "--store", storePath, "--resource", resource], environment: env)
    #expect(listed.status == 0, "\(listed.stderr)")
    let lines = listed.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 7)
    #expect(lines[1].hasSuffix("  fixed            \(check)"))
    #expect(lines[2].trimmingCharacters(in: .whitespaces) == resource)
    #expect(lines[3].trimmingCharacters(in: .whitespaces).hasPrefix("\(id) by arn:aws:"))
    #expect(lines[4].hasSuffix("  undone           \(check)"))
    let other = try await ParapetProcess.run(
      ["history", "fixes", "--store", storePath, "--check", "aws.s3.other"], environment: env)
    #expect(other.stdout == "No fix results recorded; 'parapet fix --apply' records them.\n")
  }

  @Test func noStoreIsCreatedJustForFixResults() async throws {
    let (_, findings, work) = try await seeded()
    let (env, endpoint) = try await environment()
    let home = work.appendingPathComponent("home")
    var isolated = env
    isolated["HOME"] = home.path
    isolated["XDG_DATA_HOME"] = nil
    let applied = try await ParapetProcess.run(
      [
        "fix", "--from", findings, "--apply", "--yes", "--audit-log",
        work.appendingPathComponent("audit.jsonl").path, "--endpoint-url", endpoint,
      ], environment: isolated)
    #expect(applied.status == 0, "\(applied.stderr)")
    #expect(!applied.stderr.contains("history store"))
    #expect(!FileManager.default.fileExists(atPath: home.path + "/.local/share/parapet"))
  }
}
