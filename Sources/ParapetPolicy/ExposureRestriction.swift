/// What a statement's conditions do to limit who may call: the accounts, organizations
/// or networks they pin callers to.
///
/// Only principal-side keys restrict. For an `Allow`, a key restricts when compared with
/// a positive operator (`StringEquals`, `StringLike`, `ArnLike`, `IpAddress`,
/// `ForAnyValue:...`) without `IfExists` (an absent key would pass) and with a value that is
/// more than wildcards. For a `Deny`, the same keys restrict when compared with a negated
/// operator (`StringNotEquals aws:SourceVpce`): the deny then refuses everyone else.
struct ExposureRestriction: Sendable, Hashable {
  /// Accounts callers are pinned to, when an account key restricts.
  var accounts: [String]?
  /// Organizations (`o-...`) callers are pinned to.
  var organizations: [String] = []
  /// Network and identity limits, in words.
  var reasons: [String] = []

  var isEmpty: Bool { accounts == nil && organizations.isEmpty && reasons.isEmpty }

  static let accountKeys: Set<String> = [
    "aws:principalaccount", "kms:calleraccount", "aws:sourceaccount", "aws:sourceowner",
  ]
  static let arnKeys: Set<String> = ["aws:sourcearn", "aws:principalarn"]
  static let organizationKeys: Set<String> = [
    "aws:principalorgid", "aws:principalorgpaths", "aws:sourceorgid", "aws:sourceorgpaths",
  ]
  static let networkKeys: Set<String> = ["aws:sourcevpc", "aws:sourcevpce"]
  static let identityKeys: Set<String> = ["aws:userid", "aws:username"]

  /// The restriction `clauses` impose in a statement of `effect`.
  static func from(_ clauses: [ConditionClause], effect: PolicyEffect) -> ExposureRestriction {
    var result = ExposureRestriction()
    for clause in clauses {
      result.add(clause, effect: effect)
    }
    return result
  }

  /// True when every clause of a `Deny` restricts, so the deny refuses exactly the callers
  /// outside the restriction (a deny with extra clauses refuses fewer and limits nothing).
  static func isPureDenyRestriction(_ clauses: [ConditionClause]) -> Bool {
    !clauses.isEmpty
      && clauses.allSatisfy { !ExposureRestriction.from([$0], effect: .deny).isEmpty }
  }

  private mutating func add(_ clause: ConditionClause, effect: PolicyEffect) {
    let op = clause.op
    let polarityRestricts = effect == .allow ? !op.negated && !op.ifExists : op.negated
    guard polarityRestricts, op.qualifier != .forAllValues, op.comparison != .null else {
      return
    }
    let values = clause.values.filter { !$0.allSatisfy { $0 == "*" || $0 == "?" } }
    guard !values.isEmpty, values.count == clause.values.count else { return }
    let key = clause.key.lowercased()

    if Self.accountKeys.contains(key) {
      pin(accounts: values)
    } else if Self.arnKeys.contains(key) {
      let owners = values.map { PrincipalEntry.account(of: $0) ?? "*" }
      guard owners.allSatisfy({ !$0.contains("*") && !$0.contains("?") }) else { return }
      pin(accounts: owners)
    } else if Self.organizationKeys.contains(key) {
      organizations += values.map { String($0.split(separator: "/").first ?? "") }
    } else if Self.networkKeys.contains(key) {
      reasons.append("\(clause.key) limits callers to \(values.joined(separator: ", "))")
    } else if Self.identityKeys.contains(key) {
      reasons.append("\(clause.key) limits callers to \(values.joined(separator: ", "))")
    } else if key == "aws:sourceip", op.comparison == .ipAddress {
      addSourceIP(values, key: clause.key)
    }
  }

  private mutating func pin(accounts values: [String]) {
    let set = Array(Set(values)).sorted()
    accounts = accounts.map { Array(Set($0).intersection(set)).sorted() } ?? set
  }

  private mutating func addSourceIP(_ values: [String], key: String) {
    let ranges = values.compactMap { IPRange(cidr: $0) }
    guard ranges.count == values.count, !ranges.contains(where: \.isEverything) else {
      return
    }
    let list = values.joined(separator: ", ")
    if ranges.allSatisfy(\.isPrivate) {
      reasons.append("\(key) limits callers to private addresses \(list)")
    } else {
      reasons.append("\(key) limits callers to \(list), which includes public addresses")
    }
  }
}
