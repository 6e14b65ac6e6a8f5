/// A compliance framework as Parapet ships it: its requirements, each mapped to the checks
/// that evidence it. Loaded from two files in `Compliance/Frameworks/`: `<id>.json` (the
/// framework's own requirement list, as published) and `<id>.mapping.json` (requirement id
/// to check ids), kept apart so the list can be checked against its source and the mapping
/// reviewed on its own.
public struct ComplianceFramework: Sendable, Hashable {
  /// Id used on the command line and in findings' `compliance` references (`cis-aws-3.0`).
  public var id: String
  /// Name as its publisher writes it.
  public var name: String
  /// Version as its publisher writes it (`3.0.0`, `Revision 5`).
  public var version: String
  /// One sentence on what the framework covers and which part Parapet ships.
  public var description: String
  /// Where the framework is published.
  public var url: String
  /// Requirements in the framework's own order.
  public var requirements: [ComplianceRequirement]

  /// A framework.
  public init(
    id: String, name: String, version: String, description: String = "", url: String = "",
    requirements: [ComplianceRequirement]
  ) {
    self.id = id
    self.name = name
    self.version = version
    self.description = description
    self.url = url
    self.requirements = requirements
  }

  /// Every check id the framework maps to, sorted, without repeats.
  public var checkIds: [String] {
    Array(Set(requirements.flatMap(\.checks))).sorted()
  }
}

/// One requirement (control, article, technique) of a framework.
public struct ComplianceRequirement: Sendable, Hashable {
  /// How the framework itself says the requirement is assessed.
  public enum Assessment: String, Sendable, Hashable, Codable {
    /// The framework expects a tool to assess it.
    case automated
    /// The framework expects a person to assess it.
    case manual
  }

  /// Id as the framework writes it (`1.4`, `AC-2`, `T1530`).
  public var id: String
  /// Title as the framework names it, or a short summary in our words where the
  /// framework's text is a copyrighted sentence (PCI DSS, SOC 2) or an outcome statement
  /// (NIST CSF).
  public var title: String
  /// Section or family it belongs to.
  public var section: String
  /// How the framework says it is assessed; informative only: whether Parapet can assess
  /// it depends on `checks`.
  public var assessment: Assessment
  /// Check ids that evidence the requirement; empty when no check does, which makes the
  /// requirement manual whatever `assessment` says.
  public var checks: [String]
  /// What a person does to assess the requirement when no check decides it; every manual
  /// requirement of a shipped framework carries it so that "manual" never means "skipped".
  public var guidance: String

  /// A requirement.
  public init(
    id: String, title: String, section: String = "", assessment: Assessment = .automated,
    guidance: String = "", checks: [String] = []
  ) {
    self.guidance = guidance
    self.id = id
    self.title = title
    self.section = section
    self.assessment = assessment
    self.checks = checks
  }
}
