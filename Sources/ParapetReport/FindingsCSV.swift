import ParapetCore

/// Renders findings as CSV per RFC 4180: a header row, one row per finding, CRLF line
/// ends, and a field quoted when it holds a comma, a double quote, CR or LF (embedded
/// quotes doubled).
///
/// Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` as a formula, and a
/// resource name or tag is chosen by whoever created the resource. Following OWASP's
/// advice on CSV injection, such a cell, and one starting with a tab or carriage return,
/// gets a leading `'` so it is shown as text. The cost: a value that really starts with
/// one of those characters (a negative number, `-` in a message) reads with a `'` in
/// front of it.
public enum FindingsCSV {
  /// Column names in order.
  public static let columns = [
    "status", "severity", "check_id", "check_title", "resource_id", "resource_type",
    "resource_name", "account", "region", "message", "remediation", "compliance",
    "fingerprint", "remediation_cli",
  ]

  /// The whole file: header and one row per finding, in the order given.
  public static func render(_ findings: [Finding]) -> String {
    var out = line(columns)
    for finding in findings {
      out += line(cells(finding))
    }
    return out
  }

  /// The raw cell values of one finding's row, before guarding and quoting;
  /// `compliance` is joined with `;`; `remediation_cli` is the failing finding's CLI fix with
  /// its resource filled in, last so that the earlier columns keep their places.
  public static func cells(_ finding: Finding) -> [String] {
    [
      finding.status.rawValue, finding.severity.rawValue, finding.checkId,
      finding.checkTitle, finding.resourceId, finding.resourceType, finding.resourceName,
      finding.account, finding.region, finding.message, finding.remediation,
      finding.compliance.joined(separator: ";"), finding.fingerprint,
      finding.remediationSnippets.cli ?? "",
    ]
  }

  /// One cell as written: formula guard first, then RFC 4180 quoting.
  public static func field(_ value: String) -> String {
    let guarded = startsLikeFormula(value) ? "'" + value : value
    let needsQuotes = guarded.unicodeScalars.contains { scalar in
      scalar == "," || scalar == "\"" || scalar == "\n" || scalar == "\r"
    }
    guard needsQuotes else { return guarded }
    return "\"" + guarded.replacingAll("\"", with: "\"\"") + "\""
  }

  private static func line(_ values: [String]) -> String {
    values.map(field).joined(separator: ",") + "\r\n"
  }

  private static func startsLikeFormula(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first else { return false }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first)
  }
}

extension String {
  /// A copy with every `target` replaced; kept here to avoid a Foundation dependency.
  fileprivate func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    out.reserveCapacity(count)
    for character in self {
      if character == target { out += replacement } else { out.append(character) }
    }
    return out
  }
}
