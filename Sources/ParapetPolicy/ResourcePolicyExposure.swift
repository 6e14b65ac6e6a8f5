import ParapetCore

/// Who a resource policy admits from outside the resource's account.
public enum Exposure: Sendable, Hashable {
  /// Anyone on the internet, with no condition that narrows who (a `Referer` or
  /// `SecureTransport` condition does not).
  case `public`(reasons: [String])
  /// Principals of other accounts, organizations, services or identity providers.
  case crossAccount(CrossAccountAccess)
  /// A wildcard principal narrowed by conditions that really restrict, named in `reasons`.
  case restricted(reasons: [String])
  /// Only the resource's own (or trusted) accounts, or no policy at all.
  case privateToAccount
  /// The policy could not be read (access denied, malformed): neither public nor private.
  case notEvaluated(reason: String)

  fileprivate var rank: Int {
    switch self {
    case .notEvaluated: 4
    case .public: 3
    case .crossAccount: 2
    case .restricted: 1
    case .privateToAccount: 0
    }
  }
}

/// The outsiders a cross-account grant reaches.
public struct CrossAccountAccess: Sendable, Hashable {
  /// Account ids (and S3 canonical user ids) outside the trusted set.
  public var accounts: [String]
  /// Organizations (`o-...`) outside the trusted set.
  public var organizations: [String]
  /// Service principals without a source-account or source-ARN condition, which any
  /// account's use of the service could steer (the confused deputy).
  public var services: [String]
  /// Identity providers trusted by `Federated` principals.
  public var federated: [String]

  /// Outsiders; lists are kept sorted and free of repeats.
  public init(
    accounts: [String] = [], organizations: [String] = [], services: [String] = [],
    federated: [String] = []
  ) {
    self.accounts = Array(Set(accounts)).sorted()
    self.organizations = Array(Set(organizations)).sorted()
    self.services = Array(Set(services)).sorted()
    self.federated = Array(Set(federated)).sorted()
  }

  fileprivate func merged(_ other: CrossAccountAccess) -> CrossAccountAccess {
    CrossAccountAccess(
      accounts: accounts + other.accounts, organizations: organizations + other.organizations,
      services: services + other.services, federated: federated + other.federated)
  }
}

/// Classifies resource policies (bucket, key, queue, topic, function, repository, secret,
/// file system, domain, vault) by who they admit, reading conditions the way AWS
/// evaluates them so that a policy limited to a VPC endpoint or an organization is not
/// called public.
///
/// Only `Allow` statements grant. A `Deny` whose conditions all refuse callers outside a
/// restriction (`StringNotEquals aws:SourceVpce`) and whose actions and resources cover an
/// allow narrows that allow. A policy that only denies grants nothing.
public enum ResourcePolicyExposure {
  /// Classifies the policy property of a resource.
  ///
  /// - Parameters:
  ///   - policy: the property as collected: nil when the call that reads it failed (the
  ///     answer is `notEvaluated`), JSON null when the resource has no policy, else the
  ///     document (object or policy text, URL-encoded or not).
  ///   - resourceAccount: the account owning the resource.
  ///   - trustedAccounts: other accounts the user trusts; grants to them count as private.
  ///   - trustedOrganizations: organizations the user trusts. When empty, a grant limited
  ///     to an organization is `restricted`; when given, one to another organization is
  ///     `crossAccount`.
  public static func analyze(
    policy: JSONValue?, resourceAccount: String, trustedAccounts: Set<String> = [],
    trustedOrganizations: Set<String> = []
  ) -> Exposure {
    guard let policy else {
      return .notEvaluated(reason: "the resource policy could not be read")
    }
    if policy.isNull { return .privateToAccount }

    let document: PolicyDocument
    do {
      document = try PolicyDocument.parse(policy)
    } catch {
      return .notEvaluated(reason: "the resource policy is malformed: \(error)")
    }
    return analyze(
      document: document, resourceAccount: resourceAccount, trustedAccounts: trustedAccounts,
      trustedOrganizations: trustedOrganizations)
  }

  /// Classifies a parsed resource policy; see `analyze(policy:...)`.
  public static func analyze(
    document: PolicyDocument, resourceAccount: String, trustedAccounts: Set<String> = [],
    trustedOrganizations: Set<String> = []
  ) -> Exposure {
    let judge = StatementExposure(
      document: document, trusted: trustedAccounts.union([resourceAccount]),
      trustedOrganizations: trustedOrganizations)
    let results = document.statements.filter { $0.effect == .allow }.map(judge.classify)
    return results.reduce(Exposure.privateToAccount, combine)
  }

  private static func combine(_ lhs: Exposure, _ rhs: Exposure) -> Exposure {
    switch (lhs, rhs) {
    case (.public(let left), .public(let right)):
      return .public(reasons: left + right)
    case (.crossAccount(let left), .crossAccount(let right)):
      return .crossAccount(left.merged(right))
    case (.restricted(let left), .restricted(let right)):
      return .restricted(reasons: left + right)
    default:
      return lhs.rank >= rhs.rank ? lhs : rhs
    }
  }
}
