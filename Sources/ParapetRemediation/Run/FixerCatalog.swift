/// The fixers Parapet ships, looked up by check or by fixer id.
public struct FixerCatalog: Sendable {
  /// Every fixer, in the order docs list them.
  public let fixers: [any Fixer]

  /// A catalog of `fixers`; a check answered by two fixers goes to the first.
  public init(fixers: [any Fixer]) {
    self.fixers = fixers
  }

  /// The built-in fixers.
  public static let builtin = FixerCatalog(
    fixers: [
      AccountPublicAccessBlockFixer(), BucketPublicAccessBlockFixer(), BucketEncryptionFixer(),
      BucketVersioningFixer(), BucketSecureTransportFixer(), EBSEncryptionByDefaultFixer(),
      SnapshotPrivateFixer(), ImagePrivateFixer(),
    ] + OpenPortsFixer.all + [
      DefaultSecurityGroupFixer(), InstanceIMDSv2Fixer(), VPCFlowLogsFixer(),
      KMSKeyRotationFixer(), PasswordPolicyFixer(), UnusedAccessKeysFixer(),
      TrailLogFileValidationFixer(), MultiRegionTrailFixer(), ConfigRecorderFixer(),
      RDSInstancePrivateFixer(), RDSSnapshotPrivateFixer(), GuardDutyFixer(),
      SecurityHubFixer(), AccessAnalyzerFixer(), LogGroupRetentionFixer(),
      LogGroupEncryptionFixer(),
    ])

  /// The fixer answering `checkId`, if any.
  public func fixer(forCheck checkId: String) -> (any Fixer)? {
    fixers.first { $0.checkIds.contains(checkId) }
  }

  /// The fixer with `id`, if any.
  public func fixer(id: String) -> (any Fixer)? {
    fixers.first { $0.id == id }
  }

  /// Every check some fixer answers, sorted.
  public var checkIds: [String] { fixers.flatMap(\.checkIds).sorted() }
}
