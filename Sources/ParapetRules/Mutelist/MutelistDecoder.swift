import Foundation
import ParapetCore

/// Reads a mutelist file. Two shapes are accepted:
///
/// Parapet's own, a list of entries under `mutelist`:
///
///     mutelist:
///       - check: "aws.s3.bucket_*"        # or checks: [...]; glob, default every check
///         account: "111122223333"         # or accounts: [...]; glob
///         region: "eu-*"                  # or regions: [...]; glob
///         resource: "^arn:aws:s3:::logs-" # or resources: [...]; regex on id or name
///         tags: {env: "^dev$"}            # every key present, value matching the regex
///         reason: "Log buckets are private by design"  # required
///         expires: 2025-12-31             # optional, last day it mutes
///
/// Prowler's, for migration: `Mutelist: Accounts: ACCOUNT: Checks: CHECK: {Regions,
/// Resources, Tags}`, where `*` means any and Tags are `key=value` regexes (any one
/// matching). Prowler's `Exceptions` are not supported and are an error.
public enum MutelistDecoder {
  /// The problem with a mutelist file, naming file, line and field.
  public struct DecodeError: Error, Sendable, CustomStringConvertible {
    /// `file:line: message`.
    public var description: String
  }

  /// Loads the file at `url`; its path names it in errors.
  public static func load(_ url: URL) throws(DecodeError) -> Mutelist {
    guard let text = try? String(contentsOf: url, encoding: .utf8) else {
      throw DecodeError(
        description: "\(url.path): cannot read the mutelist file: "
          + FileProblem.reason(reading: url.path))
    }
    return try decode(text, file: url.path)
  }

  /// Decodes `text`; `file` names it in errors and in entry locations.
  public static func decode(_ text: String, file: String) throws(DecodeError) -> Mutelist {
    let root: YAMLNode?
    do {
      root = try YAMLLoader.load(text, file: file)
    } catch {
      throw DecodeError(description: error.description)
    }
    let reader = Reader(file: file)
    guard let root, let entries = root.mappingEntries, let top = entries.first,
      entries.count == 1
    else {
      throw reader.error(root?.line ?? 1, "a mutelist holds one key, 'mutelist' or 'Mutelist'")
    }
    switch top.key {
    case "mutelist": return try Mutelist(entries: reader.native(top))
    case "Mutelist": return try Mutelist(entries: reader.prowler(top))
    default: throw reader.error(top.line, "unknown field '\(top.key)'; expected 'mutelist'")
    }
  }

  private struct Reader {
    let file: String

    func error(_ line: Int, _ message: String) -> DecodeError {
      DecodeError(description: "\(file):\(line): \(message)")
    }

    func native(_ top: YAMLEntry) throws(DecodeError) -> [Mutelist.Entry] {
      guard let items = top.value.sequenceItems else {
        throw error(top.line, "'mutelist' needs a list of entries")
      }
      var entries: [Mutelist.Entry] = []
      for item in items {
        guard let fields = item.mappingEntries else {
          throw error(item.line, "a mutelist entry is a mapping with at least 'reason'")
        }
        let allowed = [
          "check", "checks", "account", "accounts", "region", "regions", "resource",
          "resources", "tags", "reason", "expires",
        ]
        if let unknown = fields.first(where: { !allowed.contains($0.key) }) {
          throw error(unknown.line, "unknown field '\(unknown.key)' in a mutelist entry")
        }
        func field(_ name: String) -> YAMLEntry? { fields.first { $0.key == name } }
        guard let reasonEntry = field("reason") else {
          throw error(item.line, "mutelist entry needs 'reason'")
        }
        entries.append(
          Mutelist.Entry(
            location: "\(file):\(item.line)",
            accounts: try strings(field("account")) + strings(field("accounts")),
            regions: try strings(field("region")) + strings(field("regions")),
            checks: try strings(field("check")) + strings(field("checks")),
            resources: try regexes(field("resource")) + regexes(field("resources")),
            tags: try tagMap(field("tags")), tagExpressions: [],
            reason: try text(reasonEntry), expires: try date(field("expires"))))
      }
      return entries
    }

