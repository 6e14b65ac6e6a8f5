/// The dotted event paths that detections read (`userIdentity.arn`,
/// `requestParameters.bucketName`), interned to small integers so that an event can cache
/// each decoded value in an array slot and find its top-level keys in one pass.
struct FieldCatalog: Sendable {
  /// Every interned path, indexed by field id.
  private(set) var paths: [String] = []
  /// The path components after the first, as UTF-8, per field id.
  private(set) var tails: [[[UInt8]]] = []
  /// The top-level key slot of each field id.
  private(set) var topSlots: [Int] = []
  /// Top-level key names, indexed by slot.
  private(set) var topNames: [[UInt8]] = []
  /// Slots grouped by key length, so a key is compared only with names of its length:
  /// `slotCounts[n]` slots of length n sit at `slotTable[n * slotsPerLength...]`. Flat
  /// arrays, because nested ones cost reference counting on every key of every event.
  private(set) var slotCounts = [Int](repeating: 0, count: FieldCatalog.maxKeyLength + 1)
  private(set) var slotTable = [Int](
    repeating: 0, count: (FieldCatalog.maxKeyLength + 1) * FieldCatalog.slotsPerLength)
  /// Top-level names as one byte array, `nameOffsets[slot]` giving each start.
  private(set) var nameBytes: [UInt8] = []
  private(set) var nameOffsets: [Int] = []
  static let maxKeyLength = 64
  static let slotsPerLength = 32
  private var ids: [String: Int] = [:]
  private var slotIds: [String: Int] = [:]

  /// A catalog holding the standard fields at their fixed ids.
  init() {
    for field in StandardField.allCases { _ = intern(field.path) }
  }

  /// The id of `path`, adding it when new.
  mutating func intern(_ path: String) -> Int {
    if let id = ids[path] { return id }
    let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    let head = parts.first ?? path
    let slot: Int
    if let known = slotIds[head] {
      slot = known
    } else {
      slot = topNames.count
      slotIds[head] = slot
      topNames.append(Array(head.utf8))
      nameOffsets.append(nameBytes.count)
      nameBytes += Array(head.utf8)
      let length = head.utf8.count
      if length <= Self.maxKeyLength && slotCounts[length] < Self.slotsPerLength {
        slotTable[length * Self.slotsPerLength + slotCounts[length]] = slot
        slotCounts[length] += 1
      }
    }
    let id = paths.count
    ids[path] = id
    paths.append(path)
    tails.append(parts.dropFirst().map { Array($0.utf8) })
    topSlots.append(slot)
    return id
  }
}

/// Fields the built-in detections and evidence read, at fixed ids (their raw values).
enum StandardField: Int, CaseIterable, Sendable {
  case eventName, eventSource, eventTime, eventID, eventType, awsRegion, sourceIPAddress
  case errorCode, recipientAccountId, userAgent
  case identityType, identityArn, identityAccountId, identityUserName, identityPrincipalId
  case identityInvokedBy, sessionIssuerArn
  case mfaUsed, consoleLoginResult
  case requestParameters, requestUserName, requestPolicyArn, requestPolicyDocument
  case requestSetAsDefault, requestRole, requestEnable, requestPrincipal
  case requestAttributes, requestAttributeName, requestAttributeValue, requestPolicy
  case requestBucketPolicy, requestGroupName, requestRoleName

  /// The dotted path of the field in a CloudTrail record.
  var path: String {
    switch self {
    case .eventName: return "eventName"
    case .eventSource: return "eventSource"
    case .eventTime: return "eventTime"
    case .eventID: return "eventID"
    case .eventType: return "eventType"
    case .awsRegion: return "awsRegion"
    case .sourceIPAddress: return "sourceIPAddress"
    case .errorCode: return "errorCode"
    case .recipientAccountId: return "recipientAccountId"
    case .userAgent: return "userAgent"
    case .identityType: return "userIdentity.type"
    case .identityArn: return "userIdentity.arn"
    case .identityAccountId: return "userIdentity.accountId"
    case .identityUserName: return "userIdentity.userName"
    case .identityPrincipalId: return "userIdentity.principalId"
    case .identityInvokedBy: return "userIdentity.invokedBy"
    case .sessionIssuerArn: return "userIdentity.sessionContext.sessionIssuer.arn"
    case .mfaUsed: return "additionalEventData.MFAUsed"
    case .consoleLoginResult: return "responseElements.ConsoleLogin"
    case .requestParameters: return "requestParameters"
    case .requestUserName: return "requestParameters.userName"
    case .requestPolicyArn: return "requestParameters.policyArn"
    case .requestPolicyDocument: return "requestParameters.policyDocument"
    case .requestSetAsDefault: return "requestParameters.setAsDefault"
    case .requestRole: return "requestParameters.role"
    case .requestEnable: return "requestParameters.enable"
    case .requestPrincipal: return "requestParameters.principal"
    case .requestAttributes: return "requestParameters.attributes"
    case .requestAttributeName: return "requestParameters.attributeName"
    case .requestAttributeValue: return "requestParameters.attributeValue"
    case .requestPolicy: return "requestParameters.policy"
    case .requestBucketPolicy: return "requestParameters.bucketPolicy"
    case .requestGroupName: return "requestParameters.groupName"
    case .requestRoleName: return "requestParameters.roleName"
    }
  }
}
