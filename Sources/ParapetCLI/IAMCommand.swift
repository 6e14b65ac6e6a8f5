import Foundation
import ParapetCore
import ParapetPolicy
import ParapetReport
import ParapetRules

/// `parapet iam can` and `parapet iam who-can`: access questions answered by the policy
/// engine over a finished scan's inventory.
enum IAMCommand {
  static let help = """
    USAGE: parapet iam can PRINCIPAL ACTION RESOURCE [--context KEY=VALUE]... --from FILE
           parapet iam who-can ACTION RESOURCE [--context KEY=VALUE]... --from FILE
           parapet iam analyze [--check ID_OR_GLOB]... --from FILE

    Decides access with AWS's evaluation logic (explicit deny wins, cross-account access
    needs both sides, permissions boundaries limit) over the inventory.json of a finished
    scan. PRINCIPAL is a user or role name or an ARN; an ARN not in the inventory is a
    caller with no identity policies (another account's principal). An S3 object ARN is
    judged with its bucket's policy. SCPs, RCPs and session policies are not collected,
    so they are not applied.

    'can' prints ALLOW or DENY with the deciding statements (policy name and Sid or
    statement index) and exits 0 when allowed, 3 when denied. 'who-can' lists the users
    and roles that are allowed, and whether the resource policy admits anyone else; it
    exits 0. 'analyze' runs the built-in checks (or those given with --check) over the
    inventory and prints the status counts per check and the time taken; it exits 0.
    Usage errors exit 2, unreadable files 1.

    OPTIONS:
    """

  static let specs = [
    OptionSpec(name: "from", kind: .single, valueName: "FILE", help: "inventory.json of a scan"),
    OptionSpec(
      name: "context", kind: .list, valueName: "KEY=VALUE",
      help: "a condition key of the request (repeat for several values)"),
    OptionSpec(
      name: "check", kind: .list, valueName: "ID_OR_GLOB", help: "checks 'analyze' runs"),
    OptionSpec(name: "help", kind: .flag, help: "show this help"),
  ]

  static func run(_ arguments: [String]) throws -> ExitCode {
    let parsed = try parseArguments(arguments, specs: specs)
    if parsed.flag("help") || parsed.positional.isEmpty {
      Console.out(help + "\n" + optionsHelp(specs))
      return parsed.flag("help") ? .success : .usage
    }
    let subcommand = parsed.positional[0]
    let operands = Array(parsed.positional.dropFirst())
    let context = try contextKeys(parsed.values["context"] ?? [])

    switch subcommand {
    case "can":
      guard operands.count == 3 else {
        throw UsageError("'parapet iam can' needs PRINCIPAL ACTION RESOURCE")
      }
      try checkAction(operands[1])
      let inventory = try scanInventory(parsed)
      let access = InventoryAccess(inventory: inventory.1)
      return can(
        access, operands[0], operands[1], operands[2], context,
        caveats: caveats(inventory, resource: operands[2]))
    case "who-can":
      guard operands.count == 2 else {
        throw UsageError("'parapet iam who-can' needs ACTION RESOURCE")
      }
      try checkAction(operands[0])
      let inventory = try scanInventory(parsed)
      let access = InventoryAccess(inventory: inventory.1)
      warn(caveats(inventory, resource: operands[1]))
      return whoCan(access, operands[0], operands[1], context)
    case "analyze":
      guard operands.isEmpty else {
        throw UsageError("'parapet iam analyze' takes no operands; give --from FILE")
      }
      let inventory = try inventory(parsed)
      return try analyze(inventory, checks: parsed.list("check"))
    default:
      throw UsageError(
        "unknown 'parapet iam' subcommand '\(subcommand)'; use can, who-can or analyze")
    }
  }

  private static func inventory(_ parsed: ParsedArguments) throws -> Inventory {
    try scanInventory(parsed).1
  }

  private static func scanInventory(_ parsed: ParsedArguments) throws
    -> (ScanMetadata, Inventory)
  {
    guard let path = parsed.value("from") else {
      throw UsageError(
        "'parapet iam' needs --from with the inventory.json of a scan (scan first with "
          + "'parapet scan aws')")
    }
    return try ReportDocumentReader.inventory(atPath: path)
  }

  private static func caveats(_ inventory: (ScanMetadata, Inventory), resource: String)
    -> [String]
  {
    InventoryCaveats.warnings(metadata: inventory.0, inventory: inventory.1, resource: resource)
  }

