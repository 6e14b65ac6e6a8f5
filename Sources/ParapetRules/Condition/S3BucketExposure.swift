import ParapetCore
import ParapetPolicy

/// `s3_bucket_exposure`: whether a bucket is public once its policy, its ACL and Block
/// Public Access (bucket and account level) are read together, as S3 itself decides.
///
/// - A public bucket policy counts unless `RestrictPublicBuckets` is on at bucket or
///   account level (S3 then admits only the owner account and AWS services).
/// - An ACL grant to AllUsers or AuthenticatedUsers counts unless `IgnorePublicAcls` is
///   on at either level.
/// - `BlockPublicPolicy` and `BlockPublicAcls` only refuse new public grants; AWS
///   documents that they leave existing ones in force, so they neutralise nothing here.
///
/// With `cross_account: true` it also holds for policy grants to other accounts or
/// organizations and ACL grants to other canonical users. Missing data (a failed
/// GetBucketPolicy, GetBucketAcl, GetPublicAccessBlock, or the account's s3control block)
/// gives `not_evaluated` only when the answer depends on it.
enum S3BucketExposure {
  static let publicGroups = [
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
  ]

  /// The bucket's policy, ACL grants and block, and the account's block.
  static let reads: [(type: String, path: String)] = [
    ("aws.s3.bucket", "Policy"), ("aws.s3.bucket", "Acl.Owner.ID"),
    ("aws.s3.bucket", "Acl.Grants[].Grantee"), ("aws.s3.bucket", "PublicAccessBlock"),
    ("aws.account", "S3PublicAccessBlock"),
  ]

  static let function = ConditionFunction(
    name: "s3_bucket_exposure",
    summary: "The bucket is public through its policy or ACL once bucket- and account-level "
      + "Block Public Access are applied (cross_account: also shared with other accounts).",
    reads: ["aws.s3.bucket": reads]
  ) { call in
    evaluate(call)
  }

  /// Known true, known false, or unknown with a reason.
  enum Truth {
    case yes, no
    case unknown(String)
  }

  static func evaluate(_ call: ConditionFunction.Call) -> ConditionFunction.Result {
    let bucket = call.resource
    let crossAccount = FunctionInputs.flag(call.arguments, "cross_account")
    var evidence: [Evidence] = []
    var unknowns: [String] = []

    let restrict = blockSetting("RestrictPublicBuckets", call, &evidence)
    let ignoreAcls = blockSetting("IgnorePublicAcls", call, &evidence)

    var policyPublic = Truth.no
    var policyShared = false
    switch PropertyRead.read("Policy", of: bucket, in: call.inventory) {
    case .unknown(let reason):
      policyPublic = .unknown(reason)
    case .none:
      break
    case .value(let document):
      let exposure = ResourcePolicyExposure.analyze(
        policy: document, resourceAccount: bucket.account)
      switch exposure {
      case .public(let reasons):
        policyPublic = .yes
        evidence.append(
          Evidence(path: "Policy (public)", value: .array(reasons.map(JSONValue.string))))
      case .crossAccount(let access):
        policyShared = !(access.accounts + access.organizations + access.federated).isEmpty
        evidence.append(
          Evidence(path: "Policy (cross-account)", value: ExposureFunctions.describe(access)))
      case .notEvaluated(let reason):
        policyPublic = .unknown("Not evaluated: Policy of \(bucket.name): \(reason).")
      case .restricted, .privateToAccount:
        break
      }
    }

    var aclPublic = Truth.no
    var aclShared = false
    switch PropertyRead.read("Acl", of: bucket, in: call.inventory) {
    case .unknown(let reason):
      aclPublic = .unknown(reason)
    case .none:
      break
    case .value(let acl):
      let owner = acl.value(at: "Owner.ID")?.stringValue
      for (index, grant) in (acl["Grants"]?.arrayValue ?? []).enumerated() {
        let grantee = grant["Grantee"]
        let uri = grantee?["URI"]?.stringValue ?? ""
        if publicGroups.contains(uri) {
          aclPublic = .yes
          evidence.append(Evidence(path: "Acl.Grants[\(index)]", value: grant))
        } else if let id = grantee?["ID"]?.stringValue, id != owner {
          aclShared = true
          evidence.append(Evidence(path: "Acl.Grants[\(index)] (cross-account)", value: grant))
        } else if grantee?["EmailAddress"] != nil {
          aclShared = true
          evidence.append(Evidence(path: "Acl.Grants[\(index)] (cross-account)", value: grant))
        }
      }
    }

    let viaPolicy = neutralised(policyPublic, by: restrict)
    let viaAcl = neutralised(aclPublic, by: ignoreAcls)
    var verdicts = [viaPolicy, viaAcl]
    if crossAccount {
      let restricted = if case .yes = restrict { true } else { false }
      let ignored = if case .yes = ignoreAcls { true } else { false }
      let publicPolicy = if case .yes = policyPublic { true } else { false }
      verdicts.append(policyShared && !(publicPolicy && restricted) ? .yes : .no)
      verdicts.append(aclShared && !ignored ? .yes : .no)
    }

    if verdicts.contains(where: { if case .yes = $0 { true } else { false } }) {
      return ConditionFunction.Result(holds: true, evidence: evidence)
    }
    for case .unknown(let reason) in verdicts { unknowns.append(reason) }
    if let reason = unknowns.first { return .notEvaluated(reason) }
    return ConditionFunction.Result(holds: false, evidence: evidence)
  }

  /// A public grant stays public unless the block covering it is known to be on.
  static func neutralised(_ grant: Truth, by block: Truth) -> Truth {
    switch (grant, block) {
    case (.no, _), (_, .yes): return .no
    case (.yes, .no): return .yes
    case (.unknown(let reason), _), (.yes, .unknown(let reason)): return .unknown(reason)
    }
  }

  /// Whether `setting` is on at bucket or account level; unknown only when neither level
  /// says on and one could not be read.
  static func blockSetting(
    _ setting: String, _ call: ConditionFunction.Call, _ evidence: inout [Evidence]
  ) -> Truth {
    var unknown: String?
    let bucketBlock = PropertyRead.read("PublicAccessBlock", of: call.resource, in: call.inventory)
    switch bucketBlock {
    case .unknown(let reason): unknown = reason
    case .none: break
    case .value(let block):
      if block[setting]?.boolValue == true {
        evidence.append(Evidence(path: "PublicAccessBlock.\(setting)", value: true))
        return .yes
      }
    }

    let account = call.inventory.resources(ofType: "aws.account").first {
      $0.account == call.resource.account
    }
    guard let account else {
      return .unknown(
        unknown ?? "Not evaluated: the account \(call.resource.account) was not collected, "
          + "so its S3 Block Public Access is unknown; rescan with the account included.")
    }
    switch PropertyRead.read("S3PublicAccessBlock", of: account, in: call.inventory) {
    case .unknown(let reason): unknown = unknown ?? reason
    case .none: break
    case .value(let block):
      if block[setting]?.boolValue == true {
        evidence.append(Evidence(path: "aws.account.S3PublicAccessBlock.\(setting)", value: true))
        return .yes
      }
    }
    return unknown.map(Truth.unknown) ?? .no
  }
}
