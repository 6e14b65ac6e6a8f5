import Foundation
import ParapetCore
import Testing

/// `parapet iam can` and `who-can` run through the built binary over a small inventory:
/// an administrator (AdministratorAccess), a reader with a Sid-named deny, and a bucket
/// whose policy names a partner account and a VPC endpoint.
@Suite struct IAMCommandTests {
  static let inventory = Fixture.path("IAM/inventory.json")
  static let partner = "arn:aws:iam::444455556666:user/partner"

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var status: Int32
    var stdout: String

    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "administrator is allowed by AdministratorAccess",
      arguments: ["can", "alice", "s3:DeleteBucket", "arn:aws:s3:::data"], status: 0,
      stdout: """
        ALLOW arn:aws:iam::123456789012:user/alice s3:DeleteBucket arn:aws:s3:::data
          deciding: identity policy "AdministratorAccess", statement 0
          because: an identity policy allows within the account: identity policy \
        "AdministratorAccess", statement 0

        """),
    Case(
      name: "explicit deny names its Sid",
      arguments: ["can", "bob", "s3:GetObject", "arn:aws:s3:::data/secret/x"], status: 3,
      stdout: """
        DENY (explicit) arn:aws:iam::123456789012:user/bob s3:GetObject arn:aws:s3:::data/secret/x
          deciding: identity policy "inline:read-data", Sid "NoSecrets"
          because: explicit deny wins: identity policy "inline:read-data", Sid "NoSecrets"

        """),
    Case(
      name: "endpoint-limited grant needs the endpoint in the context",
      arguments: ["can", partner, "s3:PutObject", "arn:aws:s3:::data/in/x"], status: 3,
      stdout: """
        DENY (implicit) \(partner) s3:PutObject arn:aws:s3:::data/in/x
          because: cross-account access needs both sides; the resource policy do not allow

        """),
    Case(
      name: "endpoint-limited grant allows from the endpoint",
      arguments: [
        "can", partner, "s3:PutObject", "arn:aws:s3:::data/in/x", "--context",
        "aws:sourcevpce=vpce-1a2b",
      ], status: 0,
      stdout: """
        ALLOW \(partner) s3:PutObject arn:aws:s3:::data/in/x
          deciding: identity policy "assumed: identity policies of account 444455556666, not \
        in this scan", statement 0
          deciding: resource policy "aws.s3.bucket data Policy", Sid "FromEndpoint"
          because: both the identity and resource policies allow: identity policy "assumed: \
        identity policies of account 444455556666, not in this scan", statement 0; resource \
        policy "aws.s3.bucket data Policy", Sid "FromEndpoint"

        """),
    Case(
      name: "who-can lists allowed principals and outsiders",
      arguments: ["who-can", "s3:GetObject", "arn:aws:s3:::data/report.csv"], status: 0,
      stdout: """
        2 principal(s) can s3:GetObject on arn:aws:s3:::data/report.csv:
          arn:aws:iam::123456789012:user/alice
            by identity policy "AdministratorAccess", statement 0
          arn:aws:iam::123456789012:user/bob
            by identity policy "inline:read-data", Sid "ReadData"
        Outside principals named by the resource policy: 444455556666

        """),
  ]

  @Test(arguments: cases)
  func answersWithDecidingStatements(_ testCase: Case) async throws {
    let outcome = try await ParapetProcess.run(
      ["iam"] + testCase.arguments + ["--from", Self.inventory])

    #expect(outcome.status == testCase.status)
    #expect(outcome.stdout == testCase.stdout)
    #expect(outcome.stderr == "")
  }

  struct Failure: CustomTestStringConvertible, Sendable {
    var arguments: [String]
    var status: Int32
    var stderr: String

    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let failures: [Failure] = [
    Failure(
      arguments: ["can", "alice", "s3:GetObject", "--from", inventory], status: 2,
      stderr: "parapet: 'parapet iam can' needs PRINCIPAL ACTION RESOURCE\n"),
    Failure(
      arguments: ["can", "carol", "s3:GetObject", "x", "--from", inventory], status: 2,
      stderr: "parapet: no user or role named 'carol' in the inventory; give its name or an ARN\n"),
    Failure(
      arguments: ["can", "alice", "s3:GetObject", "b"], status: 2,
      stderr: "parapet: 'parapet iam' needs --from with the inventory.json of a scan (scan "
        + "first with 'parapet scan aws')\n"),
    Failure(
      arguments: ["can", "alice", "a", "b", "--context", "novalue", "--from", inventory],
      status: 2,
      stderr: "parapet: --context needs KEY=VALUE, such as aws:SourceVpce=vpce-1a2b; got "
        + "'novalue'\n"),
    // A bare word matched only a policy's "*" and answered ALLOW.
    Failure(
      arguments: ["can", "alice", "NotAnAction", "*", "--from", inventory], status: 2,
      stderr: "parapet: action 'NotAnAction' is not service:Operation, such as s3:GetObject\n"),
    Failure(
      arguments: ["who-can", "s3:", "*", "--from", inventory], status: 2,
      stderr: "parapet: action 's3:' is not service:Operation, such as s3:GetObject\n"),
    Failure(
      arguments: ["explain", "--from", inventory], status: 2,
      stderr: "parapet: unknown 'parapet iam' subcommand 'explain'; use can, who-can or analyze\n"),
  ]

  @Test(arguments: failures)
  func usageErrorsExitTwo(_ testCase: Failure) async throws {
    let outcome = try await ParapetProcess.run(["iam"] + testCase.arguments)

    #expect(outcome.status == testCase.status)
    #expect(outcome.stderr == testCase.stderr)
  }

  @Test func analyzeCountsStatusesPerCheck() async throws {
    let outcome = try await ParapetProcess.run([
      "iam", "analyze", "--check", "aws.iam.user_not_administrator", "--check",
      "aws.iam.role_trust_not_public", "--from", Self.inventory,
    ])
    let lines = outcome.stdout.split(separator: "\n").map(String.init)

    #expect(outcome.status == 0)
    #expect(
      lines.dropLast() == [
        "aws.iam.role_trust_not_public: pass 1", "aws.iam.user_not_administrator: fail 1, pass 1",
      ])
    #expect(lines.last?.hasPrefix("3 findings from 2 checks over 5 resources in ") == true)
  }

  @Test func notAnInventoryExitsOne() async throws {
    let path = Fixture.path("IAM/not-an-inventory.json")
    let outcome = try await ParapetProcess.run([
      "iam", "can", "a", "s3:GetObject", "c", "--from", path,
    ])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: \(path): schema: expected 'parapet.inventory'; is this a Parapet "
        + "inventory.json file?\n")
  }

  /// Over an inventory whose bucket listing failed and which left IAM out, who-can answered
  /// "0 principal(s)" and can answered ALLOW or DENY as if nothing were missing.
  @Test func answersOverMissingDataSaySo() async throws {
    let text = try String(contentsOfFile: Self.inventory, encoding: .utf8)
    var document = try JSONValue.parse(text)
    document = document.setting(
      "failures",
      to: [
        [
          "service": "s3", "region": "us-east-1", "operation": "ListBuckets", "kind": "error",
          "resource_types": ["aws.s3.bucket"], "message": "connection refused",
        ]
      ])
    let scan = document["scan"] ?? [:]
    document = document.setting("scan", to: scan.setting("services", to: ["s3", "ec2"]))
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("partial-inventory") + ".json").path
    try JSONWriter().string(document).write(toFile: path, atomically: true, encoding: .utf8)

    let outcome = try await ParapetProcess.run([
      "iam", "who-can", "s3:GetObject", "arn:aws:s3:::elsewhere/x", "--from", path,
    ])

    let partial: String =
      "parapet: warning: the inventory is partial: 1 collection call(s) failed "
      + "(s3:ListBuckets in us-east-1 first); principals, policies and resources it lacks "
      + "are not considered"
    let noIAM: String =
      "parapet: warning: the scan did not collect IAM (--service s3,ec2); users, roles and "
      + "their policies are missing"
    let unknown: String =
      "parapet: warning: arn:aws:s3:::elsewhere/x is not in the inventory; its resource "
      + "policy and owning account are unknown, so access through them is not considered"
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    #expect(lines == [partial, noIAM, unknown])
  }
}
