import ParapetAWS
import ParapetCore

extension IAMCollector {
  /// The account's IAM server certificates (ListServerCertificates metadata: name, ARN,
  /// upload and expiration dates). Certificate bodies and keys are never read.
  func serverCertificates(
    _ client: any AWSCalling, region: String, _ context: CollectionContext
  ) async -> Fetch<[Resource]> {
    let type = "aws.iam.server_certificate"
    let site = CallSite(
      service: "iam", region: "global", operation: "ListServerCertificates",
      resourceTypes: [type])
    return await fetch(site) {
      try await client.paginateQuery(
        .iam, region: region, action: "ListServerCertificates", tokenKey: "Marker",
        resultPath: "ServerCertificateMetadataList"
      ).map { item in
        Resource(
          id: item["Arn"]?.stringValue ?? "", type: type, account: context.account,
          region: "global", name: item["ServerCertificateName"]?.stringValue ?? "",
          properties: item)
      }
    }
  }

  /// ListVirtualMFADevices' items without the seed and QR code some implementations (moto)
  /// return beside the serial: they are the second factor itself and must not be stored.
  static func withoutSeeds(_ devices: [JSONValue]) -> JSONValue {
    .array(
      devices.map { device in
        guard var members = device.objectValue else { return device }
        members["Base32StringSeed"] = nil
        members["QRCodePNG"] = nil
        return .object(members)
      })
  }
}
