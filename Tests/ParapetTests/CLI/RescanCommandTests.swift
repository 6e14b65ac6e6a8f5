import Foundation
import ParapetCore
import ParapetStore
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `parapet rescan aws` end to end through the built binary, on an emulated account of its
/// own: a full scan, changes made through the API, a CloudTrail log of some of them, the
/// rescan, and what the store, the reports and `parapet diff` say afterwards.
@Suite(.serialized) struct RescanCommandTests {
  static let region = "eu-west-2"
  static let account = "123456789012"

  /// A working directory, a store and the command lines for one test.
  struct Setup {
    var endpoint: URL
    var work: URL
    var prefix: String
    var store: String { work.appendingPathComponent("history.db").path }

    /// The report root of one run.
    func out(_ run: String) -> String { work.appendingPathComponent(run).path }
    var environment: [String: String] {
      ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      ])
    }

    /// A setup whose resources are named with `prefix` (default: unique).
    static func make(_ name: String, prefix fixed: String? = nil) async throws -> Setup {
      let endpoint = try await MotoServer.rescans.endpoint()
      let prefix = fixed ?? MotoServer.uniqueName(name)
      let work = FileManager.default.temporaryDirectory.appendingPathComponent(
        MotoServer.uniqueName(name))
      try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
      return Setup(endpoint: endpoint, work: work, prefix: prefix)
    }

    func account(_ step: String, _ arguments: String...) throws -> JSONValue {
      try JSONValue.parse(
        PythonScript.run(
          Fixture.path("Rescan/account.py"),
          [endpoint.absoluteString, RescanCommandTests.region, prefix, step] + arguments))
    }

    func parapet(_ arguments: [String]) async throws -> ParapetProcess.Outcome {
      try await ParapetProcess.run(arguments, environment: environment)
    }

    func scan(_ run: String, services: String = "s3,ec2") async throws
      -> ParapetProcess.Outcome
    {
      try await parapet([
        "scan", "aws", "--endpoint-url", endpoint.absoluteString, "--region",
        RescanCommandTests.region, "--service", services, "--store", store, "--output-dir",
        out(run), "--format", "json", "--quiet",
      ])
    }

    func rescan(_ run: String, _ extra: [String]) async throws -> ParapetProcess.Outcome {
      try await parapet(
        [
          "rescan", "aws", "--endpoint-url", endpoint.absoluteString, "--region",
          RescanCommandTests.region, "--store", store, "--output-dir", out(run), "--format",
          "json",
        ] + extra)
    }

    /// A report file of run `run` (its only report directory).
    func report(_ run: String, _ file: String) throws -> JSONValue {
      let directories = try FileManager.default.contentsOfDirectory(atPath: out(run))
      #expect(directories.count == 1, "\(directories)")
      let directory = try #require(directories.first)
      return try JSONValue.parse(
        Data(
          contentsOf: URL(fileURLWithPath: out(run)).appendingPathComponent(directory)
            .appendingPathComponent(file)))
    }

    /// Finding statuses of run `run`, by `check resource`.
    func statuses(_ run: String) throws -> [String: String] {
      var statuses: [String: String] = [:]
      for finding in try report(run, "findings.json")["findings"]?.arrayValue ?? [] {
        let key =
          (finding["check_id"]?.stringValue ?? "") + " "
          + (finding["resource_id"]?.stringValue ?? "")
        statuses[key] = finding["status"]?.stringValue
      }
      return statuses
    }

    /// Writes `records` as a CloudTrail log file in the tree a trail delivers, and returns
    /// the tree's root.
    func trailLog(_ records: [JSONValue]) throws -> String {
      let root = work.appendingPathComponent("trail")
      let day = root.appendingPathComponent(
        "AWSLogs/\(RescanCommandTests.account)/CloudTrail/\(RescanCommandTests.region)/2026/12/03")
      try FileManager.default.createDirectory(at: day, withIntermediateDirectories: true)
      let name =
        "\(RescanCommandTests.account)_CloudTrail_\(RescanCommandTests.region)_"
        + "20261203T1620Z_a.json"
      let text = JSONWriter().string(["Records": .array(records)])
      try Data(text.utf8).write(to: day.appendingPathComponent(name))
      return root.path
    }
  }

  /// A management event as CloudTrail writes it for the emulated account.
  static func event(
    _ source: String, _ name: String, request: JSONValue, response: JSONValue = .null,
    readOnly: Bool = false, error: String? = nil
  ) -> JSONValue {
    var record: JSONValue = [
      "eventVersion": "1.09",
      "userIdentity": [
        "type": "IAMUser", "principalId": "AIDAEXAMPLE",
        "arn": .string("arn:aws:iam::\(account):user/alice"), "accountId": .string(account),
        "userName": "alice",
      ],
      "eventTime": "2026-12-03T16:20:00Z", "eventSource": .string(source),
      "eventName": .string(name), "awsRegion": .string(region),
      "sourceIPAddress": "198.51.100.7", "userAgent": "aws-cli/2.15.30",
      "requestParameters": request, "responseElements": response, "requestID": "req",
      "eventID": .string(UUID().uuidString), "readOnly": .bool(readOnly),
      "eventType": "AwsApiCall", "managementEvent": true,
      "recipientAccountId": .string(account), "eventCategory": "Management",
    ]
    if let error { record = record.setting("errorCode", to: .string(error)) }
    return record
  }

  @Test func judgesTheChangedResourcesAgainAndKeepsTheRest() async throws {
    let setup = try await Setup.make("rescan")
    let group = try #require(try setup.account("seed")["group"]?.stringValue)
    let first = try await setup.scan("scan")
    #expect(first.status == 3, "\(first.stderr)")
    _ = try setup.account("change")
    let (open, gone, quiet) = (
      "\(setup.prefix)-open", "\(setup.prefix)-gone", "\(setup.prefix)-quiet"
    )
    let ssh: JSONValue = [
      "items": [
        [
          "ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "groups": [:],
          "ipRanges": ["items": [["cidrIp": "0.0.0.0/0"]]], "ipv6Ranges": [:],
          "prefixListIds": [:],
        ]
      ]
    ]
    let log = try setup.trailLog([
      Self.event(
        "s3.amazonaws.com", "PutBucketPolicy",
        request: [
          "bucketName": .string(open), "policy": "", "Host": .string("\(open).s3.amazonaws.com"),
        ]),
      Self.event("s3.amazonaws.com", "DeleteBucket", request: ["bucketName": .string(gone)]),
      Self.event(
        "ec2.amazonaws.com", "AuthorizeSecurityGroupIngress",
        request: ["groupId": .string(group), "ipPermissions": ssh],
        response: ["requestId": "req", "_return": true]),
      Self.event("sts.amazonaws.com", "GetFederationToken", request: ["name": "partner"]),
      Self.event(
        "s3.amazonaws.com", "GetBucketPolicy", request: ["bucketName": .string(open)],
        readOnly: true),
      Self.event(
        "ec2.amazonaws.com", "AuthorizeSecurityGroupIngress",
        request: ["groupId": .string(group), "ipPermissions": ssh],
        error: "Client.InvalidPermission.Duplicate"),
    ])

    let rescan = try await setup.rescan("rescan", ["--events", log])

    #expect(rescan.status == 3, "\(rescan.stderr)")
    #expect(rescan.stderr == "")
    let lines = rescan.stdout.split(separator: "\n").map(String.init)
    for expected in [
      "Events: 6 read from 1 input(s); 3 touched what Parapet reads, 3 ignored.",
      "  ignored, read-only: 1 (s3:GetBucketPolicy)",
      "  ignored, failed call: 1 (ec2:AuthorizeSecurityGroupIngress)",
      "  ignored, not collected by Parapet: 1 (sts:GetFederationToken)",
      "  ec2 \(Self.region): 1 target(s) (ec2:AuthorizeSecurityGroupIngress)",
      "  s3 global: 2 target(s) (s3:DeleteBucket, s3:PutBucketPolicy)",
      "Resources: 2 changed, 0 added, 1 removed, 0 read again unchanged.",
      "  removed  arn:aws:s3:::\(gone)",
      // The bucket: ListBuckets, GetBucketLocation, seven configuration calls and
      // GetBucketTagging; the deleted one: ListBuckets; the group: DescribeSecurityGroups.
      "API calls: 13 (ec2 1, s3 11, sts 1).",
    ] {
      #expect(lines.contains(expected), "missing '\(expected)' in:\n\(rescan.stdout)")
    }

    // Exactly the changed resources' verdicts moved; every other one stayed, even the
    // quiet bucket's, whose versioning changed without an event.
    let before = try setup.statuses("scan")
    let after = try setup.statuses("rescan")
    let groupArn = "arn:aws:ec2:\(Self.region):\(Self.account):security-group/\(group)"
    var moved: [String: String] = [:]
    for key in Set(before.keys).union(after.keys) where before[key] != after[key] {
      moved[key] = "\(before[key] ?? "none") -> \(after[key] ?? "none")"
    }
    let goneKeys = before.keys.filter { $0.hasSuffix(" arn:aws:s3:::\(gone)") }
    // Every bucket check judged the deleted bucket, as it judged the others.
    #expect(goneKeys.count == before.keys.filter { $0.hasSuffix(" arn:aws:s3:::\(open)") }.count)
    #expect(!goneKeys.isEmpty)
    #expect(
      moved.filter { !$0.key.hasSuffix(" arn:aws:s3:::\(gone)") } == [
        "aws.s3.bucket_policy_not_public arn:aws:s3:::\(open)": "pass -> fail",
        "aws.s3.bucket_not_publicly_accessible arn:aws:s3:::\(open)": "pass -> fail",
        "aws.s3.bucket_not_shared_cross_account arn:aws:s3:::\(open)": "pass -> fail",
        "aws.ec2.security_group_no_public_admin_ports_ipv4 \(groupArn)": "pass -> fail",
      ])
    #expect(goneKeys.allSatisfy { after[$0] == nil })
    #expect(after["aws.s3.bucket_versioning_enabled arn:aws:s3:::\(quiet)"] == "fail")

    let scanned = try setup.report("scan", "findings.json")
    let findings = try setup.report("rescan", "findings.json")
    #expect(findings.value(at: "scan.rescan_of") == scanned.value(at: "scan.scan_id"))
    #expect(
      findings.value(at: "scan.api_calls")
        == [
          "ec2": ["calls": 1, "retries": 0], "s3": ["calls": 11, "retries": 0],
          "sts": ["calls": 1, "retries": 0],
        ])
    let inventory = try setup.report("rescan", "inventory.json")
    let ids = (inventory["resources"]?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
    #expect(!ids.contains("arn:aws:s3:::\(gone)"))
    #expect(ids.contains("arn:aws:s3:::\(open)"))

    let history = try await setup.parapet(["history", "--store", setup.store])
    let kinds = history.stdout.split(separator: "\n").dropFirst().map {
      $0.split(separator: " ").last.map(String.init) ?? ""
    }
    #expect(kinds == ["rescan", "scan"], "\(history.stdout)")
    // An account with no scans printed a header over nothing.
    let none = try await setup.parapet(
      ["history", "--store", setup.store, "--account", "000000000000"])
    #expect(none.stdout == "No scans recorded for account 000000000000 in this store.\n")
    // Every header starts where its column's values start.
    let table = history.stdout.split(separator: "\n").map(String.init)
    for header in ["ACCOUNT", "STATUS", "RESOURCES", "FAILING", "KIND"] {
      let column = table[0].range(of: header).map {
        table[0].distance(from: table[0].startIndex, to: $0.lowerBound)
      }
      let row = table[1]
      let before = column.map { row.prefix($0) }
      #expect(before?.last == " ", "\(header) is not aligned: \(history.stdout)")
      #expect(column.map { row.dropFirst($0).first != " " } == true, "\(history.stdout)")
    }

    let diff = try await setup.parapet(["diff", "--store", setup.store, "--format", "json"])
    #expect(diff.status == 0, "\(diff.stderr)")
    let drift = try JSONValue.parse(diff.stdout)
    let new = (drift.value(at: "findings.new")?.arrayValue ?? []).compactMap {
      $0["check_id"]?.stringValue
    }
    #expect(
      new.sorted() == [
        "aws.ec2.security_group_no_public_admin_ports_ipv4",
        "aws.s3.bucket_not_publicly_accessible", "aws.s3.bucket_not_shared_cross_account",
        "aws.s3.bucket_policy_not_public",
      ])
    #expect(
      (drift.value(at: "resources.removed")?.arrayValue ?? []).compactMap { $0["id"]?.stringValue }
        == ["arn:aws:s3:::\(gone)"])
    #expect(
      (drift.value(at: "resources.changed")?.arrayValue ?? []).compactMap {
        $0["id"]?.stringValue
      }.sorted() == [groupArn, "arn:aws:s3:::\(open)"].sorted())
    #expect(diff.stdout.contains("0.0.0.0/0"))

    // A full scan now differs from the rescan only by what no event reported.
    let full = try await setup.scan("full")
    #expect(full.status == 3, "\(full.stderr)")
    let check = try await setup.parapet(["diff", "--store", setup.store, "--format", "json"])
    let rest = try JSONValue.parse(check.stdout)
    #expect(rest.value(at: "findings.new")?.arrayValue == [])
    #expect(
      (rest.value(at: "findings.resolved")?.arrayValue ?? []).compactMap {
        $0["check_id"]?.stringValue
      } == ["aws.s3.bucket_versioning_enabled"])
    #expect(
      (rest.value(at: "resources.changed")?.arrayValue ?? []).compactMap {
        $0["id"]?.stringValue
      } == ["arn:aws:s3:::\(quiet)"])
  }

  /// moto does not implement LookupEvents: a loopback server answers with a captured
  /// response (`Fixtures/CloudTrail/lookup-events-page.json`), each region with the events
  /// recorded there, while every other call goes to moto.
  @Test func readsWriteEventsFromLookupEvents() async throws {
    // The captured events name these buckets.
    let setup = try await Setup.make("rescan-lookup", prefix: "parapet-lookup")
    _ = try setup.account("seed")
    let first = try await setup.scan("scan")
    #expect(first.status == 3, "\(first.stderr)")
    _ = try setup.account("change")
    let server = try PortAnnouncingProcess(
      script: Fixture.path("Servers/lookup_events_server.py"),
      arguments: [Fixture.path("CloudTrail/lookup-events-page.json")])
    defer { server.stop() }
    var environment = setup.environment
    environment["AWS_ENDPOINT_URL"] = setup.endpoint.absoluteString
    environment["AWS_ENDPOINT_URL_CLOUDTRAIL"] = "http://127.0.0.1:\(server.port)"

    let rescan = try await ParapetProcess.run(
      [
        "rescan", "aws", "--region", Self.region, "--store", setup.store, "--output-dir",
        setup.out("rescan"), "--format", "json", "--lookup-events",
      ], environment: environment)

    #expect(rescan.status == 3, "\(rescan.stderr)")
    let lines = rescan.stdout.split(separator: "\n").map(String.init)
    for expected in [
      "Events: 4 read from 2 input(s); 2 touched what Parapet reads, 2 ignored.",
      "  ignored, changes nothing Parapet reads: 1 (ec2:CreateNetworkInterface)",
      // The scan covered S3 and EC2, not IAM.
      "  ignored, outside the previous scan: 1 (iam:AttachUserPolicy)",
      "  s3 global: 2 target(s) (s3:DeleteBucket, s3:PutBucketPolicy)",
      "Resources: 1 changed, 0 added, 1 removed, 0 read again unchanged.",
      // One LookupEvents per region: the scanned one, and us-east-1 where global
      // services (S3's account calls, IAM) record theirs.
      "API calls: 14 (cloudtrail 2, s3 11, sts 1).",
    ] {
      #expect(lines.contains(expected), "missing '\(expected)' in:\n\(rescan.stdout)")
    }
    let after = try setup.statuses("rescan")
    #expect(after["aws.s3.bucket_policy_not_public arn:aws:s3:::parapet-lookup-open"] == "fail")

    let (data, _) = try await URLSession.shared.data(
      from: try #require(URL(string: "http://127.0.0.1:\(server.port)/requests")))
    let requests = try JSONValue.parse(data).arrayValue ?? []
    #expect(
      requests.compactMap { $0["region"]?.stringValue }.sorted() == ["eu-west-2", "us-east-1"])
    let started = try setup.report("scan", "findings.json").value(at: "scan.started_at")
    let since = try #require(ISO8601DateFormatter().date(from: started?.stringValue ?? ""))
    for request in requests {
      #expect(
        request["target"]
          == "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents")
      #expect(
        request.value(at: "body.LookupAttributes")
          == [["AttributeKey": "ReadOnly", "AttributeValue": "false"]])
      // Without --since, events since the updated scan started.
      let start = request.value(at: "body.StartTime")?.doubleValue ?? 0
      #expect(start.rounded(.down) == since.timeIntervalSince1970)
    }
  }

  /// IAM has no targeted collection: an IAM event re-runs the IAM collector, whose listing
  /// replaces every IAM resource.
  @Test func anIAMEventReRunsTheIAMCollector() async throws {
    let setup = try await Setup.make("rescan-iam")
    let old = try #require(try setup.account("user", "old")["arn"]?.stringValue)
    let first = try await setup.scan("scan", services: "iam")
    #expect(first.status == 3, "\(first.stderr)")
    let new = try #require(try setup.account("user", "new")["arn"]?.stringValue)
    let log = try setup.trailLog([
      Self.event(
        "iam.amazonaws.com", "CreateUser", request: ["userName": .string("\(setup.prefix)-new")],
        response: ["user": ["arn": .string(new), "userName": .string("\(setup.prefix)-new")]])
    ])

    let rescan = try await setup.rescan("rescan", ["--events", log])

    #expect(rescan.status == 3, "\(rescan.stderr)")
    let lines = rescan.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains("  iam global: whole service, iam has no targeted collection (iam:CreateUser)")
    )
    #expect(lines.contains("  added    \(new)"), "\(rescan.stdout)")
    // The new user, as bare as the old one, meets every user check as the old one does.
    let after = try setup.statuses("rescan")
    func verdicts(_ arn: String) -> [String: String] {
      Dictionary(
        uniqueKeysWithValues: after.filter { $0.key.hasSuffix(" " + arn) }.map {
          (String($0.key.dropLast(arn.count + 1)), $0.value)
        })
    }
    #expect(!verdicts(old).isEmpty)
    #expect(verdicts(new) == verdicts(old))
    // moto's credential report has no root row, so the earlier scan was partial; the
    // rescan inherits that.
    let history = try await setup.parapet(["history", "--store", setup.store])
    let statuses = history.stdout.split(separator: "\n").dropFirst().map {
      String($0.split(separator: " ", omittingEmptySubsequences: true)[3])
    }
    #expect(statuses == ["partial", "partial"], "\(history.stdout)")
  }

  @Test func withoutAnEarlierScanItSaysToScanFirst() async throws {
    let setup = try await Setup.make("rescan-first")
    let log = try setup.trailLog([
      Self.event("s3.amazonaws.com", "DeleteBucket", request: ["bucketName": "any"])
    ])

    let noStore = try await setup.rescan("rescan", ["--events", log])

    #expect(noStore.status == 1)
    #expect(
      noStore.stderr
        == "parapet: error: there is no history store at \(setup.store); record a scan there "
        + "first with 'parapet scan aws --store \(setup.store)'\n")
    #expect(!FileManager.default.fileExists(atPath: setup.store))

    _ = try openScanStore(.sqlite(path: setup.store))
    let outcome = try await setup.rescan("rescan", ["--events", log])

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: the history store has no scan of account \(Self.account) to "
        + "update; run `parapet scan aws` first\n")
  }

  @Test func aMissingEventsPathStopsTheRescanBeforeAnyCallOrStore() async throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent(
      MotoServer.uniqueName("rescan-missing"))
    let missing = work.appendingPathComponent("no-such-trail").path
    let store = work.appendingPathComponent("history.db").path
    // Port 9 on loopback is closed: a call would end the run with a network error instead.
    let outcome = try await ParapetProcess.run(
      [
        "rescan", "aws", "--events", missing, "--endpoint-url", "http://127.0.0.1:9",
        "--region", Self.region, "--store", store,
      ],
      environment: ParapetProcess.isolatedEnvironment([
        "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      ]))

    #expect(outcome.status == 1)
    #expect(
      outcome.stderr
        == "parapet: error: cannot read --events '\(missing)': no such file or directory\n")
    #expect(!FileManager.default.fileExists(atPath: store))
  }

  @Test func eventFilesThatAreAllBrokenAreAnInputErrorAndSomeGoodOneLetsItGoOn() async throws {
    let setup = try await Setup.make("rescan-broken")
    let first = try await setup.scan("scan", services: "s3")
    #expect([0, 3].contains(first.status), "\(first.stderr)")
    let events = setup.work.appendingPathComponent("events")
    try FileManager.default.createDirectory(at: events, withIntermediateDirectories: true)
    let notJSON = events.appendingPathComponent("a.json")
    try Data("not json\n".utf8).write(to: notJSON)
    let truncated = events.appendingPathComponent("b.json")
    try Data("{\"Records\": [".utf8).write(to: truncated)
    let dangling = events.appendingPathComponent("c.json")
    try FileManager.default.createSymbolicLink(
      atPath: dangling.path, withDestinationPath: setup.work.appendingPathComponent("gone").path)

    let broken = try await setup.rescan("broken", ["--events", events.path])

    #expect(broken.status == 1)
    #expect(
      broken.stderr
        == "parapet: error: no CloudTrail event could be read from 3 input(s), each malformed "
        + "or unreadable: \(notJSON.path) (starts with neither '{' nor '['; not a CloudTrail "
        + "file, skipped), \(truncated.path) (input ends before the Records array closes; the "
        + "file is truncated), \(dangling.path) (cannot open: No such file or directory; "
        + "skipped); give --events CloudTrail log files\n")
    #expect(broken.stdout == "")

    let good = Self.event("sts.amazonaws.com", "GetFederationToken", request: ["name": "p"])
    try Data(JSONWriter().string(["Records": [good]]).utf8).write(
      to: events.appendingPathComponent("d.json"))
    let partial = try await setup.rescan("partial", ["--events", events.path])

    #expect([0, 3].contains(partial.status), "\(partial.stderr)")
    #expect(partial.stdout.contains("Events: 1 read from 3 input(s);"), "\(partial.stdout)")
    for bad in [notJSON, truncated, dangling] {
      #expect(partial.stderr.contains("warning: \(bad.path): "), "\(partial.stderr)")
    }
  }

  @Test func eventsThatTouchNothingScannedLeaveTheScanStanding() async throws {
    let setup = try await Setup.make("rescan-idle")
    _ = try setup.account("seed")
    let first = try await setup.scan("scan")
    #expect(first.status == 3, "\(first.stderr)")
    let log = try setup.trailLog([
      Self.event("lambda.amazonaws.com", "AddPermission20150331v2", request: ["functionName": "f"]),
      Self.event("sts.amazonaws.com", "GetFederationToken", request: ["name": "partner"]),
    ])

    let outcome = try await setup.rescan("rescan", ["--events", log])

    #expect(outcome.status == 3, "\(outcome.stderr)")
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("  ignored, outside the previous scan: 1 (lambda:AddPermission)"))
    #expect(lines.contains("  ignored, not collected by Parapet: 1 (sts:GetFederationToken)"))
    #expect(
      lines.contains("Nothing to re-collect: no event touched what scan 1 covers; it stands."))
    #expect(lines.last == "API calls: 1 (sts 1).")
    #expect(try FileManager.default.contentsOfDirectory(atPath: setup.out("rescan")) == [])
    let history = try await setup.parapet(["history", "--store", setup.store])
    #expect(history.stdout.split(separator: "\n").count == 2, "\(history.stdout)")

    let later = try await setup.rescan("later", ["--events", log, "--since", "2026-12-04"])
    let expected =
      "Events: 0 read from 1 input(s); 0 touched what Parapet reads, 0 ignored; "
      + "2 outside --since/--until."
    #expect(later.stdout.split(separator: "\n").map(String.init).contains(expected))
  }

  @Test(
    arguments: [
      (
        ["rescan", "aws"],
        "parapet: 'parapet rescan aws' needs events: --events FILE|DIR|"
          + "s3://BUCKET/PREFIX, or --lookup-events\n"
      ),
      (["rescan"], "parapet: 'parapet rescan' needs a provider: 'parapet rescan aws'\n"),
      (
        ["rescan", "aws", "--events", "s3://"],
        "parapet: --events 's3://' is not an "
          + "s3://BUCKET/PREFIX location\n"
      ),
      (
        ["rescan", "aws", "--lookup-events", "--service", "s3"],
        "parapet: unknown option "
          + "'--service'; options are: "
      ),
    ])
  func badCommandLinesAreUsageErrors(_ arguments: [String], _ message: String) async throws {
    let outcome = try await ParapetProcess.run(arguments)

    #expect(outcome.status == 2)
    #expect(outcome.stderr.hasPrefix(message), "\(outcome.stderr)")
  }
}
