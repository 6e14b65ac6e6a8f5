import ParapetAWS
import ParapetCollectors
import ParapetCore

/// A CloudTrail JSON call in `region`, permission `cloudtrail:OPERATION`.
func cloudTrailCall(_ region: String, _ operation: String, _ body: JSONValue) -> FixCall {
  FixCall(
    service: .cloudtrail, region: region, operation: operation,
    permission: "cloudtrail:" + operation, request: .json(body))
}

/// Turns on log file validation for a trail, so tampering with delivered logs can be
/// detected. Undo turns it off.
struct TrailLogFileValidationFixer: Fixer {
  let id = "cloudtrail.log_file_validation"
  let checkIds = ["aws.cloudtrail.trail_log_file_validation"]
  let resourceType = "aws.cloudtrail.trail"
  let title = "Enable log file validation on the trail"
  let permissions = ["cloudtrail:UpdateTrail"]
  let recollect = ["cloudtrail"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    guard resource.properties["LogFileValidationEnabled"]?.boolValue != true else {
      return .alreadyFixed(id, checkIds, resource, "validation is on")
    }
    let region = resource.properties["HomeRegion"]?.stringValue ?? resource.region
    func call(_ on: Bool) -> FixCall {
      cloudTrailCall(
        region, "UpdateTrail", ["Name": .string(resource.id), "EnableLogFileValidation": .bool(on)])
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Write signed digest files for trail \(resource.name)", calls: [call(true)],
      before: ["LogFileValidationEnabled": false], after: ["LogFileValidationEnabled": true],
      undoCalls: [call(false)])
  }
}

/// Makes a trail multi-region and starts its logging, for the account-level check. The
/// trail is the one named by `--trail`, or the account's only trail; with several and no
/// `--trail` the plan is blocked rather than guessing. Creating a trail (which needs a
/// bucket and its policy) is left to the user. Undo restores both settings.
struct MultiRegionTrailFixer: Fixer {
  let id = "cloudtrail.multi_region"
  let checkIds = ["aws.cloudtrail.multi_region_trail_logging"]
  let resourceType = "aws.account"
  let title = "Make a trail multi-region and start logging"
  let permissions = [
    "cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:UpdateTrail",
    "cloudtrail:StartLogging", "cloudtrail:StopLogging",
  ]
  let recollect = ["cloudtrail"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let region = context.homeRegion
    let listed = try await context.client.json(
      .cloudtrail, region: region, action: "DescribeTrails",
      body: ["includeShadowTrails": false])
    let trails = Shapes.list(listed["trailList"])
    let wanted = context.options.trail
    let chosen = trails.filter { trail in
      guard let wanted else { return true }
      return trail["Name"]?.stringValue == wanted || trail["TrailARN"]?.stringValue == wanted
    }
    guard chosen.count == 1, let trail = chosen.first,
      let arn = trail["TrailARN"]?.stringValue
    else {
      let reason =
        trails.isEmpty
        ? "the account has no trail; create one with a log bucket first"
        : "choose the trail to make multi-region with --trail NAME (\(chosen.count) match)"
      return .blocked(id, checkIds, resource, reason)
    }
    let home = trail["HomeRegion"]?.stringValue ?? region
    let status = try await context.client.json(
      .cloudtrail, region: home, action: "GetTrailStatus", body: ["Name": .string(arn)])
    let multi = trail["IsMultiRegionTrail"]?.boolValue ?? false
    let logging = status["IsLogging"]?.boolValue ?? false
    let before: JSONValue = ["IsMultiRegionTrail": .bool(multi), "IsLogging": .bool(logging)]
    guard !(multi && logging) else {
      return .alreadyFixed(
        id, checkIds, resource, "trail \(arn) is multi-region and logging", state: before)
    }

    var calls: [FixCall] = []
    var undo: [FixCall] = []
    if !multi {
      calls.append(
        cloudTrailCall(home, "UpdateTrail", ["Name": .string(arn), "IsMultiRegionTrail": true]))
      undo.append(
        cloudTrailCall(home, "UpdateTrail", ["Name": .string(arn), "IsMultiRegionTrail": false]))
    }
    if !logging {
      calls.append(cloudTrailCall(home, "StartLogging", ["Name": .string(arn)]))
      undo.append(cloudTrailCall(home, "StopLogging", ["Name": .string(arn)]))
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Record every region's events with trail \(arn)", calls: calls, before: before,
      after: ["IsMultiRegionTrail": true, "IsLogging": true], undoCalls: undo.reversed())
  }
}
