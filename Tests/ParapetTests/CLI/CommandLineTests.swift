import Foundation
import ParapetCore
import Testing

/// The `parapet` binary as users meet it: usage errors, bad input and secrets, each with
/// its exit code and the exact first line of its message.
@Suite struct CommandLineTests {
  struct UsageCase: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var messageStart: String
    var testDescription: String { name }
  }

  static let usageCases: [UsageCase] = [
    UsageCase(
      name: "unknown region", arguments: ["scan", "aws", "--region", "mars-1"],
      messageStart: "parapet: unknown region 'mars-1'; valid regions: af-south-1, ap-east-1,"),
    // A misspelt check or category ran no check and exited 0: a CI gate that checks nothing.
    UsageCase(
      name: "check matching nothing",
      arguments: ["scan", "aws", "--checks", "aws.s3.bucket_not_publicly_accesible"],
      messageStart: "parapet: --checks 'aws.s3.bucket_not_publicly_accesible' matches no "
        + "check; see 'parapet checks list'"),
    // A named check whose service --service left out ran nothing and exited 0.
    UsageCase(
      name: "check outside the services",
      arguments: ["scan", "aws", "--service", "s3", "--checks", "aws.iam.root_mfa_enabled"],
      messageStart: "parapet: --checks aws.iam.root_mfa_enabled needs --service iam, which "
        + "--service s3 leaves out; add those services or drop --service"),
    // Both recorded nothing, silently: the user's --store lost the scan.
    UsageCase(
      name: "store with no-store",
      arguments: ["scan", "aws", "--store", "/tmp/h.db", "--no-store"],
      messageStart: "parapet: --store and --no-store exclude each other; give one"),
    // An empty list read as "no restriction": every region, every service.
    UsageCase(
      name: "empty region list", arguments: ["scan", "aws", "--region", ","],
      messageStart: "parapet: option '--region' needs a value (R); ',' names none"),
    // A misspelt exclusion ran the check it meant to leave out.
    UsageCase(
      name: "exclusion matching nothing",
      arguments: ["scan", "aws", "--exclude-checks", "aws.nothing.*"],
      messageStart: "parapet: --exclude-checks 'aws.nothing.*' matches no check; see "
        + "'parapet checks list'"),
    UsageCase(
      name: "unknown category", arguments: ["scan", "aws", "--categories", "nosuchcat"],
      messageStart: "parapet: unknown category 'nosuchcat'; categories are: "),
    UsageCase(
      name: "checks of an unknown service",
      arguments: ["checks", "list", "--service", "nosuch"],
      messageStart: "parapet: no check is about service 'nosuch'; services with checks: "),
    UsageCase(
      name: "unknown service", arguments: ["scan", "aws", "--service", "s3,dynamo"],
      messageStart: "parapet: unknown service 'dynamo'; valid services: iam, s3, ec2, kms,"),
    UsageCase(
      name: "unknown severity", arguments: ["scan", "aws", "--fail-on", "extreme"],
      messageStart: "parapet: unknown severity 'extreme' for --fail-on; valid severities: "
        + "informational, low, medium, high, critical"),
    UsageCase(
      name: "unknown format", arguments: ["scan", "aws", "--format", "xml"],
      messageStart: "parapet: unknown report format 'xml'; choose from json, csv, ocsf, asff,"),
    UsageCase(
      name: "unknown framework", arguments: ["scan", "aws", "--compliance", "cis-aws-9.9"],
      messageStart: "parapet: unknown compliance framework 'cis-aws-9.9'; valid frameworks: "
        + "aws-fsbp, cis-aws-3.0, cis-aws-4.0,"),
    UsageCase(
      name: "unknown check", arguments: ["checks", "show", "aws.s3.nope"],
      messageStart: "parapet: unknown check 'aws.s3.nope'; run 'parapet checks list'"),
    UsageCase(
      name: "unknown option", arguments: ["scan", "aws", "--regions", "us-east-1"],
      messageStart: "parapet: unknown option '--regions'; options are: --categories,"),
    UsageCase(
      name: "missing value", arguments: ["scan", "aws", "--output-dir"],
      messageStart: "parapet: option '--output-dir' needs a value (DIR)"),
    UsageCase(
      name: "missing provider", arguments: ["scan"],
      messageStart: "parapet: 'parapet scan' needs a provider: 'parapet scan aws'"),
    // --scan silently won over the file the user named.
    UsageCase(
      name: "fix from a file and a scan", arguments: ["fix", "--from", "F", "--scan", "1"],
      messageStart: "parapet: --from and --scan exclude each other: each names the findings "
        + "to fix; give one\n"),
    UsageCase(
      name: "unknown command", arguments: ["scna"],
      messageStart: "parapet: unknown command 'scna'; commands: scan, rescan, watch, rules, "
        + "checks, compliance, detect, report, fix, iam, history, diff"),
  ]

  @Test(arguments: usageCases)
  func usageErrorsExitTwo(_ testCase: UsageCase) async throws {
    let outcome = try await ParapetProcess.run(testCase.arguments)

    #expect(outcome.status == 2)
    #expect(outcome.stderr.hasPrefix(testCase.messageStart), "\(outcome.stderr)")
    #expect(outcome.stdout.isEmpty)
  }

  @Test func complianceListNamesEveryFramework() async throws {
    let outcome = try await ParapetProcess.run(["compliance", "list"])

    #expect(outcome.status == 0)
    for id in ["cis-aws-3.0", "cis-aws-4.0", "aws-fsbp", "nist-800-53-r5", "pci-dss-4.0"] {
      #expect(outcome.stdout.contains(id))
    }
    #expect(outcome.stdout.contains("  General Data Protection Regulation (EU) 2016/679\n"))
  }

  @Test func checksListShowsEveryBuiltinCheck() async throws {
    let outcome = try await ParapetProcess.run(["checks", "list", "--service", "kms"])

    #expect(outcome.status == 0)
    #expect(
      outcome.stdout.split(separator: "\n").map { String($0.prefix(while: { $0 != " " })) }
        == [
          "aws.kms.key_not_pending_deletion", "aws.kms.key_not_shared_cross_account",
          "aws.kms.key_policy_not_public",
          "aws.kms.key_rotation_enabled",
        ])
  }

  @Test func helpExitsZero() async throws {
    let outcome = try await ParapetProcess.run(["scan", "aws", "--help"])

    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("USAGE: parapet scan aws [options]"))
  }

  /// `--help` where a command's one subcommand or provider is left out, and of a
  /// subcommand with a help of its own: each printed a usage error or another's help.
  @Test(arguments: [
    (["scan", "--help"], "USAGE: parapet scan aws [options]\n"),
    (["rescan", "--help"], "USAGE: parapet rescan aws --events "),
    (["detect", "--help"], "USAGE: parapet detect cloudtrail "),
    (["checks", "show", "--help"], "USAGE: parapet checks show ID\n\nPrints everything"),
  ])
  func helpOfACommandExitsZero(_ arguments: [String], _ start: String) async throws {
    let outcome = try await ParapetProcess.run(arguments)

    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.hasPrefix(start), "\(outcome.stdout)")
    #expect(outcome.stderr == "")
  }

  /// Every command and subcommand there is; 'iam analyze', 'history fixes' and --version
  /// were missing from the top-level help.
  static let commands = [
    "scan aws", "rescan aws", "rules validate", "checks list", "checks show", "compliance list",
    "detect cloudtrail", "report", "fix", "iam can", "iam who-can", "iam analyze", "history",
    "history fixes", "history prune", "diff", "watch",
  ]

  @Test(arguments: commands)
  func topLevelHelpListsTheCommand(_ command: String) async throws {
    let help = try await ParapetProcess.run(["--help"])
    let words = command.split(separator: " ").map(String.init)
    let own = try await ParapetProcess.run(words + ["--help"])

    #expect(help.stdout.contains("\n  \(command) "), "\(help.stdout)")
    #expect(own.status == 0, "\(own.stderr)")
    #expect(own.stdout.hasPrefix("USAGE: parapet "))
  }

  @Test func topLevelHelpListsItsOwnOptions() async throws {
    let help = try await ParapetProcess.run(["--help"])
    let version = try await ParapetProcess.run(["--version"])

    #expect(help.status == 0)
    #expect(help.stdout.contains("\n  --version         print Parapet's version\n"))
    #expect(help.stdout.contains("\n  --help            show this help\n"))
    #expect(version.stdout.hasPrefix("parapet "))
  }

  @Test func unreachableEndpointFailsFastNamingTheURL() async throws {
    let environment = ParapetProcess.isolatedEnvironment([
      "AWS_ACCESS_KEY_ID": "AKIAFAKEFAKEFAKEFAKE", "AWS_SECRET_ACCESS_KEY": "fake",
    ])
    let outcome = try await ParapetProcess.run(
      ["scan", "aws", "--endpoint-url", "http://127.0.0.1:1", "--region", "us-east-1"],
      environment: environment)

    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("http://127.0.0.1:1"), "\(outcome.stderr)")
    // Seconds, not the minutes of a hung connection; generous for a loaded machine.
    #expect(outcome.seconds < 20)
  }

  /// An unknown AWS_REGION was not checked: the scan called 'mars-1' for seconds, retried
  /// every call and exited 3 as if findings had failed.
  @Test func unknownRegionFromTheEnvironmentIsAUsageError() async throws {
    let environment = ParapetProcess.isolatedEnvironment([
      "AWS_ACCESS_KEY_ID": "AKIAFAKEFAKEFAKEFAKE", "AWS_SECRET_ACCESS_KEY": "fake",
      "AWS_REGION": "mars-1",
    ])
    let outcome = try await ParapetProcess.run(
      ["scan", "aws", "--endpoint-url", "http://127.0.0.1:1", "--no-store"],
      environment: environment)

    #expect(outcome.status == 2)
    #expect(
      outcome.stderr.hasPrefix(
        "parapet: unknown region 'mars-1' from AWS_REGION; valid regions: af-south-1,"),
      "\(outcome.stderr)")
  }

  /// A store that could not be opened was found only after the whole account had been
  /// collected and the reports written.
  @Test func aStoreThatCannotBeOpenedStopsTheScanBeforeAnyCall() async throws {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("store"))
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let notAStore = work.appendingPathComponent("notes.txt")
    try String(repeating: "not a database\n", count: 100).write(
      to: notAStore, atomically: true, encoding: .utf8)
    let output = work.appendingPathComponent("out")

    let outcome = try await ParapetProcess.run(
      [
        "scan", "aws", "--endpoint-url", "http://127.0.0.1:1", "--region", "us-east-1",
        "--store", notAStore.path, "--output-dir", output.path,
      ],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "AKIAFAKEFAKEFAKEFAKE", "AWS_SECRET_ACCESS_KEY": "fake",
      ]))

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr.hasPrefix(
        "parapet: error: SQLite store \(notAStore.path): file is not a database"),
      "\(outcome.stderr)")
    #expect(!outcome.stderr.contains("127.0.0.1:1"), "no call was made: \(outcome.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  /// A directory under a file was refused with "(NSCocoaErrorDomain error 512.)".
  @Test func anOutputDirectoryUnderAFileNamesTheFile() async throws {
    let file = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("plain"))
    try "x".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let output = file.appendingPathComponent("sub").path

    let outcome = try await ParapetProcess.run(
      ["scan", "aws", "--region", "us-east-1", "--no-store", "--output-dir", output],
      environment: ParapetProcess.isolatedEnvironment([:]))

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: cannot create --output-dir '\(output)' (\(file.path) is a file); "
        + "choose a directory you can write\n")
  }

  /// libpq's hint came on a second, tab-indented line, and the URL was said twice.
  @Test func anUnreachablePostgresStoreIsOneLineWithoutThePassword() async throws {
    let outcome = try await ParapetProcess.run(
      ["history", "--store", "postgres://bob:hunter2@127.0.0.1:1/db"],
      environment: ParapetProcess.isolatedEnvironment([:]))

    #expect(outcome.status == 1)
    let location = "postgres://bob:***@127.0.0.1:1/db"
    #expect(
      outcome.stderr.hasPrefix(
        "parapet: error: cannot connect to PostgreSQL store \(location): "))
    #expect(outcome.stderr.components(separatedBy: location).count == 2, "\(outcome.stderr)")
    #expect(outcome.stderr.filter { $0 == "\n" }.count == 1, "\(outcome.stderr)")
    #expect(!outcome.stderr.contains("\t"))
    #expect(!outcome.stderr.contains("hunter2"))
  }

  /// Files the user names that cannot be read say why: Foundation's text gave
  /// "NSCocoaErrorDomain error 256" or no reason at all.
  @Test func unreadableFilesSayWhy() async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("unreadable"))
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let missing = directory.appendingPathComponent("missing.yaml").path

    let credentials = try await ParapetProcess.run(
      ["scan", "aws", "--region", "us-east-1", "--no-store"],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_SHARED_CREDENTIALS_FILE": directory.path
      ]))
    let mutelist = try await ParapetProcess.run(
      ["scan", "aws", "--region", "us-east-1", "--no-store", "--mutelist", missing],
      environment: ParapetProcess.isolatedEnvironment([:]))
    let report = try await ParapetProcess.run(["report", "--input", missing])

    #expect(credentials.status == 1)
    #expect(
      credentials.stderr.contains(
        "cannot read \(directory.path): it is a directory, not a file"),
      "\(credentials.stderr)")
    #expect(mutelist.status == 1)
    #expect(
      mutelist.stderr.contains("\(missing): cannot read the mutelist file: no such file"),
      "\(mutelist.stderr)")
    #expect(report.status == 1)
    #expect(report.stderr.contains("cannot be read: no such file"), "\(report.stderr)")
  }

  /// A run that failed before any report (here: no endpoint) left its new --output-dir
  /// behind, empty; one the user made beforehand stays.
  @Test func aFailedRunLeavesNoEmptyOutputDirectoryItMade() async throws {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("failed-run"))
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let made = work.appendingPathComponent("made-by-parapet")
    let existing = work.appendingPathComponent("made-by-user")
    try FileManager.default.createDirectory(at: existing, withIntermediateDirectories: true)
    let environment = ParapetProcess.isolatedEnvironment([
      "AWS_ACCESS_KEY_ID": "AKIAFAKEFAKEFAKEFAKE", "AWS_SECRET_ACCESS_KEY": "fake",
    ])

    for output in [made, existing] {
      let outcome = try await ParapetProcess.run(
        [
          "scan", "aws", "--endpoint-url", "http://127.0.0.1:1", "--region", "us-east-1",
          "--no-store", "--output-dir", output.path,
        ], environment: environment)
      #expect(outcome.status == 1, "\(outcome.stderr)")
    }

    #expect(!FileManager.default.fileExists(atPath: made.path))
    #expect(FileManager.default.fileExists(atPath: existing.path))
  }

  @Test func malformedConfigFileNamesFileAndLine() async throws {
    let config = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("config"))
    try "[profile dev]\nregion = us-east-1\nthis line is wrong\n".write(
      to: config, atomically: true, encoding: .utf8)
    let outcome = try await ParapetProcess.run(
      ["scan", "aws", "--profile", "dev"],
      environment: ParapetProcess.isolatedEnvironment(["AWS_CONFIG_FILE": config.path]))

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr.contains("\(config.lastPathComponent):3: expected 'key = value' or "),
      "\(outcome.stderr)")
  }

  @Test func missingCredentialsSayWhereParapetLooked() async throws {
    let outcome = try await ParapetProcess.run(["scan", "aws", "--region", "us-east-1"])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr.hasPrefix(
        "parapet: error: no AWS credentials found (tried: environment variables, "),
      "\(outcome.stderr)")
  }

  @Test func secretsNeverReachTheLogEvenAtTrace() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("parapet-out"))
    let environment = ParapetProcess.isolatedEnvironment([
      "AWS_ACCESS_KEY_ID": "AKIASECRETCHECKKEY01", "AWS_SECRET_ACCESS_KEY": "s3cr3t-value-xyz",
      "AWS_SESSION_TOKEN": "session-token-value-xyz",
    ])
    let outcome = try await ParapetProcess.run(
      [
        "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region", "us-east-1",
        "--service", "s3,iam", "--log-level", "trace", "--output-dir", output.path,
      ], environment: environment)

    #expect([0, 3].contains(outcome.status), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("aws.operation=ListBuckets"))
    for secret in ["s3cr3t-value-xyz", "session-token-value-xyz", "Signature="] {
      #expect(!outcome.stderr.contains(secret))
      #expect(!outcome.stdout.contains(secret))
    }
  }
}

