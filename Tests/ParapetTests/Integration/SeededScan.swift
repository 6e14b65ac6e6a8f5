import Foundation
import ParapetCLI
import ParapetCore

/// One scan of the seeded demo account, run once per test process through the real CLI
/// entry point (`parapet scan aws`) against a moto server of its own, and shared by the
/// suites that assert on it.
actor SeededScan {
  static let shared = SeededScan()

  /// What the scan produced.
  struct Result: Sendable {
    var exitCode: ExitCode
    var findings: [JSONValue]
    var inventory: JSONValue
    var directory: URL

    /// Statuses of `check` on resources of `type` named `name` (or tagged `Name` so, for
    /// resources named by a generated id such as GuardDuty detectors), sorted.
    func statuses(_ check: String, type: String, name: String) -> [String] {
      let ids = Set(
        (inventory["resources"]?.arrayValue ?? []).filter {
          $0["type"]?.stringValue == type
            && ($0["name"]?.stringValue == name || $0["tags"]?["Name"]?.stringValue == name)
        }.compactMap { $0["id"]?.stringValue })
      return findings.filter {
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

    let directories = try FileManager.default.contentsOfDirectory(
      at: output, includingPropertiesForKeys: nil)
    guard directories.count == 1, let directory = directories.first else {
      throw HelperProcessFailed(message: "expected one scan directory in \(output.path)")
    }
    let findings = try JSONValue.parse(
      Data(contentsOf: directory.appendingPathComponent("findings.json")))
    let inventory = try JSONValue.parse(
      Data(contentsOf: directory.appendingPathComponent("inventory.json")))
    return Result(
      exitCode: exitCode, findings: findings["findings"]?.arrayValue ?? [],
      inventory: inventory, directory: directory)
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
