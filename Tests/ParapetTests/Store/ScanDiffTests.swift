import Foundation
import ParapetCore
import ParapetStore
import Testing

@Suite("Scan diff") struct ScanDiffTests {
  typealias F = StoreFixtures

  static let sgId = "arn:aws:ec2:us-east-1:123456789012:security-group/sg-0abc"

  static func expectedSecurityGroupText(old: Int64, new: Int64) -> String {
    """
    Drift from scan \(old) to scan \(new)
    Findings: 0 new, 0 resolved, 0 still failing
    Resources: 1 added, 1 removed, 1 changed
      + aws.s3.bucket arn:aws:s3:::new (new, us-east-1)
      - aws.s3.bucket arn:aws:s3:::gone (gone, us-east-1)
      ~ aws.ec2.security_group \(sgId) (web, us-east-1)
          + IpPermissions[1]: {"FromPort":22,"IpProtocol":"tcp",\
    "IpRanges":[{"CidrIp":"0.0.0.0/0"}],"ToPort":22}

    """
  }

  /// Scan 1: SSH open to one office range; scan 2: SSH also open to the world, so the
  /// open-SSH check starts failing, and the versioning finding on `logs` is fixed.
  static func sshOpened() -> ScanDiff {
    let sgCheck = Finding(
      checkId: "aws.ec2.sg_ssh_open", checkTitle: "SSH open", resourceId: sgId,
      resourceType: "aws.ec2.security_group", resourceName: "web", account: F.account,
      region: "us-east-1", status: .pass, severity: .critical, message: "closed")
    var sgFailing = sgCheck
    sgFailing.status = .fail
    sgFailing.message = "port 22 open to 0.0.0.0/0"
    let logs = F.finding("aws.s3.versioning", on: "arn:aws:s3:::logs", .fail)
    var logsFixed = logs
    logsFixed.status = .pass
    let web = F.finding("aws.s3.versioning", on: "arn:aws:s3:::web", .fail)

    let old = ScanContents(
      findings: [sgCheck, logs, web],
      resources: [F.securityGroup([F.rule(22, ["10.0.0.0/8"])])].map(StoredResource.init))
    let new = ScanContents(
      findings: [sgFailing, logsFixed, web],
      resources: [F.securityGroup([F.rule(22, ["10.0.0.0/8", "0.0.0.0/0"])])]
        .map(StoredResource.init))
    return ScanDiff.compute(old: old, new: new, oldScan: 1, newScan: 2)
  }