/// Profiles that assume a role through moto's STS, as a real account's audit role is used.
@Suite struct AssumeRoleProfileTests {
  @Test func scanRunsAsTheRoleTheProfileAssumes() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("home"))
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent(".aws"), withIntermediateDirectories: true)
    let role = MotoServer.uniqueName("audit")
    try """
    [profile base]
    region = us-east-1

    [profile audit]
    role_arn = arn:aws:iam::123456789012:role/\(role)
    source_profile = base
    external_id = parapet-external-id
    role_session_name = parapet-audit
    """.write(
      to: home.appendingPathComponent(".aws/config"), atomically: true, encoding: .utf8)
    try "[base]\naws_access_key_id = AKIABASEPROFILE00001\naws_secret_access_key = base-secret\n"
      .write(
        to: home.appendingPathComponent(".aws/credentials"), atomically: true,
        encoding: .utf8)

    let output = home.appendingPathComponent("out")
    var environment = ParapetProcess.isolatedEnvironment(["HOME": home.path])
    environment["AWS_CONFIG_FILE"] = nil
    environment["AWS_SHARED_CREDENTIALS_FILE"] = nil
    let outcome = try await ParapetProcess.run(
      [
        "scan", "aws", "--profile", "audit", "--endpoint-url", endpoint.absoluteString,
        "--region", "us-east-1", "--service", "s3", "--output-dir", output.path, "--quiet",
      ], environment: environment)

    #expect([0, 3].contains(outcome.status), "\(outcome.stderr)")
    let scanDirectory = try FileManager.default.contentsOfDirectory(
      at: output, includingPropertiesForKeys: nil)
    let findings = try JSONValue.parse(
      Data(contentsOf: try #require(scanDirectory.first).appendingPathComponent("findings.json")))
    #expect(
      findings.value(at: "scan.caller_arn")
        == .string("arn:aws:sts::123456789012:assumed-role/\(role)/parapet-audit"))
    // The run leaves its store and nothing else in the home: creating a URLSession made
    // Foundation add cache and data directories though no metadata endpoint was asked.
    #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent(".cache").path))
    #expect(
      try FileManager.default.contentsOfDirectory(
        atPath: home.appendingPathComponent(".local/share").path) == ["parapet"])
  }
}
