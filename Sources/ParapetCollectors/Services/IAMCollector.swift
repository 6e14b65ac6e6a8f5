import Foundation
import ParapetAWS
import ParapetCore

/// Reads IAM with the fewest calls that give full coverage: one paginated
/// GetAccountAuthorizationDetails for users, groups, roles and customer policies with every
/// document, the credential report for passwords, MFA and access-key use, and account-wide
/// calls for the password policy, summary and virtual MFA devices, and the server
/// certificates' metadata. AWS-managed policies are fetched only when something is attached
/// to them.
public struct IAMCollector: Collector {
  /// `iam`.
  public let service = "iam"
  /// Users, groups, roles, policies, server certificates, and the account facts.
  public let resourceTypes = [
    "aws.iam.user", "aws.iam.group", "aws.iam.role", "aws.iam.policy",
    "aws.iam.server_certificate", "aws.account",
  ]
  /// IAM is global.
  public let scope = CollectorScope.global

  /// An IAM collector.
  public init() {}

  /// Collects IAM; `region` is the signing region of the global endpoint.
  public func collect(in region: String, context: CollectionContext) async -> CollectorOutput {
    var output = CollectorOutput()
    let client = context.client

    let details = await fetch(site("GetAccountAuthorizationDetails", types: principalTypes)) {
      try await authorizationDetailPages(client, region: region)
    }
    let report = await credentialReport(client, region: region)
    var rows: [String: JSONValue] = [:]
    switch report {
    case .found(let found): rows = found
    case .failed(let failure): output.failures.append(failure)
    case .absent: break
    }

    switch details {
    case .found(let pages):
      output.resources += users(pages, rows: rows, reportRead: report.value != nil, context)
      output.resources += pages.flatMap { Shapes.list($0["GroupDetailList"]) }.map {
        resource($0, type: "aws.iam.group", name: "GroupName", context)
      }
      output.resources += pages.flatMap { Shapes.list($0["RoleDetailList"]) }.map {
        resource($0, type: "aws.iam.role", name: "RoleName", context)
      }
      output.resources += pages.flatMap { Shapes.list($0["Policies"]) }.map {
        policy($0, context)
      }
      let attached = await attachedAWSPolicies(pages, client: client, region: region)
      output.failures += attached.failures
      output.resources += attached.policies.map { policy($0, context) }
    case .failed(let failure): output.failures.append(failure)
    case .absent: break
    }

    let certificates = await serverCertificates(client, region: region, context)
    if let found = output.keep(certificates) { output.resources += found }

    await accountFacts(into: &output, client: client, region: region, rows: rows, report)
    return output
  }

  private let principalTypes = ["aws.iam.user", "aws.iam.group", "aws.iam.role", "aws.iam.policy"]

  private func site(
    _ operation: String, types: [String], property: String? = nil, resourceId: String? = nil
  ) -> CallSite {
    CallSite(
      service: "iam", region: "global", operation: operation, resourceTypes: types,
      resourceId: resourceId, property: property)
  }

  private func resource(
    _ item: JSONValue, type: String, name nameKey: String, _ context: CollectionContext
  ) -> Resource {
    let properties = Shapes.decodingPolicies(
      item, keys: ["PolicyDocument", "AssumeRolePolicyDocument", "Document"])
    return Resource(
      id: item["Arn"]?.stringValue ?? "", type: type, account: context.account,
      region: "global", name: item[nameKey]?.stringValue ?? "",
      tags: Shapes.tags(item["Tags"]), properties: properties)
  }

  private func users(
    _ pages: [JSONValue], rows: [String: JSONValue], reportRead: Bool,
    _ context: CollectionContext
  ) -> [Resource] {
    pages.flatMap { Shapes.list($0["UserDetailList"]) }.map { item in
      var user = resource(item, type: "aws.iam.user", name: "UserName", context)
      guard reportRead else { return user }
      let row = rows[user.id] ?? .null
      user.properties = user.properties.setting("CredentialReport", to: row)
      user.properties = user.properties.setting("AccessKeys", to: accessKeys(from: row))
      return user
    }
  }

