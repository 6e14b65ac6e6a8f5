import Foundation
import ParapetCore

extension PolicyDocument {
  /// Reads a policy from its JSON tree. A string node is read as policy text (see
  /// `parse(text:)`), so a property holding the raw API answer works too.
  ///
  /// - Throws: `PolicyError` naming the statement index and element at fault.
  public static func parse(_ node: JSONValue) throws(PolicyError) -> PolicyDocument {
    if case .string(let text) = node { return try parse(text: text) }
    guard case .object(let members) = node else {
      throw PolicyError(reason: "expected a JSON object, found \(PolicyParser.kind(of: node))")
    }
    return try PolicyParser.document(members)
  }

  /// Reads policy text, URL-encoded as IAM returns it (`%7B%22Version%22...`) or plain.
  ///
  /// - Throws: `PolicyError` when the text is not JSON or not a valid policy.
  public static func parse(text: String) throws(PolicyError) -> PolicyDocument {
    var body = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if !body.hasPrefix("{") && body.contains("%") {
      guard let decoded = body.removingPercentEncoding else {
        throw PolicyError(reason: "the URL-encoded text has an invalid escape sequence")
      }
      body = decoded
    }

    let node: JSONValue
    do {
      node = try JSONValue.parse(body)
    } catch {
      throw PolicyError(reason: "not valid JSON; check the document's quoting and braces")
    }
    guard case .object = node else {
      throw PolicyError(reason: "expected a JSON object, found \(PolicyParser.kind(of: node))")
    }
    return try parse(node)
  }
}

/// The reading rules of the IAM policy grammar, one element at a time.
enum PolicyParser {
  static let versions: Set<String> = ["2012-10-17", "2008-10-17"]
  static let statementElements: Set<String> = [
    "Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource",
    "NotResource", "Condition",
  ]

  static func document(_ members: [String: JSONValue]) throws(PolicyError) -> PolicyDocument {
    let version = try optionalString(members["Version"], element: "Version", index: nil)
    if let version, !versions.contains(version) {
      throw PolicyError(
        element: "Version",
        reason: "expected \"2012-10-17\" or \"2008-10-17\", found \"\(version)\"")
    }
    let id = try optionalString(members["Id"], element: "Id", index: nil)

    let rawStatements: [JSONValue]
    switch members["Statement"] {
    case nil, .null?:
      throw PolicyError(element: "Statement", reason: "missing; a policy needs at least one")
    case .array(let list)?:
      guard !list.isEmpty else {
        throw PolicyError(element: "Statement", reason: "the list is empty")
      }
      rawStatements = list
    case let single?:
      rawStatements = [single]
    }

    var statements: [PolicyStatement] = []
    for (index, raw) in rawStatements.enumerated() {
      statements.append(try statement(raw, index: index))
    }
    return PolicyDocument(version: version, id: id, statements: statements)
  }

  static func statement(_ node: JSONValue, index: Int) throws(PolicyError) -> PolicyStatement {
    guard case .object(let members) = node else {
      throw PolicyError(
        statementIndex: index, reason: "expected an object, found \(kind(of: node))")
    }
    if let unknown = members.keys.sorted().first(where: { !statementElements.contains($0) }) {
      throw PolicyError(
        statementIndex: index, element: unknown,
        reason: "not a statement element; check its spelling and case")
    }

    let sid = try optionalString(members["Sid"], element: "Sid", index: index)
    let effect = try self.effect(members["Effect"], index: index)
    guard
      let actions = try patternList(
        members, positive: "Action", negative: "NotAction", index: index)
    else {
      throw PolicyError(
        statementIndex: index, element: "Action", reason: "missing; give Action or NotAction")
    }
    let resources = try patternList(
      members, positive: "Resource", negative: "NotResource", index: index)
    let principals = try principalElement(members, index: index)
    let conditions = try ConditionParser.clauses(members["Condition"], index: index)
    return PolicyStatement(
      index: index, sid: sid, effect: effect, actions: actions, resources: resources,
      principals: principals, conditions: conditions)
  }

