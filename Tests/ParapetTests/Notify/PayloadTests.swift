import Foundation
import ParapetAWS
import ParapetCore
import ParapetNotify
import Testing

/// The exact documents each webhook format receives, read back from a real HTTP server.
@Suite struct PayloadTests {
  private typealias F = NotifyFixtures

  static let title = "2 new failing findings at or above high in AWS account 123456789012"
  static let finished = "2023-11-14T22:14:02Z"

  static let generic: JSONValue = [
    "schema": "parapet.notification",
    "schema_version": 1,
    "event": "new_failing_findings",
    "title": .string(title),
    "account": "123456789012",
    "threshold": "high",
    "scan": [
      "scan_id": .string(F.scanId), "store_id": 7,
      "caller_arn": "arn:aws:iam::123456789012:user/auditor", "regions": ["eu-west-1"],
      "services": ["ec2", "s3"], "started_at": "2023-11-14T22:13:20Z",
      "finished_at": .string(finished), "parapet_version": "0.1.0",
    ],
    "total": 2,
    "more": 0,
    "findings": [
      [
        "check_id": "aws.s3.bucket_no_public_read",
        "check_title": "S3 buckets do not allow public read", "status": "fail",
        "severity": "critical", "resource_id": "arn:aws:s3:::logs-&-more",
        "resource_type": "aws.s3.bucket", "resource_name": "logs-&-more",
        "account": "123456789012", "region": "eu-west-1",
        "message": "Bucket logs-&-more grants READ to AllUsers.",
        "evidence": [["path": "Acl.Grants[0].Grantee.URI"]], "remediation": "Remove the grant.",
        "compliance": [], "fingerprint": .string(F.publicBucket.fingerprint),
      ],
      [
        "check_id": "aws.ec2.security_group_no_public_admin_ports_ipv4",
        "check_title":
          "Security groups do not allow ingress from 0.0.0.0/0 to remote administration ports",
        "status": "fail", "severity": "high",
        "resource_id": "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc",
        "resource_type": "aws.ec2.security_group", "resource_name": "web <prod>",
        "account": "123456789012", "region": "eu-west-1",
        "message": "Security group web <prod> (sg-0abc) opens [22, 3389] to 0.0.0.0/0.",
        "evidence": [["path": "IpPermissions[0].IpRanges[0].CidrIp", "value": "0.0.0.0/0"]],
        "remediation": "Remove the rule.", "compliance": ["cis-aws-3.0:5.2"],
        "fingerprint": .string(F.openSSH.fingerprint),
      ],
    ],
  ]

  static let slack: JSONValue = [
    "text": .string("Parapet: " + title),
    "blocks": [
      ["type": "header", "text": ["type": "plain_text", "text": .string(title)]],
      [
        "type": "section",
        "text": [
          "type": "mrkdwn",
          "text": """
          *CRITICAL* `aws.s3.bucket_no_public_read`
          *S3 buckets do not allow public read*
          logs-&amp;-more (aws.s3.bucket, eu-west-1)
          Bucket logs-&amp;-more grants READ to AllUsers.
          """,
        ],
      ],
      [
        "type": "section",
        "text": [
          "type": "mrkdwn",
          "text": """
          *HIGH* `aws.ec2.security_group_no_public_admin_ports_ipv4`
          *Security groups do not allow ingress from 0.0.0.0/0 to remote administration ports*
          web &lt;prod&gt; (aws.ec2.security_group, eu-west-1)
          Security group web &lt;prod&gt; (sg-0abc) opens [22, 3389] to 0.0.0.0/0.
          """,
        ],
      ],
      [
        "type": "context",
        "elements": [
          [
            "type": "mrkdwn",
            "text": .string("Scan \(F.scanId) (store id 7) finished \(finished)"),
          ]
        ],
      ],
    ],
  ]

  static let teams: JSONValue = [
    "type": "message",
    "attachments": [
      [
        "contentType": "application/vnd.microsoft.card.adaptive",
        "contentUrl": nil,
        "content": [
          "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
          "type": "AdaptiveCard",
          "version": "1.4",
          "body": [
            [
              "type": "TextBlock", "text": .string(title), "size": "Medium", "weight": "Bolder",
              "wrap": true,
            ],
            [
              "type": "FactSet",
              "facts": [
                ["title": "Account", "value": "123456789012"],
                ["title": "Threshold", "value": "high"],
                ["title": "Scan", "value": .string("\(F.scanId) (store id 7)")],
                ["title": "Finished", "value": .string(finished)],
              ],
            ],
            container(
              "CRITICAL aws.s3.bucket_no_public_read", "S3 buckets do not allow public read",
              "logs-&-more (aws.s3.bucket, eu-west-1)",
              "Bucket logs-&-more grants READ to AllUsers."),
            container(
              "HIGH aws.ec2.security_group_no_public_admin_ports_ipv4",
              "Security groups do not allow ingress from 0.0.0.0/0 to remote administration ports",
              "web <prod> (aws.ec2.security_group, eu-west-1)",
              "Security group web <prod> (sg-0abc) opens [22, 3389] to 0.0.0.0/0."),
          ],
        ],
      ]
    ],
  ]

