import ParapetCore

/// The parts of one CloudTrail record that say what it changed: which call, where, for
/// which account, whether it succeeded, and the request and response that name the
/// resources.
public struct ChangeEvent: Sendable {
  /// `eventSource`, such as `ec2.amazonaws.com`.
  public var source: String
  /// `eventName`, with Lambda's API-version suffix removed (`AddPermission20150331v2`
  /// becomes `AddPermission`).
  public var name: String
  /// `awsRegion`.
  public var region: String
  /// `recipientAccountId`, when present.
  public var account: String?
  /// `errorCode`: the call failed and changed nothing.
  public var errorCode: String?
  /// `readOnly`, or a guess from the name (`Get`, `List`, `Describe`...) when absent.
  public var readOnly: Bool
  /// `managementEvent`; false for data events (S3 object and Lambda invoke calls).
  public var managementEvent: Bool
  /// `requestParameters` (null when absent).
  public var request: JSONValue
  /// `responseElements` (null when absent).
  public var response: JSONValue
  /// `resources` (ARN and type), when CloudTrail listed them.
  public var resources: [JSONValue]

  /// The event in `record`; nil when the record has no event source or name.
  public init?(record: JSONValue) {
    guard let source = record["eventSource"]?.stringValue,
      let rawName = record["eventName"]?.stringValue
    else { return nil }
    self.source = source
    name = source == "lambda.amazonaws.com" ? Self.withoutAPIVersion(rawName) : rawName
    region = record["awsRegion"]?.stringValue ?? ""
    account = record["recipientAccountId"]?.stringValue
    errorCode = record["errorCode"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    readOnly =
      Self.flag(record["readOnly"])
      ?? Self.readOnlyPrefixes.contains {
        rawName.hasPrefix($0)
      }
    managementEvent = Self.flag(record["managementEvent"]) ?? true
    request = record["requestParameters"] ?? .null
    response = record["responseElements"] ?? .null
    resources = record["resources"]?.arrayValue ?? []
  }

  /// `service:Name` (`ec2:AuthorizeSecurityGroupIngress`), for listings.
  public var label: String {
    let service = source.split(separator: ".").first.map(String.init) ?? source
    return "\(service):\(name)"
  }

  /// Every string at the dotted `path` under the record's request (`request.groupId`) or
  /// response (`response.instancesSet.items.instanceId`), looking into every element of
  /// the arrays on the way.
  public func strings(_ path: String) -> [String] {
    let keys = path.split(separator: ".").map(String.init)
    guard let root = keys.first else { return [] }
    let start: JSONValue
    switch root {
    case "request": start = request
    case "response": start = response
    default: return []
    }
    var current = [start]
    for key in keys.dropFirst() {
      current = current.flatMap { node -> [JSONValue] in
        let elements = node.arrayValue ?? [node]
        return elements.compactMap { $0[key] }
      }
    }
    return current.flatMap { $0.arrayValue ?? [$0] }.compactMap(\.stringValue).filter {
      !$0.isEmpty
    }
  }

  /// The ARNs of `resources` of a CloudTrail resource type (`AWS::KMS::Key`).
  public func resourceARNs(ofType type: String) -> [String] {
    resources.filter { $0["type"]?.stringValue == type }.compactMap {
      ($0["ARN"] ?? $0["arn"])?.stringValue
    }
  }

  static let readOnlyPrefixes = ["Get", "List", "Describe", "Head", "Lookup", "Search"]

  /// `true`/`false` as CloudTrail writes them (a boolean, or text in LookupEvents).
  private static func flag(_ node: JSONValue?) -> Bool? { node?.boolValue }

  /// Lambda's event names carry the API version: `UpdateFunctionConfiguration20150331v2`
  /// and `CreateFunction20150331` lose the date and the `v2`.
  static func withoutAPIVersion(_ name: String) -> String {
    var base = Substring(name)
    if let v = base.lastIndex(of: "v") {
      let revision = base[base.index(after: v)...]
      if !revision.isEmpty, revision.allSatisfy(\.isNumber) { base = base[..<v] }
    }
    let digits = base.reversed().prefix(while: \.isNumber).count
    guard digits == 8, base.count > 8 else { return name }
    return String(base.dropLast(8))
  }
}
