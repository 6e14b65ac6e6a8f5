import Foundation
import ParapetCore
import ParapetRules

/// Loads Sigma rules for AWS CloudTrail from YAML. A rule that uses anything Parapet does
/// not evaluate (another log source, keyword searches, aggregations, unsupported
/// modifiers, broken conditions) is reported as a `SigmaRuleIssue` naming the file and
/// the reason, and not run.
public enum SigmaLoader {
  /// Field modifiers Parapet evaluates.
  public static let supportedModifiers: Set<String> = [
    "contains", "startswith", "endswith", "all", "re", "cidr", "exists", "cased", "i", "m", "s",
  ]

  /// Loads one rule from `text`; `file` labels issues and alerts.
  public static func load(text: String, file: String) -> SigmaLoadResult {
    let fallbackName = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    let root: YAMLNode?
    do {
      root = try YAMLLoader.load(text, file: file)
    } catch {
      return issue(file, fallbackName, "YAML error: \(error.description)")
    }
    guard let root, let entries = root.mappingEntries else {
      return issue(file, fallbackName, "not a YAML mapping; not a Sigma rule")
    }
    let fields = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    let title = fields["title"]?.scalarText ?? fields["id"]?.scalarText ?? fallbackName
    do throws(SigmaLoadError) {
      return SigmaLoadResult(rules: [try rule(fields, title: title, file: file)])
    } catch {
      return issue(file, title, error.reason)
    }
  }

  /// Loads every `.yml`/`.yaml` file under `directory`, recursively, in path order.
  public static func load(directory: String) -> SigmaLoadResult {
    guard let walker = FileManager.default.enumerator(atPath: directory) else {
      return issue(directory, "-", "cannot read the directory")
    }
    var paths: [String] = []
    while let relative = walker.nextObject() as? String {
      if relative.hasSuffix(".yml") || relative.hasSuffix(".yaml") {
        paths.append((directory as NSString).appendingPathComponent(relative))
      }
    }
    var result = SigmaLoadResult()
    for path in paths.sorted() {
      guard let data = FileManager.default.contents(atPath: path) else {
        result.issues.append(SigmaRuleIssue(file: path, rule: "-", reason: "cannot read file"))
        continue
      }
      let loaded = load(text: String(decoding: data, as: UTF8.self), file: path)
      result.rules += loaded.rules
      result.issues += loaded.issues
    }
    return result
  }

  /// The CloudTrail rules shipped with Parapet.
  public static func bundled() -> SigmaLoadResult {
    guard let directory = Bundle.module.resourceURL?.appendingPathComponent("SigmaRules") else {
      return issue("SigmaRules", "-", "the bundled rule directory is missing from the build")
    }
    return load(directory: directory.path)
  }

  private static func issue(_ file: String, _ rule: String, _ reason: String) -> SigmaLoadResult {
    SigmaLoadResult(issues: [SigmaRuleIssue(file: file, rule: rule, reason: reason)])
  }

  private static func rule(_ fields: [String: YAMLNode], title: String, file: String)
    throws(SigmaLoadError) -> SigmaRule
  {
    if fields["correlation"] != nil {
      throw SigmaLoadError("correlation rules are not supported")
    }
    let product = fields["logsource"]?.jsonValue["product"]?.stringValue?.lowercased()
    let service = fields["logsource"]?.jsonValue["service"]?.stringValue?.lowercased()
    guard product == "aws", service == "cloudtrail" else {
      throw SigmaLoadError(
        "logsource is product '\(product ?? "-")' service '\(service ?? "-")'; only aws "
          + "cloudtrail rules run on CloudTrail")
    }
    guard let detection = fields["detection"]?.mappingEntries else {
      throw SigmaLoadError("no detection mapping")
    }
    if detection.contains(where: { $0.key == "timeframe" }) {
      throw SigmaLoadError("'timeframe' (windowed aggregation) is not supported")
    }
    guard let conditionNode = detection.first(where: { $0.key == "condition" })?.value else {
      throw SigmaLoadError("detection has no condition")
    }

    var selections: [String: SigmaSelection] = [:]
    for entry in detection where entry.key != "condition" {
      selections[entry.key] = try SigmaSelectionCompiler.selection(entry.value, name: entry.key)
    }
    let conditionTexts =
      conditionNode.sequenceItems?.compactMap(\.scalarText)
      ?? [conditionNode.scalarText ?? ""]
    var condition: SigmaExpression?
    for text in conditionTexts {
      var parser = SigmaConditionParser(text, selections: Array(selections.keys))
      switch parser.parse() {
      case .success(let parsed): condition = condition.map { .or($0, parsed) } ?? parsed
      case .failure(let error): throw SigmaLoadError("condition '\(text)': \(error.reason)")
      }
    }
    guard let condition else { throw SigmaLoadError("empty condition") }

    let id = fields["id"]?.scalarText ?? fields["name"]?.scalarText ?? title
    let tags = fields["tags"]?.sequenceItems?.compactMap(\.scalarText) ?? []
    let techniques = tags.compactMap { tag -> String? in
      let lower = tag.lowercased()
      let number = lower.dropFirst("attack.t".count).prefix(4)
      guard lower.hasPrefix("attack.t"), number.count == 4, number.allSatisfy(\.isNumber) else {
        return nil
      }
      return String(tag.dropFirst("attack.".count)).uppercased()
    }
    let description = fields["description"]?.scalarText ?? title
    let falsePositives = fields["falsepositives"]?.sequenceItems?.compactMap(\.scalarText) ?? []
    return SigmaRule(
      detection: Detection(
        id: id, checkId: "sigma.\(id)", title: title, severity: severity(fields["level"]),
        explanation: description, techniques: techniques,
        remediation: falsePositives.isEmpty
          ? "Investigate the identity's activity around these events."
          : "Known false positives: " + falsePositives.joined(separator: "; ")),
      file: file, selections: selections, condition: condition)
  }

  private static func severity(_ node: YAMLNode?) -> Severity {
    switch node?.scalarText?.lowercased() {
    case "critical": return .critical
    case "high": return .high
    case "medium": return .medium
    case "low": return .low
    default: return .informational
    }
  }
}

/// Why one rule cannot be loaded.
struct SigmaLoadError: Error {
  let reason: String
  init(_ reason: String) { self.reason = reason }
}