  static func effect(_ node: JSONValue?, index: Int) throws(PolicyError) -> PolicyEffect {
    guard let node else {
      throw PolicyError(statementIndex: index, element: "Effect", reason: "missing")
    }
    guard case .string(let text) = node, let effect = PolicyEffect(rawValue: text) else {
      throw PolicyError(
        statementIndex: index, element: "Effect",
        reason: "expected \"Allow\" or \"Deny\", found \(describe(node))")
    }
    return effect
  }

  static func patternList(
    _ members: [String: JSONValue], positive: String, negative: String, index: Int
  ) throws(PolicyError) -> PatternList? {
    switch (members[positive], members[negative]) {
    case (nil, nil):
      return nil
    case (.some, .some):
      throw PolicyError(
        statementIndex: index, element: positive, reason: "use \(positive) or \(negative), not both"
      )
    case (let node?, nil):
      return PatternList(try strings(node, element: positive, index: index))
    case (nil, let node?):
      return PatternList(try strings(node, element: negative, index: index), negated: true)
    }
  }

  static func principalElement(
    _ members: [String: JSONValue], index: Int
  ) throws(PolicyError) -> PrincipalElement? {
    let element: String
    let node: JSONValue
    switch (members["Principal"], members["NotPrincipal"]) {
    case (nil, nil):
      return nil
    case (.some, .some):
      throw PolicyError(
        statementIndex: index, element: "Principal",
        reason: "use Principal or NotPrincipal, not both")
    case (let found?, nil):
      (element, node) = ("Principal", found)
    case (nil, let found?):
      (element, node) = ("NotPrincipal", found)
    }

    var entries: [PrincipalEntry] = []
    switch node {
    case .string("*"):
      entries = [.anyone]
    case .object(let kinds) where !kinds.isEmpty:
      for (kind, value) in kinds.sorted(by: { $0.key < $1.key }) {
        let names = try strings(value, element: "\(element).\(kind)", index: index)
        switch kind {
        case "AWS": entries += names.map { $0 == "*" ? .anyone : .aws($0) }
        case "Service": entries += names.map { .service($0) }
        case "Federated": entries += names.map { .federated($0) }
        case "CanonicalUser": entries += names.map { .canonicalUser($0) }
        default:
          throw PolicyError(
            statementIndex: index, element: element,
            reason: "unknown principal type \"\(kind)\"; expected AWS, Service, Federated or "
              + "CanonicalUser")
        }
      }
    default:
      throw PolicyError(
        statementIndex: index, element: element,
        reason: "expected \"*\" or an object such as {\"AWS\": ...}, found \(describe(node))")
    }
    return PrincipalElement(entries, negated: element == "NotPrincipal")
  }

  /// A string or a non-empty list of non-empty strings.
  static func strings(
    _ node: JSONValue, element: String, index: Int?
  ) throws(PolicyError) -> [String] {
    switch node {
    case .string(let text) where !text.isEmpty:
      return [text]
    case .array(let items) where !items.isEmpty:
      var result: [String] = []
      for item in items {
        guard case .string(let text) = item, !text.isEmpty else {
          throw PolicyError(
            statementIndex: index, element: element,
            reason: "expected non-empty strings in the list, found \(describe(item))")
        }
        result.append(text)
      }
      return result
    default:
      throw PolicyError(
        statementIndex: index, element: element,
        reason: "expected a string or a list of strings, found \(describe(node))")
    }
  }

  static func optionalString(
    _ node: JSONValue?, element: String, index: Int?
  ) throws(PolicyError) -> String? {
    guard let node else { return nil }
    guard case .string(let text) = node else {
      throw PolicyError(
        statementIndex: index, element: element,
        reason: "expected a string, found \(describe(node))")
    }
    return text
  }

  static func kind(of node: JSONValue) -> String {
    switch node {
    case .null: "null"
    case .bool: "a boolean"
    case .number: "a number"
    case .string: "a string"
    case .array: "a list"
    case .object: "an object"
    }
  }

  /// A short rendering for messages: strings quoted (cut at 40 characters), else the kind.
  static func describe(_ node: JSONValue) -> String {
    guard case .string(let text) = node else { return kind(of: node) }
    let cut = text.count > 40 ? String(text.prefix(40)) + "..." : text
    return "\"\(cut)\""
  }
}
