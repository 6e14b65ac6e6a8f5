import ParapetCore

/// Reads one rule file's YAML into a `Rule`, collecting every problem with its line.
struct RuleDecoder {
  static let fields = [
    "id", "title", "description", "risk", "severity", "resource", "categories", "condition",
    "applies_when", "message", "remediation", "references", "compliance",
  ]
  static let required = [
    "id", "title", "description", "risk", "severity", "resource", "condition", "message",
    "remediation",
  ]

  let file: String
  let functions: FunctionRegistry
  var diagnostics: [RuleDiagnostic] = []

  /// Decodes `text`; nil with `diagnostics` filled when the file is not a valid rule.
  mutating func decode(_ text: String) -> Rule? {
    let root: YAMLNode?
    do {
      root = try YAMLLoader.load(text, file: file)
    } catch {
      return fail(error.line, error.message)
    }
    guard let root else { return fail(1, "empty file; expected one rule") }
    guard let entries = root.mappingEntries else {
      return fail(root.line, "a rule file holds one mapping, found \(root.kindName)")
    }

    for entry in entries where !Self.fields.contains(entry.key) {
      _ = fail(entry.line, "unknown field '\(entry.key)'") as Rule?
    }
    for name in Self.required where !entries.contains(where: { $0.key == name }) {
      _ = fail(root.line, "missing required field '\(name)'") as Rule?
    }
    func field(_ name: String) -> YAMLEntry? { entries.first { $0.key == name } }

    let id = string(field("id"))
    if let id, PropertyPath(id) == nil || id.contains(" ") {
      _ = fail(field("id")?.line ?? 1, "malformed id '\(id)'; use dotted words") as Rule?
    }
    let resource = string(field("resource"))
    if let resource, resource.hasPrefix("aws."), ResourceSchema.topLevelKeys[resource] == nil {
      _ =
        fail(
          field("resource")?.line ?? 1,
          "unknown resource type '\(resource)'; see docs/RESOURCES.md for the types") as Rule?
    }
    let severity = severityValue(field("severity"))
    let messages = messagesValue(field("message"))
    let remediation = remediationValue(field("remediation"), resource)
    let condition = compileCondition(field("condition"), resource)
    let appliesWhen = field("applies_when").map { compileCondition($0, resource) }
    let title = string(field("title"))
    let description = string(field("description"))
    let risk = string(field("risk"))
    let categories = stringList(field("categories"))
    let references = stringList(field("references"))
    let compliance = complianceValue(field("compliance"))

    guard diagnostics.isEmpty, let id, let title, let description, let risk, let severity,
      let resource, let condition, let messages, let remediation
    else { return nil }
    return Rule(
      id: id, title: title, description: description, risk: risk, severity: severity,
      resourceType: resource, categories: categories ?? [], condition: condition,
      appliesWhen: appliesWhen ?? nil, messages: messages, remediation: remediation,
      references: references ?? [], compliance: compliance ?? [:], file: file)
  }

  private mutating func compileCondition(_ entry: YAMLEntry?, _ resource: String?) -> Condition? {
    guard let entry else { return nil }
    var compiler = ConditionCompiler(file: file, functions: functions, resourceType: resource)
    let condition = compiler.compile(entry.value)
    diagnostics += compiler.diagnostics
    return condition
  }

  private mutating func severityValue(_ entry: YAMLEntry?) -> Severity? {
    guard let entry, let text = string(entry) else { return nil }
    guard let severity = Severity(rawValue: text) else {
      return fail(
        entry.line,
        "unknown severity '\(text)'; expected critical, high, medium, "
          + "low or informational")
    }
    return severity
  }

  private mutating func messagesValue(_ entry: YAMLEntry?) -> Rule.Messages? {
    guard let entry, let body = mapping(entry, allowed: ["pass", "fail"]) else { return nil }
    guard let pass = string(body["pass"]), let fail = string(body["fail"]) else {
      return self.fail(entry.line, "'message' needs both 'pass' and 'fail'")
    }
    return Rule.Messages(pass: pass, fail: fail)
  }

  /// The remediation, with every snippet's placeholders checked: each must parse, and a
  /// property it reads must be a top-level key the resource type is known to have.
  private mutating func remediationValue(
    _ entry: YAMLEntry?, _ resource: String?
  ) -> Rule.Remediation? {
    let allowed = ["text", "cli", "terraform", "cloudformation", "console"]
    guard let entry, let body = mapping(entry, allowed: allowed) else { return nil }
    guard let text = string(body["text"]) else {
      return fail(entry.line, "'remediation' needs 'text'")
    }
    for key in ["cli", "terraform", "cloudformation", "console"] {
      guard let snippet = body[key], let source = snippet.value.scalarText else { continue }
      let template: SnippetTemplate
      do {
        template = try SnippetTemplate(source)
      } catch {
        return fail(snippet.line, "'remediation.\(key)': \(error.message)")
      }
      if let resource, let known = ResourceSchema.topLevelKeys[resource],
        let unknown = template.propertyKeys.first(where: { !known.contains($0) })
      {
        return fail(
          snippet.line,
          "'remediation.\(key)': placeholder reads '\(unknown)', which \(resource) does not "
            + "have; see docs/RESOURCES.md for its keys")
      }
    }
    return Rule.Remediation(
      text: text, cli: string(body["cli"]), terraform: string(body["terraform"]),
      cloudformation: string(body["cloudformation"]), console: string(body["console"]))
  }

  private mutating func complianceValue(_ entry: YAMLEntry?) -> [String: [String]]? {
    guard let entry else { return nil }
    guard let body = entry.value.mappingEntries else {
      return fail(entry.line, "'compliance' needs a mapping of framework to requirement ids")
    }
    var result: [String: [String]] = [:]
    for item in body {
      guard let ids = stringList(item) else { return nil }
      result[item.key] = ids
    }
    return result
  }

  private mutating func mapping(_ entry: YAMLEntry, allowed: [String]) -> [String: YAMLEntry]? {
    guard let body = entry.value.mappingEntries else {
      return fail(entry.line, "'\(entry.key)' needs a mapping")
    }
    for item in body where !allowed.contains(item.key) {
      _ = fail(item.line, "unknown field '\(item.key)' in '\(entry.key)'") as Rule?
    }
    return Dictionary(body.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
  }

  private mutating func string(_ entry: YAMLEntry?) -> String? {
    guard let entry else { return nil }
    guard let text = entry.value.scalarText, !text.isEmpty else {
      return fail(entry.line, "'\(entry.key)' needs a non-empty string")
    }
    return text
  }

  private mutating func stringList(_ entry: YAMLEntry?) -> [String]? {
    guard let entry else { return nil }
    let items = entry.value.sequenceItems?.compactMap(\.scalarText)
    guard let items, items.count == entry.value.sequenceItems?.count else {
      return fail(entry.line, "'\(entry.key)' needs a list of strings")
    }
    return items
  }

  private mutating func fail<T>(_ line: Int, _ message: String) -> T? {
    diagnostics.append(RuleDiagnostic(file: file, line: line, message: message))
    return nil
  }
}