    func prowler(_ top: YAMLEntry) throws(DecodeError) -> [Mutelist.Entry] {
      guard let sections = top.value.mappingEntries,
        let accounts = sections.first(where: { $0.key == "Accounts" })
      else { throw error(top.line, "'Mutelist' needs 'Accounts'") }
      var entries: [Mutelist.Entry] = []
      for account in accounts.value.mappingEntries ?? [] {
        guard let checks = account.value.mappingEntries?.first(where: { $0.key == "Checks" })
        else { throw error(account.line, "account '\(account.key)' needs 'Checks'") }
        for check in checks.value.mappingEntries ?? [] {
          let fields = check.value.mappingEntries ?? []
          let allowed = ["Regions", "Resources", "Tags", "Description"]
          if let unknown = fields.first(where: { !allowed.contains($0.key) }) {
            throw error(
              unknown.line,
              "field '\(unknown.key)' of check '\(check.key)' is not supported; "
                + "supported: Regions, Resources, Tags, Description")
          }
          func field(_ name: String) -> YAMLEntry? { fields.first { $0.key == name } }
          let resources = try strings(field("Resources")).filter { $0 != "*" }
          let tags = try strings(field("Tags")).filter { $0 != "*" }
          entries.append(
            Mutelist.Entry(
              location: "\(file):\(check.line)",
              accounts: account.key == "*" ? [] : [account.key],
              regions: try strings(field("Regions")).filter { $0 != "*" },
              checks: [check.key], resources: try compile(resources, line: check.line),
              tags: [:], tagExpressions: try compile(tags, line: check.line),
              reason: try field("Description").map(text) ?? "Prowler mutelist", expires: nil))
        }
      }
      return entries
    }

    func text(_ entry: YAMLEntry) throws(DecodeError) -> String {
      guard let value = entry.value.scalarText, !value.isEmpty else {
        throw error(entry.line, "'\(entry.key)' needs a non-empty string")
      }
      return value
    }

    func strings(_ entry: YAMLEntry?) throws(DecodeError) -> [String] {
      guard let entry else { return [] }
      if let single = entry.value.scalarText { return [single] }
      let items = entry.value.sequenceItems?.compactMap(\.scalarText)
      guard let items, items.count == entry.value.sequenceItems?.count else {
        throw error(entry.line, "'\(entry.key)' needs a string or a list of strings")
      }
      return items
    }

    func regexes(_ entry: YAMLEntry?) throws(DecodeError) -> [CompiledRegex] {
      try compile(try strings(entry), line: entry?.line ?? 1, field: entry?.key ?? "resource")
    }

    func compile(_ patterns: [String], line: Int, field: String = "Resources")
      throws(DecodeError) -> [CompiledRegex]
    {
      var compiled: [CompiledRegex] = []
      for pattern in patterns {
        guard let regex = CompiledRegex(pattern) else {
          throw error(line, "invalid regular expression '\(pattern)' in '\(field)'")
        }
        compiled.append(regex)
      }
      return compiled
    }

    func tagMap(_ entry: YAMLEntry?) throws(DecodeError) -> [String: CompiledRegex] {
      guard let entry else { return [:] }
      guard let pairs = entry.value.mappingEntries else {
        throw error(entry.line, "'tags' needs a mapping of tag key to value regex")
      }
      var result: [String: CompiledRegex] = [:]
      for pair in pairs {
        guard let pattern = pair.value.scalarText, let regex = CompiledRegex(pattern) else {
          throw error(pair.line, "tag '\(pair.key)' needs a valid regular expression")
        }
        result[pair.key] = regex
      }
      return result
    }

    func date(_ entry: YAMLEntry?) throws(DecodeError) -> Date? {
      guard let entry else { return nil }
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.timeZone = TimeZone(identifier: "UTC")
      formatter.dateFormat = "yyyy-MM-dd"
      guard let text = entry.value.scalarText, let day = formatter.date(from: text) else {
        throw error(entry.line, "'expires' needs a date such as 2025-12-31")
      }
      return day
    }
  }
}
