import ParapetCore
import ParapetReport
import Testing

/// findings.json and inventory.json are written one element at a time; the text must be
/// byte for byte what writing the whole document tree gives.
@Suite struct StreamedDocumentTests {
  @Test(arguments: [true, false], [0, 1, ReportFixtures.findings.count])
  func findingsTextIsTheDocumentsText(pretty: Bool, count: Int) {
    let findings = Array(ReportFixtures.findings.prefix(count))
    let metadata = ReportFixtures.metadata

    let streamed = ReportDocuments.findingsText(
      metadata: metadata, findings: findings, pretty: pretty)

    let whole = ReportDocuments.findings(metadata: metadata, findings: findings)
    #expect(streamed == JSONWriter(pretty: pretty).string(whole) + "\n")
  }

  @Test(arguments: [true, false])
  func inventoryTextIsTheDocumentsText(pretty: Bool) {
    var inventory = Inventory(
      account: ReportFixtures.account, regions: ["eu-west-1"],
      resources: [
        Resource(
          id: "arn:aws:s3:::site", type: "aws.s3.bucket", account: ReportFixtures.account,
          region: "eu-west-1", name: "site", tags: ["team": "web"],
          properties: ["Versioning": ["Status": "Enabled"], "Policy": nil]),
        Resource(
          id: "arn:aws:s3:::logs", type: "aws.s3.bucket", account: ReportFixtures.account,
          region: "eu-west-1", name: "logs"),
      ])
    inventory.record(
      CollectionFailure(
        service: "s3", region: "eu-west-1", operation: "GetBucketPolicy",
        resourceTypes: ["aws.s3.bucket"], kind: .accessDenied,
        permission: "s3:GetBucketPolicy", message: "denied"))
    let metadata = ReportFixtures.metadata

    let streamed = ReportDocuments.inventoryText(
      metadata: metadata, inventory: inventory, pretty: pretty)

    let whole = ReportDocuments.inventory(metadata: metadata, inventory: inventory)
    #expect(streamed == JSONWriter(pretty: pretty).string(whole) + "\n")
  }
}
