import Foundation

/// A bad command line: exit code 2 and a message saying what to type instead.
public struct UsageError: Error, CustomStringConvertible, Sendable {
  /// What was wrong, as one line.
  public var description: String

  /// A usage error saying `description`.
  public init(_ description: String) {
    self.description = description
  }
}

/// One option a command accepts.
struct OptionSpec: Sendable {
  /// How the option takes values.
  enum Kind: Sendable {
    /// `--quiet`: present or not.
    case flag
    /// `--output-dir DIR`: one value; given twice, the last wins.
    case single
    /// `--region R`: may repeat, and each value may be a comma-separated list.
    case list
    /// `--webhook URL`: may repeat; each value is kept whole, commas included.
    case repeated
  }

  var name: String
  var kind: Kind
  var valueName: String = "VALUE"
  var help: String
}

/// The parsed command line of one command: flags, option values and positional arguments.
struct ParsedArguments: Sendable {
  var flags: Set<String> = []
  var values: [String: [String]] = [:]
  var positional: [String] = []

  /// True when `--name` was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The last value of `--name`.
  func value(_ name: String) -> String? { values[name]?.last }

  /// Every value of `--name`; for `.list` options comma-separated lists split and empty
  /// items dropped.
  func list(_ name: String) -> [String] { values[name] ?? [] }
}

/// Parses `arguments` against `specs`. Accepts `--name value`, `--name=value`, and `--` to
/// end options. Unknown options and missing values are usage errors naming the option.
func parseArguments(_ arguments: [String], specs: [OptionSpec]) throws -> ParsedArguments {
  let byName = Dictionary(uniqueKeysWithValues: specs.map { ($0.name, $0) })
  var parsed = ParsedArguments()
  var index = 0
  var optionsEnded = false

  while index < arguments.count {
    let argument = arguments[index]
    index += 1
    guard !optionsEnded, argument.hasPrefix("--"), argument.count > 2 else {
      if argument == "--" && !optionsEnded {
        optionsEnded = true
      } else {
        parsed.positional.append(argument)
      }
      continue
    }

    var name = String(argument.dropFirst(2))
    var inlineValue: String?
    if let equals = name.firstIndex(of: "=") {
      inlineValue = String(name[name.index(after: equals)...])
      name = String(name[..<equals])
    }
    guard let spec = byName[name] else {
      let known = specs.map { "--" + $0.name }.sorted().joined(separator: ", ")
      throw UsageError("unknown option '--\(name)'; options are: \(known)")
    }
    if spec.kind == .flag {
      guard inlineValue == nil else { throw UsageError("option '--\(name)' takes no value") }
      parsed.flags.insert(name)
      continue
    }

    let value: String
    if let inlineValue {
      value = inlineValue
    } else {
      guard index < arguments.count, !arguments[index].hasPrefix("--") else {
        throw UsageError("option '--\(name)' needs a value (\(spec.valueName))")
      }
      value = arguments[index]
      index += 1
    }
    switch spec.kind {
    case .single: parsed.values[name] = [value]
    case .list:
      let items = value.split(separator: ",").map {
        String($0).trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      // An empty list would read as "no restriction": `--region ,` scanned every region.
      guard !items.isEmpty else {
        throw UsageError(
          "option '--\(name)' needs a value (\(spec.valueName)); '\(value)' names none")
      }
      // A value given twice is one: `--region us-east-1,us-east-1` collected it twice.
      var listed = parsed.values[name] ?? []
      for item in items where !listed.contains(item) { listed.append(item) }
      parsed.values[name] = listed
    case .repeated: parsed.values[name, default: []].append(value)
    case .flag: break
    }
  }
  return parsed
}

/// The options section of a help text, one aligned line per option.
func optionsHelp(_ specs: [OptionSpec]) -> String {
  let labels = specs.map { spec -> String in
    switch spec.kind {
    case .flag: return "--\(spec.name)"
    case .single, .list, .repeated: return "--\(spec.name) \(spec.valueName)"
    }
  }
  let width = (labels.map(\.count).max() ?? 0) + 2
  return zip(labels, specs).map { label, spec in
    "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + spec.help
  }.joined(separator: "\n")
}
