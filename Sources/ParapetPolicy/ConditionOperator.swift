/// A condition operator such as `ForAnyValue:StringNotLikeIfExists`, taken apart.
public struct ConditionOperator: Sendable, Hashable {
  /// The comparison families AWS defines; the `Not` forms are `negated`.
  public enum Comparison: String, Sendable, Hashable, CaseIterable {
    case stringEquals = "StringEquals"
    case stringEqualsIgnoreCase = "StringEqualsIgnoreCase"
    case stringLike = "StringLike"
    case numericEquals = "NumericEquals"
    case numericLessThan = "NumericLessThan"
    case numericLessThanEquals = "NumericLessThanEquals"
    case numericGreaterThan = "NumericGreaterThan"
    case numericGreaterThanEquals = "NumericGreaterThanEquals"
    case dateEquals = "DateEquals"
    case dateLessThan = "DateLessThan"
    case dateLessThanEquals = "DateLessThanEquals"
    case dateGreaterThan = "DateGreaterThan"
    case dateGreaterThanEquals = "DateGreaterThanEquals"
    case bool = "Bool"
    case binaryEquals = "BinaryEquals"
    case ipAddress = "IpAddress"
    case arnEquals = "ArnEquals"
    case arnLike = "ArnLike"
    case null = "Null"
  }

  /// `ForAllValues:` or `ForAnyValue:`.
  public enum SetQualifier: String, Sendable, Hashable {
    case forAllValues = "ForAllValues"
    case forAnyValue = "ForAnyValue"
  }

  /// The comparison made for each value.
  public var comparison: Comparison
  /// True for the `Not` forms: the key must match none of the values.
  public var negated: Bool
  /// True for the `...IfExists` forms: an absent key satisfies the condition.
  public var ifExists: Bool
  /// The set qualifier, for multi-valued keys.
  public var qualifier: SetQualifier?

  /// An operator from its parts.
  public init(
    _ comparison: Comparison, negated: Bool = false, ifExists: Bool = false,
    qualifier: SetQualifier? = nil
  ) {
    self.comparison = comparison
    self.negated = negated
    self.ifExists = ifExists
    self.qualifier = qualifier
  }

  /// Reads an operator name as AWS spells it; nil when it names no operator.
  public init?(name: String) {
    var rest = Substring(name)
    var qualifier: SetQualifier?
    if let colon = rest.firstIndex(of: ":") {
      guard let parsed = SetQualifier(rawValue: String(rest[..<colon])) else { return nil }
      qualifier = parsed
      rest = rest[rest.index(after: colon)...]
    }

    var ifExists = false
    if rest.hasSuffix("IfExists") {
      ifExists = true
      rest = rest.dropLast("IfExists".count)
    }

    let (comparison, negated) = Self.comparison(named: String(rest))
    guard let comparison else { return nil }
    if comparison == .null && (ifExists || qualifier != nil) { return nil }
    self.init(comparison, negated: negated, ifExists: ifExists, qualifier: qualifier)
  }

  private static let negatedNames: [String: Comparison] = [
    "StringNotEquals": .stringEquals, "StringNotEqualsIgnoreCase": .stringEqualsIgnoreCase,
    "StringNotLike": .stringLike, "NumericNotEquals": .numericEquals,
    "DateNotEquals": .dateEquals, "NotIpAddress": .ipAddress, "ArnNotEquals": .arnEquals,
    "ArnNotLike": .arnLike,
  ]

  private static func comparison(named name: String) -> (Comparison?, Bool) {
    if let plain = Comparison(rawValue: name) { return (plain, false) }
    if let negated = negatedNames[name] { return (negated, true) }
    return (nil, false)
  }

  /// The operator's name as AWS spells it.
  public var name: String {
    var base = comparison.rawValue
    if negated {
      base = Self.negatedNames.first { $0.value == comparison }?.key ?? base
    }
    if ifExists { base += "IfExists" }
    if let qualifier { base = "\(qualifier.rawValue):\(base)" }
    return base
  }
}

/// One operator applied to one key: `"StringEquals": {"aws:SourceVpce": ["vpce-1"]}`.
///
/// A statement's clauses all must hold (AND); the values of one clause are alternatives
/// (OR), and for a negated operator the key must match none of them.
public struct ConditionClause: Sendable, Hashable {
  /// The operator.
  public var op: ConditionOperator
  /// The condition key as written; compared case-insensitively.
  public var key: String
  /// The values; numbers and booleans in the document are kept as their text.
  public var values: [String]

  /// A clause from parsed parts.
  public init(_ op: ConditionOperator, key: String, values: [String]) {
    self.op = op
    self.key = key
    self.values = values
  }
}
