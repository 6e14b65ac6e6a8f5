import ParapetCore

@testable import ParapetDetect

/// Builds CloudTrail records shaped as AWS writes them, for detection tests.
enum TrailEvent {
  static let account = "111122223333"

  static func user(_ name: String) -> String {
    """
    {"type":"IAMUser","principalId":"AIDAEXAMPLE\(name.uppercased())",\
    "arn":"arn:aws:iam::\(account):user/\(name)","accountId":"\(account)",\
    "accessKeyId":"AKIAIOSFODNN7EXAMPLE","userName":"\(name)"}
    """
  }

  static let root = """
    {"type":"Root","principalId":"\(account)","arn":"arn:aws:iam::\(account):root",\
    "accountId":"\(account)","accessKeyId":"ASIAEXAMPLEROOT"}
    """

  static let role = """
    {"type":"AssumedRole","principalId":"AROAEXAMPLE:deploy","arn":\
    "arn:aws:sts::\(account):assumed-role/deploy/session","accountId":"\(account)",\
    "sessionContext":{"sessionIssuer":{"type":"Role","principalId":"AROAEXAMPLE",\
    "arn":"arn:aws:iam::\(account):role/deploy","accountId":"\(account)","userName":"deploy"},\
    "attributes":{"creationDate":"2024-05-01T09:00:00Z","mfaAuthenticated":"false"}}}
    """

  /// One record; `params`, `response` and `extra` are raw JSON.
  static func record(
    _ name: String, source: String, identity: String = user("alice"),
    time: String = "2024-05-01T10:00:00Z", region: String = "us-east-1",
    ip: String = "198.51.100.7", params: String = "null", response: String = "null",
    extra: String = "", id: String = "e-1"
  ) -> String {
    """
    {"eventVersion":"1.08","userIdentity":\(identity),"eventTime":"\(time)",\
    "eventSource":"\(source)","eventName":"\(name)","awsRegion":"\(region)",\
    "sourceIPAddress":"\(ip)","userAgent":"aws-cli/2.15.0","requestParameters":\(params),\
    "responseElements":\(response),"requestID":"r-1","eventID":"\(id)","readOnly":false,\
    "eventType":"AwsApiCall","managementEvent":true,"recipientAccountId":"\(account)"\
    \(extra)}
    """
  }

  /// A log file as AWS writes it.
  static func file(_ records: [String]) -> String {
    "{\"Records\":[" + records.joined(separator: ",") + "]}"
  }

  /// Runs a session over `records` and returns its report.
  static func detect(
    _ records: [String], sigma: [SigmaRule] = [], builtins: Bool = true,
    options: DetectionOptions = DetectionOptions()
  ) -> DetectionReport {
    var session = DetectionSession(sigmaRules: sigma, builtins: builtins, options: options)
    session.ingest(bytes: Array(file(records).utf8), label: "test.json")
    return session.finish()
  }

  /// The detection ids of a report's findings, sorted.
  static func ids(_ report: DetectionReport) -> [String] {
    report.findings.map { $0.checkId.replacingOccurrences(of: "aws.cloudtrail.detect.", with: "") }
      .sorted()
  }
}