  @Test func classifiesFindingsAndShowsTheNewRule() {
    let diff = Self.sshOpened()

    #expect(diff.newFindings.map(\.checkId) == ["aws.ec2.sg_ssh_open"])
    #expect(diff.resolvedFindings.map(\.finding.resourceId) == ["arn:aws:s3:::logs"])
    #expect(diff.resolvedFindings.map(\.nowStatus) == [.pass])
    #expect(diff.stillFailing.map(\.resourceId) == ["arn:aws:s3:::web"])
    #expect(diff.addedResources == [] && diff.removedResources == [])
    #expect(
      diff.changedResources.map(\.changes) == [
        [
          PropertyChange(
            kind: .added, path: "IpPermissions[0].IpRanges[1]", oldValue: nil,
            newValue: ["CidrIp": "0.0.0.0/0"])
        ]
      ])
  }

  @Test func rendersText() {
    #expect(
      Self.sshOpened().render(.text) == """
        Drift from scan 1 to scan 2
        Findings: 1 new, 1 resolved, 1 still failing
          NEW       critical     aws.ec2.sg_ssh_open  \(Self.sgId)
          RESOLVED  high         aws.s3.versioning  arn:aws:s3:::logs (now pass)
        Resources: 0 added, 0 removed, 1 changed
          ~ aws.ec2.security_group \(Self.sgId) (web, us-east-1)
              + IpPermissions[0].IpRanges[1]: {"CidrIp":"0.0.0.0/0"}

        """)
  }

  @Test func rendersMarkdown() {
    #expect(
      Self.sshOpened().render(.markdown) == """
        # Drift from scan 1 to scan 2

        **Findings:** 1 new, 1 resolved, 1 still failing

        | Change | Severity | Check | Resource |
        |---|---|---|---|
        | new | critical | `aws.ec2.sg_ssh_open` | `\(Self.sgId)` |
        | resolved | high | `aws.s3.versioning` | `arn:aws:s3:::logs` |

        **Resources:** 0 added, 0 removed, 1 changed
        - changed `aws.ec2.security_group` `\(Self.sgId)`
          - `+ IpPermissions[0].IpRanges[1]: {"CidrIp":"0.0.0.0/0"}`

        """)
  }

  /// A backtick in a rule description ended the Markdown code span early.
  @Test func markdownFencesValuesHoldingBackticks() {
    let before = F.securityGroup([F.rule(22, ["10.0.0.0/8"])])
    var after = before
    after.properties = after.properties.setting("Description", to: "a|b`c")
    let diff = ScanDiff.compute(
      old: ScanContents(findings: [], resources: [StoredResource(before)]),
      new: ScanContents(findings: [], resources: [StoredResource(after)]))

    #expect(diff.render(.markdown).contains("  - `` + Description: \"a|b`c\" ``\n"))
  }

  @Test func rendersJSON() throws {
    let json = try JSONValue.parse(Self.sshOpened().render(.json))

    #expect(json["old_scan"] == 1 && json["new_scan"] == 2)
    #expect(json.value(at: "findings.new")?[0]?["check_id"] == "aws.ec2.sg_ssh_open")
    #expect(json.value(at: "findings.resolved")?[0]?["now_status"] == "pass")
    #expect(json.value(at: "findings.still_failing")?.arrayValue?.count == 1)
    #expect(
      json.value(at: "resources.changed")?[0]?["changes"]
        == [
          ["kind": "added", "path": "IpPermissions[0].IpRanges[1]", "new": ["CidrIp": "0.0.0.0/0"]]
        ])
  }

  struct Case: CustomStringConvertible, Sendable {
    let description: String
    let old: JSONValue
    let new: JSONValue
    let expected: [String]
  }

  static let cases: [Case] = [
    Case(
      description: "scalar changed", old: ["A": 1], new: ["A": 2],
      expected: ["changed A: 1 -> 2"]),
    Case(
      description: "key added and removed", old: ["A": 1], new: ["B": true],
      expected: ["removed A: 1", "added B: true"]),
    Case(
      description: "keyed elements match wherever they sit",
      old: ["Tags": [["Key": "a", "Value": "1"], ["Key": "b", "Value": "2"]]],
      new: ["Tags": [["Key": "b", "Value": "3"], ["Key": "a", "Value": "1"]]],
      expected: ["changed Tags[0].Value: \"2\" -> \"3\""]),
    Case(
      description: "scalar arrays ignore order and report the surplus",
      old: ["R": ["x", "y"]], new: ["R": ["y", "z", "x"]],
      expected: ["added R[1]: \"z\""]),
    Case(
      description: "unkeyed elements pair in order", old: [[1, 2], [3]], new: [[1, 2], [4]],
      expected: ["changed [1][0]: 3 -> 4"]),
    Case(
      description: "kind change", old: ["A": [1]], new: ["A": "1"],
      expected: ["changed A: [1] -> \"1\""]),
    // Back-to-back scans of an unchanged account differed only in these clocks and sizes.
    Case(
      description: "delivery clocks and measured sizes are not drift",
      old: [
        "Status": ["LatestDeliveryTime": "2026-12-04T18:00:00Z", "IsLogging": true],
        "SizeInBytes": ["Value": 6144, "Timestamp": "2026-12-04T18:00:00Z"],
        "LatestRestorableTime": "2026-12-04T17:55:00Z",
      ],
      new: [
        "Status": ["LatestDeliveryTime": "2026-12-04T18:05:00Z", "IsLogging": false],
        "SizeInBytes": ["Value": 8192, "Timestamp": "2026-12-04T18:05:00Z"],
        "LatestRestorableTime": "2026-12-04T18:00:00Z",
      ],
      expected: ["changed Status.IsLogging: true -> false"]),
  ]

  @Test(arguments: cases) func propertyDiff(_ testCase: Case) {
    let writer = JSONWriter()
    let rendered = PropertyDiff.changes(from: testCase.old, to: testCase.new).map { change in
      let values = [change.oldValue, change.newValue].compactMap { $0 }.map(writer.string)
      return "\(change.kind.rawValue) \(change.path): " + values.joined(separator: " -> ")
    }
    #expect(rendered == testCase.expected)
  }
}
