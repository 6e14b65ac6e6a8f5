import ParapetAWS
import ParapetCore

/// Reads a region's compute and network configuration: instances, security groups, network
/// ACLs, VPCs with their flow logs, subnets, route tables, volumes, owned snapshots with
/// who may create volumes from them, owned images, and EBS encryption by default.
public struct EC2Collector: Collector {
  /// `ec2` (VPC resources are served by the EC2 API).
  public let service = "ec2"
  /// Compute and network resource types, and the region's EBS default.
  public let resourceTypes = [
    "aws.ec2.instance", "aws.ec2.security_group", "aws.ec2.network_acl", "aws.ec2.vpc",
    "aws.ec2.subnet", "aws.ec2.route_table", "aws.ec2.volume", "aws.ec2.snapshot",
    "aws.ec2.image", "aws.region",
  ]
  /// Collected per region.
  public let scope = CollectorScope.regional

  /// An EC2 collector.
  public init() {}

  /// One kind of EC2 list: the call, its list element (as the wire layer spells it, before
  /// `EC2Shape` renames), and how items become resources.
  struct Listing: Sendable {
    var action: String
    var parameters: [String: String] = [:]
    var listKey: String
    var type: String
    var idKey: String
    var arnResource: String
    var accountInArn = true
  }

  static let listings: [Listing] = [
    Listing(
      action: "DescribeSecurityGroups", listKey: "SecurityGroupInfo",
      type: "aws.ec2.security_group", idKey: "GroupId", arnResource: "security-group"),
    Listing(
      action: "DescribeNetworkAcls", listKey: "NetworkAclSet", type: "aws.ec2.network_acl",
      idKey: "NetworkAclId", arnResource: "network-acl"),
    Listing(
      action: "DescribeSubnets", listKey: "SubnetSet", type: "aws.ec2.subnet",
      idKey: "SubnetId", arnResource: "subnet"),
    Listing(
      action: "DescribeRouteTables", listKey: "RouteTableSet", type: "aws.ec2.route_table",
      idKey: "RouteTableId", arnResource: "route-table"),
    Listing(
      action: "DescribeVolumes", listKey: "VolumeSet", type: "aws.ec2.volume",
      idKey: "VolumeId", arnResource: "volume"),
    Listing(
      action: "DescribeImages", parameters: ["Owner.1": "self"], listKey: "ImagesSet",
      type: "aws.ec2.image", idKey: "ImageId", arnResource: "image", accountInArn: false),
  ]

  /// Collects EC2 and VPC in `region`.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()

    for listing in Self.listings {
      switch await list(
        listing.action, listing.parameters, key: listing.listKey, listing.type,
        region, context)
      {
      case .found(let items):
        output.resources += items.map { resource($0, listing, region: region, context) }
      case .failed(let failure): output.failures.append(failure)
      case .absent: break
      }
    }
    await instances(into: &output, region: region, context)
    await vpcs(into: &output, region: region, context)
    await snapshots(into: &output, region: region, context)