  /// The credential report's two access-key slots as a list of the active or used keys.
  private func accessKeys(from row: JSONValue) -> JSONValue {
    var keys: [JSONValue] = []
    for slot in 1...2 {
      let prefix = "access_key_\(slot)_"
      let active = row[prefix + "active"]?.boolValue ?? false
      let rotated = row[prefix + "last_rotated"]?.stringValue ?? "N/A"
      guard active || rotated != "N/A" else { continue }
      keys.append([
        "Slot": .number(Double(slot)),
        "Status": active ? "Active" : "Inactive",
        "LastRotated": .string(rotated),
        "LastUsedDate": row[prefix + "last_used_date"] ?? "N/A",
        "LastUsedRegion": row[prefix + "last_used_region"] ?? "N/A",
        "LastUsedService": row[prefix + "last_used_service"] ?? "N/A",
      ])
    }
    return .array(keys)
  }

  private func policy(_ item: JSONValue, _ context: CollectionContext) -> Resource {
    var policy = resource(item, type: "aws.iam.policy", name: "PolicyName", context)
    if policy.name.isEmpty, let last = policy.id.split(separator: "/").last {
      // moto leaves PolicyName out of authorization details; the ARN ends with the name.
      policy.name = String(last)
      policy.properties = policy.properties.setting("PolicyName", to: .string(policy.name))
    }
    let versions = Shapes.list(policy.properties["PolicyVersionList"])
    let current = versions.first { $0["IsDefaultVersion"]?.boolValue == true }
    policy.properties = policy.properties.setting(
      "DefaultDocument", to: current?["Document"] ?? .null)
    return policy
  }

  /// AWS-managed policies are not in the authorization details this collector asks for (there
  /// are over a thousand); fetch the default version of just the attached ones.
  private func attachedAWSPolicies(
    _ pages: [JSONValue], client: any AWSCalling, region: String
  ) async -> (policies: [JSONValue], failures: [CollectionFailure]) {
    var arns = Set<String>()
    for page in pages {
      for key in ["UserDetailList", "GroupDetailList", "RoleDetailList"] {
        for principal in Shapes.list(page[key]) {
          for attachment in Shapes.list(principal["AttachedManagedPolicies"]) {
            if let arn = attachment["PolicyArn"]?.stringValue, arn.contains(":aws:policy/") {
              arns.insert(arn)
            }
          }
        }
      }
    }

    let results = await boundedMap(arns.sorted(), limit: 8) { arn -> Fetch<JSONValue> in
      await fetch(self.site("GetPolicyVersion", types: ["aws.iam.policy"], resourceId: arn)) {
        let policy =
          try await client.query(
            .iam, region: region, action: "GetPolicy", parameters: ["PolicyArn": arn])["Policy"]
          ?? .object([:])
        let versionId = policy["DefaultVersionId"]?.stringValue ?? "v1"
        let version = try await client.query(
          .iam, region: region, action: "GetPolicyVersion",
          parameters: ["PolicyArn": arn, "VersionId": versionId])["PolicyVersion"]
        var versionItem = version ?? .object([:])
        versionItem = versionItem.setting("IsDefaultVersion", to: true)
        return policy.setting("PolicyVersionList", to: .array([versionItem]))
      }
    }
    var policies: [JSONValue] = []
    var failures: [CollectionFailure] = []
    for result in results {
      switch result {
      case .found(let policy): policies.append(policy)
      case .failed(let failure): failures.append(failure)
      case .absent: break
      }
    }
    return (policies, failures)
  }

