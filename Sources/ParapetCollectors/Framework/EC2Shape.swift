import ParapetCore

/// EC2's XML names differ from the names its JSON-era SDKs (and AWS's documentation of
/// resource shapes) use: `instancesSet` is `Instances`, `tagSet` is `Tags`, `cidrIp` is
/// `CidrIp`. This renames a decoded EC2 tree into the SDK shape so rules read one
/// vocabulary whichever protocol a resource came from. Names not in the table only gain an
/// upper-case first letter, which is the SDK rule for the rest.
public enum EC2Shape {
  /// A copy of `node` with every object key in SDK spelling.
  public static func normalize(_ node: JSONValue) -> JSONValue {
    switch node {
    case .object(let members):
      var renamed: [String: JSONValue] = [:]
      for (key, value) in members {
        renamed[sdkName(key)] = normalize(value)
      }
      return .object(renamed)
    case .array(let items):
      return .array(items.map(normalize))
    default:
      return node
    }
  }

  /// The SDK spelling of one XML element name, whether or not the wire layer has already
  /// capitalised it (`instancesSet` and `InstancesSet` both become `Instances`).
  public static func sdkName(_ name: String) -> String {
    guard let first = name.first else { return name }
    if let mapped = renames[first.lowercased() + name.dropFirst()] { return mapped }
    return first.uppercased() + name.dropFirst()
  }

  private static let renames: [String: String] = [
    "reservationSet": "Reservations", "instancesSet": "Instances", "groupSet": "Groups",
    "tagSet": "Tags", "securityGroupInfo": "SecurityGroups", "groups": "UserIdGroupPairs",
    "networkAclSet": "NetworkAcls", "entrySet": "Entries", "associationSet": "Associations",
    "vpcSet": "Vpcs", "subnetSet": "Subnets", "routeTableSet": "RouteTables",
    "routeSet": "Routes", "flowLogSet": "FlowLogs", "volumeSet": "Volumes",
    "attachmentSet": "Attachments", "snapshotSet": "Snapshots", "imagesSet": "Images",
    "isPublic": "Public", "instanceState": "State", "imageState": "State",
    // Volumes, snapshots and volume attachments say `status` in XML and `State` in the SDK.
    "status": "State", "ipAddress": "PublicIpAddress",
    "dnsName": "PublicDnsName", "privateDnsName": "PrivateDnsName",
    "blockDeviceMapping": "BlockDeviceMappings", "regionInfo": "Regions",
    "networkInterfaceSet": "NetworkInterfaces", "privateIpAddressesSet": "PrivateIpAddresses",
    "createVolumePermission": "CreateVolumePermissions", "launchPermission": "LaunchPermissions",
    "productCodes": "ProductCodes", "ipv6CidrBlockSet": "Ipv6CidrBlocks",
    "prefixListIds": "PrefixListIds", "ebsEncryptionByDefault": "EbsEncryptionByDefault",
    // Network ACLs say `default` in XML and `IsDefault` in the SDK; security groups
    // `groupDescription` and `Description`.
    "default": "IsDefault", "groupDescription": "Description",
  ]
}
