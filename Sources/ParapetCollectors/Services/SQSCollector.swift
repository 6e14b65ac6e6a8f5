import ParapetAWS
import ParapetCore

/// Reads a region's SQS queues with all their attributes (the access policy and redrive
/// policy decoded) and tags.
public struct SQSCollector: Collector {
  /// `sqs`.
  public let service = "sqs"
  /// Queues.
  public let resourceTypes = ["aws.sqs.queue"]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An SQS collector.
  public init() {}

  /// Collects queues in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client
    @Sendable func site(_ operation: String, id: String? = nil) -> CallSite {
      CallSite(
        service: "sqs", region: region, operation: operation, resourceTypes: resourceTypes,
        resourceId: id)
    }

    let listing = await fetch(site("ListQueues")) {
      try await client.paginateJSON(
        .sqs, region: region, action: "ListQueues", body: ["MaxResults": 1000],
        tokenKey: "NextToken", resultPath: "QueueUrls")
    }
    guard let urls = output.keep(listing) else { return output }

    let built = await boundedMap(urls, limit: context.enrichmentConcurrency) { url in
      let queueURL = url.stringValue ?? ""
      let name = String(queueURL.split(separator: "/").last ?? "")
      let arn = context.arn("sqs", region: region, name)
      var queue = Enrichment(["QueueUrl": url])
      await queue.fill("Attributes", site("GetQueueAttributes", id: arn)) {
        let answer = try await client.json(
          .sqs, region: region, action: "GetQueueAttributes",
          body: ["QueueUrl": url, "AttributeNames": ["All"]])
        return Shapes.decodingPolicies(
          answer["Attributes"] ?? .object([:]), keys: ["Policy", "RedrivePolicy"])
      }
      let listed = await fetch(site("ListQueueTags", id: arn)) {
        try await client.json(
          .sqs, region: region, action: "ListQueueTags", body: ["QueueUrl": url])
      }
      let resource = Resource(
        id: arn, type: "aws.sqs.queue", account: context.account, region: region,
        name: name, tags: Shapes.tags(listed.value?["Tags"]), properties: queue.properties)
      return (resource, queue.failures)
    }
    for (resource, failures) in built {
      output.resources.append(resource)
      output.failures += failures
    }
    return output
  }
}
