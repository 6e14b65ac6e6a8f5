import ParapetCore

/// Renders findings as a SARIF 2.1.0 log for code-scanning dashboards: one run whose tool
/// lists every check as a rule, and one result per finding that needs attention.
///
/// Passing findings are left out (code-scanning tools show problems, and a pass is not
/// one). A failure is a result of kind `fail`; a muted failure is the same with an
/// accepted external suppression; a not-evaluated finding is kind `open` (the tool could
/// not decide) with level `none`, as SARIF requires for kinds other than `fail`. Cloud
/// resources have no file, so each result is located by a logical location whose fully
/// qualified name is the resource's ARN.
public enum SARIFReport {
  /// The SARIF version written.
  public static let version = "2.1.0"

  /// The whole log.
  public static func render(
    findings: [Finding], metadata: ScanMetadata, checks: [String: CheckInfo] = [:],
    pretty: Bool = true
  ) -> String {
    JSONWriter(pretty: pretty).string(
      document(findings: findings, metadata: metadata, checks: checks))
      + "\n"
  }

  /// The log as a JSON tree.
  public static func document(
    findings: [Finding], metadata: ScanMetadata, checks: [String: CheckInfo]
  ) -> JSONValue {
    var known = checks
    for finding in findings where known[finding.checkId] == nil {
      known[finding.checkId] = CheckInfo.fallback(for: finding)
    }
    let ids = known.keys.sorted()
    var index: [String: Int] = [:]
    for (position, id) in ids.enumerated() { index[id] = position }

    let results: [JSONValue] = findings.compactMap { finding in
      guard finding.status != .pass else { return nil }
      return result(finding, ruleIndex: index[finding.checkId] ?? 0)
    }
    let driver: JSONValue = [
      "name": "Parapet",
      "version": .string(metadata.parapetVersion),
      "rules": .array(ids.compactMap { known[$0].map(rule) }),
    ]
    let invocation: JSONValue = [
      "executionSuccessful": true,
      "startTimeUtc": .string(UTCTimestamp.iso8601(metadata.startedAt)),
      "endTimeUtc": .string(UTCTimestamp.iso8601(metadata.finishedAt)),
    ]

    return [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": .string(version),
      "runs": [
        [
          "tool": ["driver": driver],
          "automationDetails": .object([
            "id": .string("parapet/\(metadata.account)/\(metadata.scanId)")
          ]),
          "invocations": [invocation],
          "results": .array(results),
        ]
      ],
    ]
  }

  /// The SARIF level of a failing check of `severity`.
  public static func level(_ severity: Severity) -> String {
    switch severity {
    case .critical, .high: return "error"
    case .medium: return "warning"
    case .low, .informational: return "note"
    }
  }

  /// The `security-severity` score code-scanning tools bucket into critical (9.0 and
  /// up), high (7.0), medium (4.0) and low (0.1).
  public static func securitySeverity(_ severity: Severity) -> String {
    switch severity {
    case .critical: return "9.5"
    case .high: return "8.0"
    case .medium: return "5.5"
    case .low: return "3.0"
    case .informational: return "0.0"
    }
  }

  private static func rule(_ check: CheckInfo) -> JSONValue {
    var help = check.remediation.text
    var markdown = check.remediation.text
    let snippets = [
      ("AWS CLI", "sh", check.remediation.cli), ("Terraform", "hcl", check.remediation.terraform),
      ("CloudFormation", "yaml", check.remediation.cloudformation),
    ]
    for (label, language, snippet) in snippets {
      guard let snippet, !snippet.isEmpty else { continue }
      help += "\n\n\(label):\n\(snippet)"
      markdown += "\n\n**\(label)**\n\n```\(language)\n\(snippet)\n```"
    }

    var members: [String: JSONValue] = [
      "id": .string(check.id),
      "shortDescription": ["text": .string(check.title)],
      "fullDescription": [
        "text": .string(FormatText.firstNonEmpty(check.description, check.title))
      ],
      "help": [
        "text": .string(FormatText.firstNonEmpty(help, check.title)),
        "markdown": .string(FormatText.firstNonEmpty(markdown, check.title)),
      ],
      "defaultConfiguration": ["level": .string(level(check.severity))],
      "properties": [
        "security-severity": .string(securitySeverity(check.severity)),
        "severity": .string(check.severity.rawValue),
        "tags": .array((["security"] + check.categories).map(JSONValue.string)),
      ],
    ]
    if let url = check.references.first { members["helpUri"] = .string(url) }
    return .object(members)
  }

  private static func result(_ finding: Finding, ruleIndex: Int) -> JSONValue {
    let decided = finding.status != .notEvaluated
    var members: [String: JSONValue] = [
      "ruleId": .string(finding.checkId),
      "ruleIndex": .number(Double(ruleIndex)),
      "kind": decided ? "fail" : "open",
      "level": .string(decided ? level(finding.severity) : "none"),
      "message": [
        "text": .string(FormatText.firstNonEmpty(finding.message, finding.checkTitle))
      ],
      "locations": [
        [
          "logicalLocations": [
            [
              "fullyQualifiedName": .string(finding.resourceId),
              "name": .string(finding.resourceName),
              "kind": "resource",
            ]
          ]
        ]
      ],
      "partialFingerprints": ["parapet/v1": .string(finding.fingerprint)],
      "properties": [
        "status": .string(finding.status.rawValue),
        "account": .string(finding.account),
        "region": .string(finding.region),
        "resourceType": .string(finding.resourceType),
      ],
    ]
    if let cli = finding.remediationSnippets.cli {
      members["properties"] = members["properties"]?.setting("remediationCli", to: .string(cli))
    }
    if finding.status == .muted {
      members["suppressions"] = [
        ["kind": "external", "status": "accepted", "justification": "muted by a mutelist entry"]
      ]
    }
    return .object(members)
  }
}