    let facts = await ebsEncryptionByDefault(region: region, context)
    output.regionFacts = facts.properties.objectValue ?? [:]
    output.failures += facts.failures
    return output
  }

  /// The region fact `EbsEncryptionByDefault`.
  func ebsEncryptionByDefault(region: String, _ context: CollectionContext) async -> Enrichment {
    var facts = Enrichment(.object([:]))
    let site = CallSite(
      service: "ec2", region: region, operation: "GetEbsEncryptionByDefault",
      resourceTypes: ["aws.region"])
    await facts.fill("EbsEncryptionByDefault", site) {
      let answer = try await context.client.query(
        .ec2, region: region, action: "GetEbsEncryptionByDefault", parameters: [:])
      return EC2Shape.normalize(answer)["EbsEncryptionByDefault"] ?? .null
    }
    return facts
  }

  func list(
    _ action: String, _ parameters: [String: String], key: String, _ type: String,
    _ region: String, _ context: CollectionContext
  ) async -> Fetch<[JSONValue]> {
    let site = CallSite(service: "ec2", region: region, operation: action, resourceTypes: [type])
    return await fetch(site) {
      try await context.client.paginateQuery(
        .ec2, region: region, action: action, parameters: parameters, tokenKey: "NextToken",
        resultPath: key
      ).map(EC2Shape.normalize)
    }
  }

  func resource(
    _ item: JSONValue, _ listing: Listing, region: String, _ context: CollectionContext
  ) -> Resource {
    let id = item[listing.idKey]?.stringValue ?? ""
    let tags = Shapes.tags(item["Tags"])
    let arn = Self.arn(of: id, listing, region: region, context)
    let name = tags["Name"] ?? item["GroupName"]?.stringValue ?? item["Name"]?.stringValue ?? id
    return Resource(
      id: arn, type: listing.type, account: context.account, region: region, name: name,
      tags: tags, properties: item)
  }

  /// The ARN of the resource `id` of a listing's type: images and snapshots carry no
  /// account in theirs.
  static func arn(
    of id: String, _ listing: Listing, region: String, _ context: CollectionContext
  ) -> String {
    listing.accountInArn
      ? context.arn("ec2", region: region, "\(listing.arnResource)/\(id)")
      : "arn:\(context.partition):ec2:\(region)::\(listing.arnResource)/\(id)"
  }

  static let instanceListing = Listing(
    action: "DescribeInstances", listKey: "ReservationSet", type: "aws.ec2.instance",
    idKey: "InstanceId", arnResource: "instance")

  static let snapshotListing = Listing(
    action: "DescribeSnapshots", parameters: ["Owner.1": "self"], listKey: "SnapshotSet",
    type: "aws.ec2.snapshot", idKey: "SnapshotId", arnResource: "snapshot",
    accountInArn: false)

  /// Instances (those `filters` select, when given: a rescan's `instance-id`).
  func instances(
    into output: inout CollectorOutput, region: String, _ context: CollectionContext,
    filters: [String: String] = [:]
  ) async {
    let listing = Self.instanceListing
    switch await list(
      listing.action, filters, key: "ReservationSet", listing.type, region, context)
    {
    case .found(let reservations):
      for reservation in reservations {
        for instance in Shapes.list(reservation["Instances"]) {
          // The SDK calls an instance's groups SecurityGroups (a reservation's are Groups)
          // and its `reason` StateTransitionReason.
          var shaped = instance.setting(
            "SecurityGroups", to: .array(Shapes.list(instance["Groups"])))
          if var members = shaped.objectValue {
            members["StateTransitionReason"] = members.removeValue(forKey: "Reason")
            members["Groups"] = nil
            shaped = .object(members)
          }
          output.resources.append(resource(shaped, listing, region: region, context))
        }
      }
    case .failed(let failure): output.failures.append(failure)
    case .absent: break
    }
  }

  private func vpcs(
    into output: inout CollectorOutput, region: String, _ context: CollectionContext
  ) async {
    let listing = Listing(
      action: "DescribeVpcs", listKey: "VpcSet", type: "aws.ec2.vpc", idKey: "VpcId",
      arnResource: "vpc")
    guard case .found(let items) = await collectList(listing, region, context, &output) else {
      return
    }

    let flowLogs = await list(
      "DescribeFlowLogs", [:], key: "FlowLogSet", "aws.ec2.vpc", region, context)
    var byResource: [String: [JSONValue]] = [:]
    if case .found(let logs) = flowLogs {
      for log in logs {
        if let id = log["ResourceId"]?.stringValue { byResource[id, default: []].append(log) }
      }
    } else if case .failed(var failure) = flowLogs {
      failure.property = "FlowLogs"
      output.failures.append(failure)
    }

    for item in items {
      var vpc = resource(item, listing, region: region, context)
      if flowLogs.value != nil {
        let id = item["VpcId"]?.stringValue ?? ""
        vpc.properties = vpc.properties.setting("FlowLogs", to: .array(byResource[id] ?? []))
      }
      output.resources.append(vpc)
    }
  }

  private func collectList(
    _ listing: Listing, _ region: String, _ context: CollectionContext,
    _ output: inout CollectorOutput
  ) async -> Fetch<[JSONValue]> {
    let result = await list(
      listing.action, listing.parameters, key: listing.listKey, listing.type, region, context)
    if case .failed(let failure) = result { output.failures.append(failure) }
    return result
  }

  /// Owned snapshots (those `filters` select, when given) with who may create volumes from
  /// them.
  func snapshots(
    into output: inout CollectorOutput, region: String, _ context: CollectionContext,
    filters: [String: String] = [:]
  ) async {
    var narrowed = Self.snapshotListing
    narrowed.parameters.merge(filters) { _, new in new }
    let listing = narrowed
    guard case .found(let items) = await collectList(listing, region, context, &output) else {
      return
    }

    let built = await boundedMap(items, limit: context.enrichmentConcurrency) { item in
      var snapshot = self.resource(item, listing, region: region, context)
      var enrichment = Enrichment(item)
      let id = item["SnapshotId"]?.stringValue ?? ""
      let site = CallSite(
        service: "ec2", region: region, operation: "DescribeSnapshotAttribute",
        resourceTypes: [listing.type], resourceId: snapshot.id)
      await enrichment.fill("CreateVolumePermissions", site) {
        let answer = try await context.client.query(
          .ec2, region: region, action: "DescribeSnapshotAttribute",
          parameters: ["SnapshotId": id, "Attribute": "createVolumePermission"])
        return .array(Shapes.list(EC2Shape.normalize(answer)["CreateVolumePermissions"]))
      }
      snapshot.properties = enrichment.properties
      return (snapshot, enrichment.failures)
    }
    for (snapshot, failures) in built {
      output.resources.append(snapshot)
      output.failures += failures
    }
  }
}