  private static func warn(_ caveats: [String]) {
    for line in caveats { Console.err("parapet: warning: " + line) }
  }

  /// `--context` values as condition keys; one key given twice has two values.
  static func contextKeys(_ items: [String]) throws -> [String: [String]] {
    var keys: [String: [String]] = [:]
    for item in items {
      guard let equals = item.firstIndex(of: "="), equals != item.startIndex else {
        throw UsageError(
          "--context needs KEY=VALUE, such as aws:SourceVpce=vpce-1a2b; got '\(item)'")
      }
      keys[String(item[..<equals]), default: []].append(String(item[item.index(after: equals)...]))
    }
    return keys
  }

  /// An action is `service:Operation` (wildcards allowed): a bare word matched only a
  /// policy's `*` and answered ALLOW for an action no service has.
  private static func checkAction(_ action: String) throws {
    let parts = action.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      throw UsageError("action '\(action)' is not service:Operation, such as s3:GetObject")
    }
  }

  private static func can(
    _ access: InventoryAccess, _ name: String, _ action: String, _ resource: String,
    _ context: [String: [String]], caveats: [String]
  ) -> ExitCode {
    let arn = access.principal(named: name)?.id ?? name
    guard arn.hasPrefix("arn:") else {
      Console.err(
        "parapet: no user or role named '\(name)' in the inventory; give its name or an ARN")
      return .usage
    }
    warn(caveats)
    let answer = access.decide(
      principalArn: arn, action: action, resource: resource, context: context)
    Console.out(describe(answer, action: action, resource: resource).joined(separator: "\n"))
    return answer.decision.isAllowed ? .success : .findingsFailed
  }

  private static func whoCan(
    _ access: InventoryAccess, _ action: String, _ resource: String,
    _ context: [String: [String]]
  ) -> ExitCode {
    let allowed = access.whoCan(action: action, resource: resource, context: context)
      .filter(\.decision.isAllowed)
    var lines = ["\(allowed.count) principal(s) can \(action) on \(resource):"]
    for answer in allowed {
      lines.append("  \(answer.principal)")
      lines += answer.decision.decidingStatements.map { "    by \($0.description)" }
    }
    switch access.exposure(of: resource) {
    case .public(let reasons)?:
      lines.append("Anyone can, through the resource policy: " + reasons.joined(separator: "; "))
    case .crossAccount(let outsiders)?:
      let names =
        outsiders.accounts + outsiders.organizations + outsiders.services
        + outsiders.federated
      lines.append(
        "Outside principals named by the resource policy: " + names.joined(separator: ", "))
    default:
      break
    }
    Console.out(lines.joined(separator: "\n"))
    return .success
  }

  private static func analyze(_ inventory: Inventory, checks: [String]) throws -> ExitCode {
    let rules = try RuleSet.load().selecting(RuleSelection(include: checks))
    let started = Date()
    let findings = RuleEngine(rules: rules).evaluate(inventory)
    let seconds = Date().timeIntervalSince(started)

    var counts: [String: [Finding.Status: Int]] = [:]
    for finding in findings {
      counts[finding.checkId, default: [:]][finding.status, default: 0] += 1
    }
    var lines = counts.keys.sorted().map { id in
      let byStatus = counts[id] ?? [:]
      let parts = Finding.Status.allCases.compactMap { status in
        byStatus[status].map { "\(status.rawValue) \($0)" }
      }
      return "\(id): " + parts.joined(separator: ", ")
    }
    lines.append(
      "\(findings.count) findings from \(rules.rules.count) checks over "
        + "\(inventory.resources.count) resources in \(String(format: "%.2f", seconds)) s")
    Console.out(lines.joined(separator: "\n"))
    return .success
  }

  static func describe(_ answer: InventoryAccess.Answer, action: String, resource: String)
    -> [String]
  {
    let verdict: String
    switch answer.decision.outcome {
    case .allow: verdict = "ALLOW"
    case .explicitDeny: verdict = "DENY (explicit)"
    case .implicitDeny: verdict = "DENY (implicit)"
    }
    var lines = ["\(verdict) \(answer.principal) \(action) \(resource)"]
    lines += answer.decision.decidingStatements.map { "  deciding: \($0.description)" }
    lines += answer.decision.explanation.map { "  because: \($0)" }
    lines += answer.unreadable.map {
      "  note: \($0) could not be read; the answer may be incomplete"
    }
    return lines
  }
}
