/// Why credentials or their configuration could not be resolved.
///
/// Messages name the file, profile, variable or call involved and say what to do next. They
/// never contain a secret key, session token or web identity token.
public enum CredentialError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A shared config or credentials file has a line that cannot be parsed.
  case malformedFile(path: String, line: Int, problem: String)
  /// A file exists but could not be read.
  case unreadableFile(path: String, reason: String)
  /// The selected profile is in neither file; `available` lists the profiles that are.
  case profileNotFound(name: String, available: [String])
  /// `source_profile` references loop back to a profile already on the path.
  case profileCycle([String])
  /// A profile's settings are contradictory or incomplete.
  case invalidProfile(name: String, problem: String)
  /// The profile needs an MFA code, which a non-interactive scan cannot ask for.
  case mfaRequired(profile: String, serial: String)
  /// An STS exchange failed.
  case stsFailed(action: String, roleArn: String, reason: String)
  /// A credential endpoint answered with something that is not a credential document.
  case invalidResponse(source: String, problem: String)
  /// The container or instance metadata endpoint could not be reached or refused.
  case endpointUnavailable(source: String, reason: String)
  /// `AWS_CONTAINER_CREDENTIALS_FULL_URI` names a host credentials may not be sent to.
  case containerHostNotAllowed(url: String)
  /// A source sets one half of a key pair (`missing` names the absent setting).
  case incompleteKeys(source: String, missing: String)
  /// No source in the chain had credentials; `tried` lists them in order.
  case noCredentials(tried: [String])

  /// One line for the user.
  public var description: String {
    switch self {
    case .malformedFile(let path, let line, let problem):
      return "\(path):\(line): \(problem)"
    case .unreadableFile(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .profileNotFound(let name, let available):
      let list = available.isEmpty ? "none" : available.joined(separator: ", ")
      return "profile '\(name)' not found in the AWS config or credentials file "
        + "(profiles that exist: \(list)); pass one of them with --profile or AWS_PROFILE"
    case .profileCycle(let path):
      return "source_profile references form a cycle: \(path.joined(separator: " -> ")); "
        + "point the last profile at one with credentials"
    case .invalidProfile(let name, let problem):
      return "profile '\(name)': \(problem)"
    case .mfaRequired(let profile, let serial):
      return "profile '\(profile)' requires an MFA code (mfa_serial = \(serial)), which a "
        + "non-interactive scan cannot prompt for; export temporary credentials from "
        + "'aws sts get-session-token' or 'aws configure export-credentials' instead"
    case .stsFailed(let action, let roleArn, let reason):
      return "sts:\(action) for \(roleArn) failed: \(reason)"
    case .invalidResponse(let source, let problem):
      return "\(source) returned an unusable credential document: \(problem)"
    case .endpointUnavailable(let source, let reason):
      return "\(source) is unavailable: \(reason)"
    case .containerHostNotAllowed(let url):
      return "AWS_CONTAINER_CREDENTIALS_FULL_URI \(url) is not allowed: plain http is only "
        + "accepted for loopback, 169.254.170.2 and 169.254.170.23; use https or one of those"
    case .incompleteKeys(let source, let missing):
      return "\(source): an access key without \(missing); set both or neither"
    case .noCredentials(let tried):
      return "no AWS credentials found (tried: \(tried.joined(separator: ", "))); set "
        + "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or pass --profile"
    }
  }
}
