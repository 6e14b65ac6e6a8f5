import Foundation
import ParapetRules

/// Turns a selection's YAML into field tests: a mapping is AND over its keys, a list of
/// mappings is OR, a list of values under one key is OR (AND with `|all`).
enum SigmaSelectionCompiler {
  static func selection(_ node: YAMLNode, name: String) throws(SigmaLoadError)
    -> SigmaSelection
  {
    if let entries = node.mappingEntries {
      var tests: [SigmaFieldTest] = []
      for entry in entries { tests.append(try fieldTest(entry, selection: name)) }
      return .allOf(tests)
    }
    if let items = node.sequenceItems, items.allSatisfy({ $0.mappingEntries != nil }) {
      var options: [SigmaSelection] = []
      for item in items { options.append(try selection(item, name: name)) }
      return .anyOf(options)
    }
    throw SigmaLoadError(
      "selection '\(name)' is a keyword list (full-text search), which is not supported "
        + "for CloudTrail; name the field to match")
  }

  private static func fieldTest(_ entry: YAMLEntry, selection: String)
    throws(SigmaLoadError) -> SigmaFieldTest
  {
    let parts = entry.key.split(separator: "|").map(String.init)
    let path = parts.first ?? entry.key
    let modifiers = Array(parts.dropFirst())
    if let unsupported = modifiers.first(where: { !SigmaLoader.supportedModifiers.contains($0) }) {
      throw SigmaLoadError(
        "selection '\(selection)' field '\(path)': modifier '\(unsupported)' is not supported")
    }
    let values: [YAMLNode] = entry.value.sequenceItems ?? [entry.value]
    var patterns: [SigmaPattern] = []
    for value in values {
      guard let text = value.scalarText else {
        throw SigmaLoadError(
          "selection '\(selection)' field '\(path)': values must be scalars, found "
            + value.kindName)
      }
      patterns.append(
        try pattern(
          text, isNull: value.jsonValue.isNull, modifiers: modifiers,
          field: path))
    }
    if patterns.isEmpty { patterns = [.null] }
    return SigmaFieldTest(path: path, patterns: patterns, requireAll: modifiers.contains("all"))
  }

  private static func pattern(_ text: String, isNull: Bool, modifiers: [String], field: String)
    throws(SigmaLoadError) -> SigmaPattern
  {
    if modifiers.contains("exists") {
      return .exists(text.lowercased() == "true")
    }
    if isNull { return .null }
    if modifiers.contains("re") {
      var options: NSRegularExpression.Options = []
      if modifiers.contains("i") { options.insert(.caseInsensitive) }
      if modifiers.contains("m") { options.insert(.anchorsMatchLines) }
      if modifiers.contains("s") { options.insert(.dotMatchesLineSeparators) }
      guard let expression = try? NSRegularExpression(pattern: text, options: options) else {
        throw SigmaLoadError("field '\(field)': invalid regular expression '\(text)'")
      }
      return .regex(SigmaRegex(expression: expression))
    }
    if modifiers.contains("cidr") {
      guard let block = CIDRBlock(text) else {
        throw SigmaLoadError("field '\(field)': '\(text)' is not a CIDR block")
      }
      return .cidr(block)
    }
    let wrapped: String
    if modifiers.contains("contains") {
      wrapped = "*\(text)*"
    } else if modifiers.contains("startswith") {
      wrapped = "\(text)*"
    } else if modifiers.contains("endswith") {
      wrapped = "*\(text)"
    } else {
      wrapped = text
    }
    return .text(SigmaTextPattern(wrapped, cased: modifiers.contains("cased")))
  }
}
