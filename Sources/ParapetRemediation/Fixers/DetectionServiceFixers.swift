import Foundation
import ParapetAWS
import ParapetCollectors
import ParapetCore

/// A REST-JSON call of a detection service.
private func restJSONCall(
  _ service: AWSService, _ region: String, _ operation: String, _ permission: String,
  method: String, path: String, body: JSONValue?
) -> FixCall {
  FixCall(
    service: service, region: region, operation: operation, permission: permission,
    request: .rest(
      method: method, path: path, query: [:],
      headers: body == nil ? [:] : ["Content-Type": "application/json"],
      body: body.map { JSONWriter().string($0) }))
}

/// Enables GuardDuty in a region: re-enables a disabled detector (undo disables it again)
/// or creates one. A created detector has no undo: removing it would delete its findings.
struct GuardDutyFixer: Fixer {
  let id = "guardduty.enable"
  let checkIds = ["aws.guardduty.enabled_in_region"]
  let resourceType = "aws.region"
  let title = "Enable GuardDuty in the region"
  let permissions = [
    "guardduty:ListDetectors", "guardduty:GetDetector", "guardduty:CreateDetector",
    "guardduty:UpdateDetector",
  ]
  let recollect = ["guardduty"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let region = resource.region
    let client = context.client
    let listed = try await client.restJSON(
      .guardduty, region: region, operation: "ListDetectors", path: "/detector")
    let ids = Shapes.list(listed["detectorIds"]).compactMap(\.stringValue)
    guard let detectorId = ids.first else {
      return FixPlan(
        fixer: id, checkIds: checkIds, resource: resource,
        summary: "Create a GuardDuty detector in \(region)",
        calls: [
          restJSONCall(
            .guardduty, region, "CreateDetector", "guardduty:CreateDetector", method: "POST",
            path: "/detector", body: ["enable": true])
        ], before: ["Detector": nil], after: ["status": "ENABLED"],
        undoUnavailable: "deleting the new detector would delete its findings; disable it "
          + "with 'aws guardduty update-detector --no-enable' if it is not wanted")
    }
    let detector = try await client.restJSON(
      .guardduty, region: region, operation: "GetDetector", path: "/detector/\(detectorId)")
    let status = detector["status"]?.stringValue ?? "DISABLED"
    guard status != "ENABLED" else {
      return .alreadyFixed(
        id, checkIds, resource, "detector \(detectorId) is enabled", state: ["status": "ENABLED"])
    }
    func update(_ on: Bool) -> FixCall {
      restJSONCall(
        .guardduty, region, "UpdateDetector", "guardduty:UpdateDetector", method: "POST",
        path: "/detector/\(detectorId)", body: ["enable": .bool(on)])
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Enable GuardDuty detector \(detectorId) in \(region)", calls: [update(true)],
      before: ["status": .string(status)], after: ["status": "ENABLED"],
      undoCalls: [update(false)])
  }
}

/// Enables Security Hub in a region without turning on the default standards (those bill
/// per check and are the user's choice). No undo: disabling Security Hub deletes its
/// findings.
struct SecurityHubFixer: Fixer {
  let id = "securityhub.enable"
  let checkIds = ["aws.securityhub.enabled_in_region"]
  let resourceType = "aws.region"
  let title = "Enable Security Hub in the region (no default standards)"
  let permissions = ["securityhub:EnableSecurityHub"]
  let recollect = ["securityhub"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    guard let hub = resource.properties["SecurityHub"], hub.isNull else {
      return .alreadyFixed(id, checkIds, resource, "Security Hub is enabled or was not read")
    }
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Enable Security Hub in \(resource.region)",
      calls: [
        restJSONCall(
          .securityhub, resource.region, "EnableSecurityHub", "securityhub:EnableSecurityHub",
          method: "POST", path: "/accounts", body: ["EnableDefaultStandards": false])
      ], before: ["SecurityHub": nil], after: ["SecurityHub": "enabled"],
      undoUnavailable: "disabling Security Hub deletes its findings; do it by hand if needed")
  }
}

/// Creates an account-zone IAM Access Analyzer in a region (named by the options, default
/// `parapet-account`). No undo: deleting the analyzer deletes its findings.
struct AccessAnalyzerFixer: Fixer {
  let id = "accessanalyzer.enable"
  let checkIds = ["aws.iam.access_analyzer_enabled"]
  let resourceType = "aws.region"
  let title = "Create an account analyzer in IAM Access Analyzer"
  let permissions = [
    "access-analyzer:ListAnalyzers", "access-analyzer:CreateAnalyzer",
    "iam:CreateServiceLinkedRole",
  ]
  let recollect = ["accessanalyzer"]

  func plan(for finding: Finding, resource: Resource, context: FixContext) async throws
    -> FixPlan
  {
    let region = resource.region
    let listed = try await context.client.restJSON(
      .accessanalyzer, region: region, operation: "ListAnalyzers", path: "/analyzer")
    let active = Shapes.list(listed["analyzers"]).contains {
      $0["status"]?.stringValue == "ACTIVE"
    }
    guard !active else {
      return .alreadyFixed(id, checkIds, resource, "an active analyzer exists")
    }
    let name = context.options.analyzerName
    return FixPlan(
      fixer: id, checkIds: checkIds, resource: resource,
      summary: "Create account analyzer \(name) in \(region)",
      calls: [
        restJSONCall(
          .accessanalyzer, region, "CreateAnalyzer", "access-analyzer:CreateAnalyzer",
          method: "PUT", path: "/analyzer",
          body: ["analyzerName": .string(name), "type": "ACCOUNT"])
      ], before: ["Analyzer": nil], after: ["Analyzer": .string(name)],
      undoUnavailable: "deleting the analyzer deletes its findings; do it by hand if needed")
  }
}
