import ParapetAWS
import ParapetCore

/// Reads every bucket with the configuration that decides its exposure and protection, and
/// the account-level public access block. Buckets are listed once (the list is global) and
/// each bucket's configuration is read from its own region.
public struct S3Collector: Collector {
  /// `s3`.
  public let service = "s3"
  /// Buckets, and the account's public access block.
  public let resourceTypes = ["aws.s3.bucket", "aws.account"]
  /// Bucket listing is global.
  public let scope = CollectorScope.global

  /// An S3 collector.
  public init() {}

  /// Collects S3; `region` is the region the bucket list is requested from.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client

    let listing = await fetch(site("ListBuckets", region: "global", property: nil)) {
      try await Self.listBuckets(client, region: region)
    }
    switch listing {
    case .found(let buckets):
      let built = await boundedMap(buckets, limit: context.enrichmentConcurrency) { item in
        await self.bucket(item, home: region, context: context)
      }
      let tagged = await Self.tags(of: built.map(\.0), context: context)
      for ((_, failures), resource) in zip(built, tagged.resources) {
        output.resources.append(resource)
        output.failures += failures
      }
      output.failures += tagged.failures
    case .failed(let failure): output.failures.append(failure)
    case .absent: break
    }

    let account = await accountPublicAccessBlock(region: region, context: context)
    output.accountFacts.merge(account.properties.objectValue ?? [:]) { _, new in new }
    output.failures += account.failures
    return output
  }

  /// The account's public access block (s3control), under `S3PublicAccessBlock`.
  func accountPublicAccessBlock(region: String, context: CollectionContext) async -> Enrichment {
    var account = Enrichment(.object([:]))
    let accountSite = CallSite(
      service: "s3", region: "global", operation: "GetPublicAccessBlock",
      permission: "s3:GetAccountPublicAccessBlock", resourceTypes: ["aws.account"])
    await account.fill("S3PublicAccessBlock", accountSite) {
      Shapes.document(
        try await context.client.restXML(
          .s3control, region: region, operation: "GetPublicAccessBlock",
          path: "/v20180820/configuration/publicAccessBlock",
          headers: ["x-amz-account-id": context.account]))
    }
    return account
  }

  func site(
    _ operation: String, region: String, property: String?, bucket: String? = nil
  ) -> CallSite {
    CallSite(
      service: "s3", region: region, operation: operation, resourceTypes: ["aws.s3.bucket"],
      resourceId: bucket, property: property)
  }

  /// One bucket from its ListBuckets item, with every configuration call; `home` is the
  /// region asked for its location when the listing did not give it.
  func bucket(
    _ item: JSONValue, home: String, context: CollectionContext
  ) async -> (Resource, [CollectionFailure]) {
    let client = context.client
    let name = item["Name"]?.stringValue ?? ""
    let arn = "arn:\(context.partition):s3:::\(name)"
    let path = "/" + name
    var bucket = Enrichment(item)

    let locationSite = site("GetBucketLocation", region: home, property: "Region", bucket: arn)
    let listedRegion = item["BucketRegion"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    let location: Fetch<String>
    if let listedRegion {
      location = .found(listedRegion)
    } else {
      location = await fetch(locationSite) {
        let node = try await client.restXML(
          .s3, region: home, operation: "GetBucketLocation", path: path, query: ["location": ""])
        return Self.region(fromLocation: node)
      }
    }
    let region: String
    switch location {
    case .found(let found):
      region = found
      bucket.properties = bucket.properties.setting("Region", to: .string(found))
    case .failed(let failure):
      region = home
      bucket.failures.append(failure)
    case .absent:
      region = home
    }

    func get(_ operation: String, _ subresource: String) async throws -> JSONValue {
      Shapes.document(
        try await client.restXML(
          .s3, region: region, operation: operation, path: path, query: [subresource: ""]))
    }
    func at(_ operation: String) -> CallSite {
      site(operation, region: region, property: nil, bucket: arn)
    }

    await bucket.fill("Policy", at("GetBucketPolicy")) {
      let response = try await client.rest(
        .s3, region: region, operation: "GetBucketPolicy", method: "GET", path: path,
        query: ["policy": ""], headers: [:], body: nil)
      return try JSONValue.parse(response.body)
    }
    await bucket.fill("Acl", at("GetBucketAcl")) {
      Self.acl(try await get("GetBucketAcl", "acl"))
    }
    await bucket.fill("PublicAccessBlock", at("GetPublicAccessBlock")) {
      try await get("GetPublicAccessBlock", "publicAccessBlock")
    }
    await bucket.fill("Encryption", at("GetBucketEncryption")) {
      let node = try await get("GetBucketEncryption", "encryption")
      return ["Rules": .array(Shapes.list(node["Rule"]))]
    }
    await bucket.fill("Versioning", at("GetBucketVersioning")) {
      let node = try await get("GetBucketVersioning", "versioning")
      return [
        "Status": node["Status"] ?? "Disabled", "MFADelete": node["MfaDelete"] ?? "Disabled",
      ]
    }
    await bucket.fill("Logging", at("GetBucketLogging")) {
      let node = try await get("GetBucketLogging", "logging")
      return ["LoggingEnabled": node["LoggingEnabled"] ?? .null]
    }
    await bucket.fill("OwnershipControls", at("GetBucketOwnershipControls")) {
      let node = try await get("GetBucketOwnershipControls", "ownershipControls")
      return ["Rules": .array(Shapes.list(node["Rule"]))]
    }
    let resource = Resource(
      id: arn, type: "aws.s3.bucket", account: context.account, region: region, name: name,
      properties: bucket.properties)
    return (resource, bucket.failures)
  }

  /// Tags for every bucket with one paginated Resource Groups Tagging call per bucket region
  /// rather than a GetBucketTagging per bucket (a bucket the answer leaves out has no tags).
  /// Where that call fails, or with `askEachBucket` (a rescan of a few buckets, where one
  /// call per bucket is cheaper than the region's whole tag list), each bucket is asked on
  /// its own.
  static func tags(
    of buckets: [Resource], context: CollectionContext, askEachBucket: Bool = false
  ) async -> (resources: [Resource], failures: [CollectionFailure]) {
    var byArn: [String: [String: String]] = [:]
    var untaggedRegions: Set<String> = []
    for region in Set(buckets.map(\.region)).sorted() {
      guard !askEachBucket else {
        untaggedRegions.insert(region)
        continue
      }
      let index = await TagIndex.fetch(
        "s3", region: region, resourceTypes: ["aws.s3.bucket"], context: context)
      guard let index else {
        untaggedRegions.insert(region)
        continue
      }
      byArn.merge(index) { _, new in new }
    }

    let (tagsByArn, askEach) = (byArn, untaggedRegions)
    let resolved = await boundedMap(buckets, limit: context.enrichmentConcurrency) { bucket in
      var bucket = bucket
      guard askEach.contains(bucket.region) else {
        bucket.tags = tagsByArn[bucket.id] ?? [:]
        return (bucket, [CollectionFailure]())
      }
      let site = CallSite(
        service: "s3", region: bucket.region, operation: "GetBucketTagging",
        resourceTypes: ["aws.s3.bucket"], resourceId: bucket.id)
      let tagging = await fetch(site) {
        Shapes.document(
          try await context.client.restXML(
            .s3, region: bucket.region, operation: "GetBucketTagging", path: "/" + bucket.name,
            query: ["tagging": ""]))
      }
      bucket.tags = Shapes.tags(.array(Shapes.list(tagging.value?["TagSet"], member: "Tag")))
      if case .failed(let failure) = tagging { return (bucket, [failure]) }
      return (bucket, [])
    }
    return (resolved.map(\.0), resolved.flatMap(\.1))
  }

  /// Every bucket (whose name starts with `prefix`, when given), page by page, each with
  /// its `BucketRegion`. Asking with `max-buckets` makes S3 include each bucket's region,
  /// which saves a GetBucketLocation per bucket; where the answer leaves regions out,
  /// `placingInRegion` fills in what it can.
  static func listBuckets(
    _ client: any AWSCalling, region: String, prefix: String? = nil
  ) async throws -> [JSONValue] {
    let buckets = try await listingPages(client, region: region, prefix: prefix, filter: nil)
    guard buckets.contains(where: { $0["BucketRegion"] == nil }) else { return buckets }
    return await placingInRegion(buckets, client: client, region: region, prefix: prefix)
  }

  /// Where S3 leaves `BucketRegion` out of the listing (emulators, S3-compatible endpoints),
  /// one more listing filtered with `bucket-region` names the buckets that live in `region`,
  /// so only the others need a GetBucketLocation each. If that listing fails, every bucket
  /// is located on its own, as before: the call saves requests and costs no data.
  static func placingInRegion(
    _ buckets: [JSONValue], client: any AWSCalling, region: String, prefix: String?
  ) async -> [JSONValue] {
    guard
      let local = try? await listingPages(
        client, region: region, prefix: prefix, filter: region)
    else { return buckets }
    let names = Set(local.compactMap { $0["Name"]?.stringValue })
    return buckets.map { bucket in
      guard bucket["BucketRegion"] == nil, let name = bucket["Name"]?.stringValue,
        names.contains(name)
      else { return bucket }
      return bucket.setting("BucketRegion", to: .string(region))
    }
  }

  private static func listingPages(
    _ client: any AWSCalling, region: String, prefix: String?, filter: String?
  ) async throws -> [JSONValue] {
    var buckets: [JSONValue] = []
    var query = ["max-buckets": "10000"]
    if let prefix { query["prefix"] = prefix }
    if let filter { query["bucket-region"] = filter }
    for _ in 0..<1_000 {
      let answer = Shapes.document(
        try await client.restXML(
          .s3, region: region, operation: "ListBuckets", path: "/", query: query,
          forceArrays: ["ListAllMyBucketsResult.Buckets.Bucket"]))
      buckets += Shapes.list(answer["Buckets"], member: "Bucket")
      guard let token = answer["ContinuationToken"]?.stringValue, !token.isEmpty,
        token != query["continuation-token"]
      else { break }
      query["continuation-token"] = token
    }
    return buckets
  }

  /// GetBucketLocation answers empty for us-east-1 and `EU` for the oldest eu-west-1 buckets.
  static func region(fromLocation node: JSONValue) -> String {
    let text = node.stringValue ?? node["LocationConstraint"]?.stringValue ?? ""
    switch text {
    case "": return "us-east-1"
    case "EU": return "eu-west-1"
    default: return text
    }
  }

  /// The ACL in the SDK's shape: `Owner` and `Grants[]`, each grantee with its `Type`
  /// (which the XML carries as an `xsi:type` attribute, inferred here from the fields).
  static func acl(_ node: JSONValue) -> JSONValue {
    let grants = Shapes.list(node["AccessControlList"], member: "Grant").map { grant in
      var grantee = grant["Grantee"] ?? .object([:])
      if grantee["Type"] == nil {
        let type =
          grantee["URI"] != nil
          ? "Group" : grantee["EmailAddress"] != nil ? "AmazonCustomerByEmail" : "CanonicalUser"
        grantee = grantee.setting("Type", to: .string(type))
      }
      return grant.setting("Grantee", to: grantee)
    }
    return ["Owner": node["Owner"] ?? .null, "Grants": .array(grants)]
  }
}
