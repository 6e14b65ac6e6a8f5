import Foundation
import ParapetCLI
import ParapetCore

/// One scan of the seeded demo account, run once per test process through the real CLI
/// entry point (`parapet scan aws`) against a moto server of its own, and shared by the
/// suites that assert on it. The seed also fills a second, well-run account (the other
/// outcome of the checks that judge a whole account); a second, narrower scan reaches it
/// through a profile that assumes a role there, as a user would.
actor SeededScan {
  static let shared = SeededScan()

  /// What the scan produced.
  struct Result: Sendable {
    var exitCode: ExitCode
    var findings: [JSONValue]
    var inventory: JSONValue
    var directory: URL
    /// The well-run account's scan.
    var wellRun: Output

    /// One scan's findings and inventory.
    struct Output: Sendable {
      var findings: [JSONValue]
      var inventory: JSONValue
      var directory: URL
    }

    /// Resources of both scans.
    var resources: [JSONValue] {
      (inventory["resources"]?.arrayValue ?? [])
        + (wellRun.inventory["resources"]?.arrayValue ?? [])
    }

    /// Statuses of `check` on resources of `type` named `name` (or tagged `Name` so, for
    /// resources named by a generated id such as GuardDuty detectors), sorted.
    func statuses(_ check: String, type: String, name: String) -> [String] {
      let ids = Set(
        resources.filter {
          $0["type"]?.stringValue == type
            && ($0["name"]?.stringValue == name || $0["tags"]?["Name"]?.stringValue == name)
        }.compactMap { $0["id"]?.stringValue })
      return (findings + wellRun.findings).filter {
        $0["check_id"]?.stringValue == check
          && ids.contains($0["resource_id"]?.stringValue ?? "")
      }.compactMap { $0["status"]?.stringValue }.sorted()
    }
  }

  private var running: Task<Result, any Error>?

  func result() async throws -> Result {
    if running == nil { running = Task { try await Self.run() } }
    guard let running else { throw HelperProcessFailed(message: "seeded scan was lost") }
    return try await running.value
  }

  private static func run() async throws -> Result {
    let endpoint = try await MotoServer.seededAccount.endpoint()
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-seeded"))
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    try seed(endpoint, manifest: work.appendingPathComponent("manifest.json"))

    let environment = [
      "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      "AWS_CONFIG_FILE": "/dev/null", "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
      "AWS_EC2_METADATA_DISABLED": "true", "HOME": work.path,
    ]
    let output = work.appendingPathComponent("out")
    let exitCode = await Parapet.run(
      [
        "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region", "us-east-1",
        "--region", "eu-west-1", "--output-dir", output.path, "--quiet",
      ], environment: environment)
    let main = try read(output)

    let wellRun = work.appendingPathComponent("out-well-run")
    _ = await Parapet.run(
      [
        "scan", "aws", "--profile", "well-run", "--endpoint-url", endpoint.absoluteString,
        "--region", "us-east-1", "--service", "iam,s3,cloudtrail,logs,cloudwatch,sns",
        "--output-dir", wellRun.path, "--quiet",
      ], environment: try wellRunEnvironment(environment, work: work))

    return Result(
      exitCode: exitCode, findings: main.findings, inventory: main.inventory,
      directory: main.directory, wellRun: try read(wellRun))
  }

  /// The one scan directory under `output`, read.
  private static func read(_ output: URL) throws -> Result.Output {
    let directories = try FileManager.default.contentsOfDirectory(
      at: output, includingPropertiesForKeys: nil)
    guard directories.count == 1, let directory = directories.first else {
      throw HelperProcessFailed(message: "expected one scan directory in \(output.path)")
    }
    let findings = try JSONValue.parse(
      Data(contentsOf: directory.appendingPathComponent("findings.json")))
    let inventory = try JSONValue.parse(
      Data(contentsOf: directory.appendingPathComponent("inventory.json")))
    return Result.Output(
      findings: findings["findings"]?.arrayValue ?? [], inventory: inventory,
      directory: directory)
  }

  /// `environment` with a config whose `well-run` profile assumes the role the seed
  /// (scripts/seed_well_run_account.py) reaches the second account through.
  private static func wellRunEnvironment(_ environment: [String: String], work: URL) throws
    -> [String: String]
  {
    let config = work.appendingPathComponent("config")
    let credentials = work.appendingPathComponent("credentials")
    try """
    [profile well-run]
    role_arn = arn:aws:iam::210987654321:role/OrganizationAccountAccessRole
    source_profile = seed
    """.write(to: config, atomically: true, encoding: .utf8)
    try """
    [seed]
    aws_access_key_id = testing
    aws_secret_access_key = testing
    """.write(to: credentials, atomically: true, encoding: .utf8)

    var copy = environment
    copy["AWS_ACCESS_KEY_ID"] = nil
    copy["AWS_SECRET_ACCESS_KEY"] = nil
    copy["AWS_CONFIG_FILE"] = config.path
    copy["AWS_SHARED_CREDENTIALS_FILE"] = credentials.path
    return copy
  }

  /// Runs the project's seed script (the same one `make demo` runs) against `endpoint`.
  private static func seed(_ endpoint: URL, manifest: URL) throws {
    let python = MotoServer.packageRoot.appendingPathComponent(".venv/bin/python").path
    let script = MotoServer.packageRoot.appendingPathComponent("scripts/seed_account.py").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      script, "--endpoint-url", endpoint.absoluteString, "--manifest",
      manifest.path,
    ]
    let errors = Pipe()
    process.standardOutput = FileHandle.nullDevice
    process.standardError = errors
    try process.run()
    let message = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw HelperProcessFailed(
        message: "seed_account.py failed (\(process.terminationStatus)): "
          + String(decoding: message, as: UTF8.self))
    }
  }
}