  private func accountFacts(
    into output: inout CollectorOutput, client: any AWSCalling, region: String,
    rows: [String: JSONValue], _ report: Fetch<[String: JSONValue]>
  ) async {
    var account = Enrichment(.object([:]))
    await account.fill("PasswordPolicy", site("GetAccountPasswordPolicy", types: ["aws.account"])) {
      try await client.query(
        .iam, region: region, action: "GetAccountPasswordPolicy", parameters: [:]
      )["PasswordPolicy"] ?? .null
    }
    await account.fill("AccountSummary", site("GetAccountSummary", types: ["aws.account"])) {
      let summary = try await client.query(
        .iam, region: region, action: "GetAccountSummary", parameters: [:])
      return Self.summaryMap(summary["SummaryMap"])
    }
    await account.fill(
      "VirtualMFADevices", site("ListVirtualMFADevices", types: ["aws.account"])
    ) {
      Self.withoutSeeds(
        try await client.paginateQuery(
          .iam, region: region, action: "ListVirtualMFADevices", tokenKey: "Marker",
          resultPath: "VirtualMFADevices"))
    }
    if report.value != nil, let root = rows["<root_account>"] {
      account.properties = account.properties.setting("RootCredentials", to: root)
    } else if report.value != nil {
      // AWS always writes the root row; a report without it (moto's) says nothing about
      // the root user, so its checks are not evaluated rather than passed.
      account.failures.append(
        CollectionFailure(
          service: "iam", region: "global", operation: "GetCredentialReport",
          resourceTypes: ["aws.account"], property: "RootCredentials", kind: .unsupported,
          permission: "iam:GetCredentialReport",
          message: "the credential report has no <root_account> row"))
    } else if case .failed(var failure) = report {
      failure.resourceTypes = ["aws.account"]
      failure.property = "RootCredentials"
      account.failures.append(failure)
    }

    output.accountFacts.merge(account.properties.objectValue ?? [:]) { _, new in new }
    output.failures += account.failures
  }

  /// Every page of GetAccountAuthorizationDetails: one paginated call returns users, groups,
  /// roles and customer policies together, so pages are kept whole rather than one list.
  private func authorizationDetailPages(
    _ client: any AWSCalling, region: String
  ) async throws -> [JSONValue] {
    var parameters = [
      "Filter.member.1": "User", "Filter.member.2": "Role", "Filter.member.3": "Group",
      "Filter.member.4": "LocalManagedPolicy",
    ]
    var pages: [JSONValue] = []
    for _ in 0..<10_000 {
      let page = try await client.query(
        .iam, region: region, action: "GetAccountAuthorizationDetails", parameters: parameters)
      pages.append(page)
      guard page["IsTruncated"]?.boolValue == true, let marker = page["Marker"]?.stringValue,
        marker != parameters["Marker"]
      else { break }
      parameters["Marker"] = marker
    }
    return pages
  }

  /// `SummaryMap` arrives as `entry` elements with `key` and `value`; make it an object.
  static func summaryMap(_ node: JSONValue?) -> JSONValue {
    if let members = node?.objectValue, members["entry"] == nil { return .object(members) }
    var map: [String: JSONValue] = [:]
    for entry in Shapes.list(node, member: "entry") {
      guard let key = entry["key"]?.stringValue else { continue }
      map[key] = entry["value"].flatMap { $0.doubleValue.map(JSONValue.number) ?? $0 }
    }
    return .object(map)
  }

  /// Generates and reads the credential report, keyed by the `arn` column (the root row by
  /// `<root_account>`).
  private func credentialReport(
    _ client: any AWSCalling, region: String
  ) async -> Fetch<[String: JSONValue]> {
    let types = ["aws.iam.user"]
    let generated = await fetch(
      site("GenerateCredentialReport", types: types, property: "CredentialReport")
    ) {
      for _ in 0..<20 {
        let state = try await client.query(
          .iam, region: region, action: "GenerateCredentialReport", parameters: [:]
        )["State"]?.stringValue
        if state == "COMPLETE" { return true }
        try await Task.sleep(nanoseconds: 250_000_000)
      }
      return false
    }
    if case .failed(let failure) = generated { return .failed(failure) }

    return await fetch(site("GetCredentialReport", types: types, property: "CredentialReport")) {
      let result = try await client.query(
        .iam, region: region, action: "GetCredentialReport", parameters: [:])
      let content = result["Content"]?.stringValue ?? ""
      let data = Data(base64Encoded: content, options: .ignoreUnknownCharacters) ?? Data()
      return CredentialReport.rows(String(decoding: data, as: UTF8.self))
    }
  }
}
