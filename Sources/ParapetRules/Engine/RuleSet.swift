import Foundation
import ParapetCore

/// A validated collection of rules with unique ids: the built-in rules shipped in the
/// package plus any user directories.
public struct RuleSet: Sendable {
  /// The rules, sorted by id.
  public private(set) var rules: [Rule]

  /// A rule set holding `rules`; ids must be unique (checked by the loaders).
  public init(rules: [Rule]) {
    self.rules = rules.sorted { $0.id < $1.id }
  }

  /// The directory of built-in rule files inside the package's resource bundle.
  public static var builtinDirectory: URL? {
    Bundle.module.url(forResource: "BuiltinRules", withExtension: nil)
  }

  /// Loads the built-in rules (unless `includeBuiltin` is false) and every `.yaml`/`.yml` file
  /// under `directories`. Throws `RuleLoadError` listing every problem, including
  /// duplicate ids across files.
  public static func load(
    directories: [URL] = [], includeBuiltin: Bool = true,
    functions: FunctionRegistry = .standard
  ) throws(RuleLoadError) -> RuleSet {
    var sources: [(url: URL, label: String)] = []
    if includeBuiltin {
      guard let builtin = builtinDirectory else {
        throw RuleLoadError(diagnostics: [
          RuleDiagnostic(
            file: "BuiltinRules", line: nil,
            message: "built-in rules are missing "
              + "from the package resources; rebuild parapet")
        ])
      }
      sources += files(in: builtin, label: "builtin")
    }
    var missing: [RuleDiagnostic] = []
    for directory in directories {
      if let problem = notADirectory(directory) {
        missing.append(problem)
        continue
      }
      let own = files(in: directory, label: directory.path)
      // A directory of no rules added nothing: most likely the wrong one was named.
      if own.isEmpty {
        missing.append(
          RuleDiagnostic(
            file: directory.path, line: nil, message: "no rule files (.yaml or .yml) found here"))
      }
      sources += own
    }
    guard missing.isEmpty else { throw RuleLoadError(diagnostics: missing) }

    let (rules, diagnostics) = compile(sources, functions: functions)
    guard diagnostics.isEmpty else { throw RuleLoadError(diagnostics: diagnostics) }
    return RuleSet(rules: rules)
  }

  /// Checks every rule file under `directory` as a scan would load it, beside the built-in
  /// rules (so an id that clashes with a built-in one is reported), and returns all problems
  /// in that directory (empty when valid); for `parapet rules validate DIR`.
  public static func validate(
    directory: URL, functions: FunctionRegistry = .standard
  ) -> [RuleDiagnostic] {
    if let problem = notADirectory(directory) { return [problem] }
    let own = files(in: directory, label: directory.path)
    guard !own.isEmpty else {
      return [
        RuleDiagnostic(
          file: directory.path, line: nil, message: "no rule files (.yaml or .yml) found here")
      ]
    }
    let builtin = builtinDirectory.map { files(in: $0, label: "builtin") } ?? []
    return compile(builtin + own, functions: functions).1.filter {
      $0.file.hasPrefix(directory.path)
    }
  }

  /// A diagnostic when `directory` is missing or a file, nil when it is a directory.
  static func notADirectory(_ directory: URL) -> RuleDiagnostic? {
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory)
    guard !(exists && isDirectory.boolValue) else { return nil }
    return RuleDiagnostic(
      file: directory.path, line: nil,
      message: exists
        ? "not a directory; give a directory of rule files"
        : "no such directory; give a directory of rule files (.yaml or .yml)")
  }

  /// Parses one rule from `text`; `file` labels diagnostics.
  public static func parse(
    _ text: String, file: String, functions: FunctionRegistry = .standard
  ) throws(RuleLoadError) -> Rule {
    var decoder = RuleDecoder(file: file, functions: functions)
    guard let rule = decoder.decode(text) else {
      throw RuleLoadError(diagnostics: decoder.diagnostics)
    }
    return rule
  }

  /// The rules that `selection` keeps.
  public func selecting(_ selection: RuleSelection) -> RuleSet {
    RuleSet(rules: rules.filter(selection.includes))
  }

  /// The rule with this id.
  public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

  private static func files(in directory: URL, label: String) -> [(url: URL, label: String)] {
    let enumerator = FileManager.default.enumerator(
      at: directory, includingPropertiesForKeys: nil)
    var found: [(url: URL, label: String)] = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "yaml" || url.pathExtension == "yml" else { continue }
      let relative = url.path.dropFirst(directory.path.count).drop { $0 == "/" }
      found.append((url, label + "/" + relative))
    }
    return found.sorted { $0.label < $1.label }
  }

  private static func compile(
    _ sources: [(url: URL, label: String)], functions: FunctionRegistry
  ) -> ([Rule], [RuleDiagnostic]) {
    var rules: [Rule] = []
    var diagnostics: [RuleDiagnostic] = []
    var seen: [String: String] = [:]
    for source in sources {
      guard let text = try? String(contentsOf: source.url, encoding: .utf8) else {
        diagnostics.append(
          RuleDiagnostic(
            file: source.label, line: nil,
            message: "cannot read the file: "
              + FileProblem.reason(reading: source.url.path)))
        continue
      }
      var decoder = RuleDecoder(file: source.label, functions: functions)
      guard let rule = decoder.decode(text) else {
        diagnostics += decoder.diagnostics
        continue
      }
      if let first = seen[rule.id] {
        diagnostics.append(
          RuleDiagnostic(
            file: source.label, line: 1,
            message: "duplicate rule id '\(rule.id)', already defined in \(first)"))
        continue
      }
      seen[rule.id] = source.label
      rules.append(rule)
    }
    return (rules, diagnostics)
  }
}