  static func container(
    _ heading: String, _ title: String, _ resource: String, _ message: String
  ) -> JSONValue {
    [
      "type": "Container", "separator": true,
      "items": [
        [
          "type": "TextBlock", "text": .string(heading), "weight": "Bolder",
          "color": "Attention", "wrap": true,
        ],
        ["type": "TextBlock", "text": .string(title), "wrap": true],
        ["type": "TextBlock", "text": .string(resource), "isSubtle": true, "wrap": true],
        ["type": "TextBlock", "text": .string(message), "wrap": true],
      ],
    ]
  }

  static let cases: [(WebhookFormat, JSONValue)] = [
    (.generic, generic), (.slack, slack), (.teams, teams),
  ]

  @Test("the webhook receives exactly the documented payload", arguments: cases)
  func exactPayload(format: WebhookFormat, expected: JSONValue) async throws {
    let key = MotoServer.uniqueName("payload-\(format.rawValue)")
    let url = try await WebhookRecorder.shared.url(key: key, scenario: "ok")
    let channel = try WebhookChannel(format: format, url: url.absoluteString)
    let sender = WebhookSender(
      transport: CurlTransport(timeout: 30, workers: 1), userAgent: "parapet/test",
      logger: .disabled)

    let outcome = await sender.send(F.batch, to: channel)

    #expect(outcome == .delivered(status: 200, attempts: 1))
    let received = try await WebhookRecorder.shared.received(key: key)
    #expect(received.count == 1)
    #expect(received.first?.method == "POST")
    #expect(received.first?.headers["content-type"] == "application/json")
    #expect(received.first?.headers["user-agent"] == "parapet/test")
    #expect(received.first?.body == JSONWriter().string(expected))
  }

  /// How a capped list ends in each format: what is listed and the line counting the rest.
  static let caps: [(WebhookFormat, Int, String)] = [
    (.generic, 103, "more: 3"),
    (
      .slack, 25,
      "And 5 more not listed. Scan \(NotifyFixtures.scanId) (store id 7) finished "
        + "2023-11-14T22:14:02Z"
    ),
    (.teams, 25, "And 5 more not listed"),
  ]

  @Test("a long list is capped and says how many more", arguments: caps)
  func cappedList(format: WebhookFormat, count: Int, closing: String) throws {
    let payload = format.payload(F.many(count))

    switch format {
    case .generic:
      #expect(payload["findings"]?.arrayValue?.count == 100)
      #expect(payload["total"] == 103)
      #expect("more: \(payload["more"]?.intValue ?? -1)" == closing)
      // The worst first: the cap keeps the lowest resource ids of equal severity.
      #expect(
        payload["findings"]?[0]?["resource_id"] == "arn:aws:s3:::bucket-1000")
    case .slack:
      let blocks = payload["blocks"]?.arrayValue ?? []
      #expect(blocks.count == 22)
      #expect(blocks.filter { $0["type"] == "section" }.count == 20)
      #expect(blocks.last?["elements"]?[0]?["text"]?.stringValue == closing)
    case .teams:
      let body = payload.value(at: "attachments")?[0]?.value(at: "content.body")?.arrayValue
      #expect(body?.filter { $0["type"] == "Container" }.count == 20)
      #expect(body?.last?["text"]?.stringValue == closing)
    }
  }

  @Test(arguments: [NotifyFixtures.batch, NotifyFixtures.many(103)])
  func genericPayloadIsValidAgainstItsSchema(_ batch: NotificationBatch) throws {
    let errors = try PythonValidator.schemaErrors(
      document: JSONWriter().string(WebhookFormat.generic.payload(batch)),
      schemaPath: PythonValidator.docsSchema("notification.schema.json"))

    #expect(errors == [])
  }

  @Test func theSchemaRejectsAPayloadWithoutFindings() throws {
    guard case .object(var members) = WebhookFormat.generic.payload(NotifyFixtures.batch) else {
      Issue.record("the generic payload is an object")
      return
    }
    members["findings"] = []
    members["schema_version"] = 2

    let errors = try PythonValidator.schemaErrors(
      document: JSONWriter().string(.object(members)),
      schemaPath: PythonValidator.docsSchema("notification.schema.json"))

    #expect(errors == ["findings: [] should be non-empty", "schema_version: 1 was expected"])
  }

  @Test func titleIsSingularForOneFinding() {
    let batch = NotificationBatch(
      scan: F.scan, storeScanId: 1, threshold: .critical, findings: [F.publicBucket])

    #expect(batch.title == "1 new failing finding at or above critical in AWS account 123456789012")
  }
}
