import Foundation
import ParapetCore
import ParapetReport
import Testing

@Suite struct ComplianceTests {
  /// Check ids of the built-in rules, read with a line scan of the rule files.
  static func ruleIds() throws -> Set<String> {
    Set(
      try ruleFiles().compactMap { text in
        text.split(separator: "\n").first { $0.hasPrefix("id: ") }
          .map { String($0.dropFirst(4)).trimmingCharacters(in: .whitespaces) }
      })
  }

  static func ruleFiles() throws -> [String] {
    let root = PythonValidator.repository
      .appendingPathComponent("Sources/ParapetRules/BuiltinRules")
    let paths =
      FileManager.default.enumerator(atPath: root.path)?
      .compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") } ?? []
    return try paths.map {
      try String(contentsOf: root.appendingPathComponent($0), encoding: .utf8)
    }
  }

  @Test func catalogShipsTheElevenFrameworks() throws {
    let frameworks = try ComplianceCatalog.list()

    #expect(
      frameworks.map(\.id) == [
        "aws-fsbp", "cis-aws-3.0", "cis-aws-4.0", "gdpr", "hipaa", "iso-27001-2022",
        "mitre-attack", "nist-800-53-r5", "nist-csf-2.0", "pci-dss-4.0", "soc2",
      ])
  }

  /// Name and version are shown side by side (`NIST SP 800-53 Revision 5`); the GDPR's
  /// version began with the last word of its name and read "Regulation Regulation".
  @Test func nameAndVersionReadAsOneTitle() throws {
    for framework in try ComplianceCatalog.list() {
      let lastOfName = framework.name.split(separator: " ").last?.lowercased()
      let firstOfVersion = framework.version.split(separator: " ").first?.lowercased()
      #expect(lastOfName != firstOfVersion, "\(framework.name) \(framework.version)")
    }
    let gdpr = try ComplianceCatalog.framework(id: "gdpr")
    #expect("\(gdpr.name) \(gdpr.version)" == "General Data Protection Regulation (EU) 2016/679")
  }

  /// The CIS lists are complete: 22 IAM, 9 storage (4 + 5), 9 logging, 16 monitoring,
  /// 6 (v3.0) or 8 (v4.0) networking recommendations.
  @Test(arguments: [("cis-aws-3.0", 62, 55), ("cis-aws-4.0", 64, 57)])
  func cisListsAreComplete(id: String, requirements: Int, mapped: Int) throws {
    let framework = try ComplianceCatalog.framework(id: id)

    #expect(framework.requirements.count == requirements)
    #expect(framework.requirements.filter { !$0.checks.isEmpty }.count == mapped)
    #expect(framework.requirements.first?.id == "1.1")
    #expect(Set(framework.requirements.map(\.id)).count == requirements)
  }

  /// One framework's complete requirement list: how many requirements it has, how many of
  /// them a check evidences, the form every id takes, the first and last id, and how many
  /// requirements each group (family, function, theme, section) holds, keyed by the first
  /// `groupParts` parts of the id split at `groupSeparator` (no groups: not checked).
  struct ListCase: CustomStringConvertible, Sendable {
    var id: String
    var requirements: Int
    var automated: Int
    var idPattern: String
    var first: String
    var last: String
    var groupSeparator: Character = "."
    var groupParts = 1
    var groups: [String: Int] = [:]
    var description: String { id }
  }

  static let listCases = [
    ListCase(
      id: "nist-800-53-r5", requirements: 298, automated: 56,
      idPattern: "(AC|AT|AU|CA|CM|CP|IA|IR|MA|MP|PE|PL|PM|PS|PT|RA|SA|SC|SI|SR)-[1-9][0-9]?",
      first: "AC-1", last: "SR-12", groupSeparator: "-",
      groups: [
        "AC": 23, "AT": 5, "AU": 15, "CA": 8, "CM": 14, "CP": 12, "IA": 12, "IR": 9, "MA": 7,
        "MP": 8, "PE": 22, "PL": 8, "PM": 32, "PS": 9, "PT": 8, "RA": 9, "SA": 16, "SC": 47,
        "SI": 22, "SR": 12,
      ]),
    ListCase(
      id: "nist-csf-2.0", requirements: 106, automated: 31,
      idPattern: "(GV|ID|PR|DE|RS|RC)\\.[A-Z]{2}-[0-9]{2}", first: "GV.OC-01", last: "RC.CO-04",
      groups: ["GV": 31, "ID": 21, "PR": 22, "DE": 11, "RS": 13, "RC": 8]),
    ListCase(
      id: "pci-dss-4.0", requirements: 250, automated: 80,
      idPattern: "([1-9]|1[0-2])(\\.[0-9]{1,2}){2,4}", first: "1.1.1", last: "12.10.7",
      groups: [
        "1": 19, "2": 11, "3": 29, "4": 6, "5": 13, "6": 19, "7": 12, "8": 29, "9": 27,
        "10": 27, "11": 21, "12": 37,
      ]),
    ListCase(
      id: "iso-27001-2022", requirements: 93, automated: 33,
      idPattern:
        "A\\.(5\\.([1-9]|[12][0-9]|3[0-7])|6\\.[1-8]|7\\.([1-9]|1[0-4])"
        + "|8\\.([1-9]|[12][0-9]|3[0-4]))",
      first: "A.5.1", last: "A.8.34", groupParts: 2,
      groups: ["A.5": 37, "A.6": 8, "A.7": 14, "A.8": 34]),
    ListCase(
      id: "soc2", requirements: 61, automated: 20,
      idPattern: "CC[1-9]\\.[1-8]|A1\\.[1-3]|C1\\.[12]|PI1\\.[1-5]|P[1-8]\\.[1-7]",
      first: "CC1.1", last: "P8.1",
      groups: [
        "CC1": 5, "CC2": 3, "CC3": 4, "CC4": 2, "CC5": 3, "CC6": 8, "CC7": 5, "CC8": 1, "CC9": 2,
        "A1": 3, "C1": 2, "PI1": 5, "P1": 1, "P2": 1, "P3": 2, "P4": 3, "P5": 2, "P6": 7, "P7": 1,
        "P8": 1,
      ]),
    ListCase(
      id: "hipaa", requirements: 65, automated: 27,
      idPattern:
        "164\\.3(08|10|12|14|16)\\([a-e]\\)(\\([1-8]\\))?(\\((i|ii|iii|iv)\\))?(\\([A-E]\\))?",
      first: "164.308(a)(1)(i)", last: "164.316(b)(2)(iii)", groupSeparator: "(",
      groups: ["164.308": 30, "164.310": 12, "164.312": 12, "164.314": 6, "164.316": 5]),
    ListCase(
      id: "gdpr", requirements: 99, automated: 5, idPattern: "Art\\. [1-9][0-9]?",
      first: "Art. 1", last: "Art. 99"),
    ListCase(
      id: "mitre-attack", requirements: 50, automated: 30, idPattern: "T1[0-9]{3}",
      first: "T1190", last: "T1496"),
  ]

  /// Each framework lists its whole requirement list at its stated granularity, with
  /// unique, well-formed ids.
  @Test(arguments: listCases)
  func frameworkListsAreComplete(_ testCase: ListCase) throws {
    let framework = try ComplianceCatalog.framework(id: testCase.id)
    let ids = framework.requirements.map(\.id)
    let pattern = try Regex(testCase.idPattern)

    #expect(ids.count == testCase.requirements)
    #expect(Set(ids).count == ids.count)
    #expect(framework.requirements.filter { !$0.checks.isEmpty }.count == testCase.automated)
    #expect(ids.filter { (try? pattern.wholeMatch(in: $0)) == nil } == [])
    #expect(ids.first == testCase.first)
    #expect(ids.last == testCase.last)

    guard !testCase.groups.isEmpty else { return }
    let groups = Dictionary(grouping: ids) { id in
      id.split(separator: testCase.groupSeparator).prefix(testCase.groupParts)
        .joined(separator: String(testCase.groupSeparator))
    }
    #expect(groups.mapValues(\.count) == testCase.groups)
  }

  /// Outside CIS (whose own manual/automated split is kept), a requirement is automated
  /// exactly when a check evidences it, and every manual one tells a person what to do.
  @Test(arguments: listCases.map(\.id) + ["aws-fsbp"])
  func automatedMeansMappedAndManualHasGuidance(id: String) throws {
    let framework = try ComplianceCatalog.framework(id: id)

    let mismatched = framework.requirements.filter {
      ($0.assessment == .automated) == $0.checks.isEmpty
    }
    let unguided = framework.requirements.filter { $0.assessment == .manual && $0.guidance.isEmpty }
    #expect(mismatched.map(\.id) == [])
    #expect(unguided.map(\.id) == [])
  }

  @Test func everyMappingNamesAnExistingCheck() throws {
    let known = try Self.ruleIds()
    #expect(known.count >= 150)

    var unknown: [String] = []
    for framework in try ComplianceCatalog.list() {
      for requirement in framework.requirements {
        for check in requirement.checks where !known.contains(check) {
          unknown.append("\(framework.id) \(requirement.id): \(check)")
        }
      }
    }
    #expect(unknown == [])
  }

  /// Every automated CIS requirement has a check, and every manual one tells a person
  /// what to do.
  @Test(arguments: ["cis-aws-3.0", "cis-aws-4.0"])
  func cisAutomatedAreMappedAndManualHaveGuidance(id: String) throws {
    let framework = try ComplianceCatalog.framework(id: id)

    let unmapped = framework.requirements.filter {
      $0.assessment == .automated && $0.checks.isEmpty
    }
    let unguided = framework.requirements.filter { $0.assessment == .manual && $0.guidance.isEmpty }
    #expect(unmapped.map(\.id) == [])
    #expect(unguided.map(\.id) == [])
  }

  @Test func manualRequirementsPrintTheirGuidance() throws {
    let framework = try ComplianceCatalog.framework(id: "cis-aws-4.0")
    let report = ComplianceReport.evaluate(framework: framework, findings: [])

    let text = ComplianceSummary.render(report, width: 80, color: false)

    #expect(
      text.contains(
        """
          MANUAL         1.2    Ensure security contact information is registered
                         In Account > Alternate contacts, set the Security contact to a
                         team address; verify with `aws account get-alternate-contact
                         --alternate-contact-type SECURITY`.
        """))
  }

  /// A rule that claims a requirement of a shipped framework is mapped to it there.
  @Test func rulesOwnReferencesAgreeWithTheMappings() throws {
    let frameworks = Dictionary(
      uniqueKeysWithValues: try ComplianceCatalog.list().map { ($0.id, $0) })
    var disagreements: [String] = []
    for text in try Self.ruleFiles() {
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      guard let id = lines.first(where: { $0.hasPrefix("id: ") })?.dropFirst(4),
        let start = lines.firstIndex(where: { $0 == "compliance:" })
      else { continue }
      for line in lines[(start + 1)...] where line.hasPrefix("  ") {
        let parts = line.split(separator: ":", maxSplits: 1)
        let framework = parts[0].trimmingCharacters(in: .whitespaces)
        guard let shipped = frameworks[framework], parts.count == 2 else { continue }
        let requirements = parts[1].split(separator: ",").map {
          $0.trimmingCharacters(in: CharacterSet(charactersIn: " []\""))
        }
        for requirement in requirements {
          let mapped = shipped.requirements.first { $0.id == requirement }?.checks ?? []
          if !mapped.contains(String(id)) {
            disagreements.append("\(id) claims \(framework) \(requirement)")
          }
        }
      }
    }
    #expect(disagreements == [])
  }

  /// Even when every check passes everywhere, a requirement without checks stays manual.
  @Test func manualNeverPasses() throws {
    let passing = try Self.ruleIds().sorted().map { id in
      ReportFixtures.finding(id, id, ReportFixtures.site, .pass, .low)
    }

    for framework in try ComplianceCatalog.list() {
      let report = ComplianceReport.evaluate(framework: framework, findings: passing)
      for result in report.results {
        let expected: ComplianceReport.Status =
          result.requirement.checks.isEmpty
          ? .manual : .pass
        #expect(result.status == expected, "\(framework.id) \(result.requirement.id)")
      }
      #expect(report.score == 1)
    }
  }

  static let small = ComplianceFramework(
    id: "demo", name: "Demo Benchmark", version: "1.0",
    requirements: [
      ComplianceRequirement(id: "1", title: "Versioning everywhere", checks: ["a"]),
      ComplianceRequirement(id: "2", title: "No public buckets", checks: ["b"]),
      ComplianceRequirement(id: "3", title: "A person reviews access", assessment: .manual),
      ComplianceRequirement(id: "4", title: "Nothing to judge", checks: ["c"]),
      ComplianceRequirement(id: "5", title: "Partly unknown", checks: ["a", "d"]),
      ComplianceRequirement(id: "6", title: "Muted is accepted", checks: ["a", "e"]),
      ComplianceRequirement(id: "7", title: "One bad apple", checks: ["a", "b"]),
    ])

  static let smallFindings = [
    ReportFixtures.finding("a", "A", ReportFixtures.site, .pass, .low),
    ReportFixtures.finding("a", "A", ReportFixtures.logs, .pass, .low),
    ReportFixtures.finding("b", "B", ReportFixtures.site, .fail, .high),
    ReportFixtures.finding("b", "B", ReportFixtures.logs, .pass, .high),
    ReportFixtures.finding("d", "D", ReportFixtures.site, .notEvaluated, .low),
    ReportFixtures.finding("e", "E", ReportFixtures.site, .muted, .low),
  ]

  @Test func statusesAndScoreOnASmallFindingSet() {
    let report = ComplianceReport.evaluate(framework: Self.small, findings: Self.smallFindings)

    #expect(
      report.results.map(\.status) == [
        .pass, .fail, .manual, .notEvaluated, .notEvaluated, .pass, .fail,
      ])
    #expect(report.counts == [.pass: 2, .fail: 2, .manual: 1, .notEvaluated: 2])
    #expect(report.score == 0.5)
    #expect(report.scoreText == "50.0%")
  }

  @Test func scoreIsUndefinedWhenNothingWasDecided() {
    let report = ComplianceReport.evaluate(framework: Self.small, findings: [])

    #expect(report.score == nil)
    #expect(report.scoreText == "n/a")
  }

  @Test func terminalViewListsEachRequirementWithItsChecks() {
    let report = ComplianceReport.evaluate(framework: Self.small, findings: Self.smallFindings)

    let text = ComplianceSummary.render(report, width: 60, color: false)

    #expect(
      text == """
        Demo Benchmark 1.0 (demo)
        Score: 50.0% (2 pass, 2 fail, 1 manual, 2 not evaluated)
          PASS           1  Versioning everywhere
                         a (2 pass)
          FAIL           2  No public buckets
                         b (1 fail, 1 pass)
          MANUAL         3  A person reviews access
          NOT EVALUATED  4  Nothing to judge
                         c (no resources)
          NOT EVALUATED  5  Partly unknown
                         a (2 pass), d (1 not evaluated)
          PASS           6  Muted is accepted
                         a (2 pass), e (1 muted)
          FAIL           7  One bad apple
                         a (2 pass), b (1 fail, 1 pass)

        """)
    #expect(
      ComplianceSummary.line(report, idWidth: 6)
        == "demo     50.0%  2 pass, 2 fail, 1 manual, 2 not evaluated")
  }

  @Test func unknownFrameworkListsTheChoices() throws {
    do {
      _ = try ComplianceCatalog.framework(id: "cis-aws-9.9")
      Issue.record("an unknown framework loaded")
    } catch {
      #expect(
        error.description.hasPrefix(
          "unknown compliance framework 'cis-aws-9.9'; choose from aws-fsbp, cis-aws-3.0,"))
    }
    #expect(try ComplianceCatalog.framework(id: "CIS-AWS-3.0").id == "cis-aws-3.0")
  }

  @Test func anIncompleteMappingIsRejected() {
    let definition = Data(
      """
      {"id": "x", "name": "X", "version": "1", "description": "", "url": "",
       "requirements": [{"id": "1", "title": "One", "section": "", "assessment": "manual"},
                        {"id": "2", "title": "Two", "section": "", "assessment": "automated"}]}
      """.utf8)
    let mapping = Data(#"{"framework": "x", "mappings": {"1": [], "3": ["a"]}}"#.utf8)

    do {
      _ = try ComplianceCatalog.load(
        definition: definition, mapping: mapping, mappingFile: "x.mapping.json")
      Issue.record("an incomplete mapping loaded")
    } catch {
      #expect(
        error.description
          == "compliance mapping x.mapping.json does not match its requirement list: "
          + "no entry for 2; entries for unknown requirements 3; "
          + "give every requirement an entry (empty for manual)")
    }
  }

  @Test func catalogViewCountsRequirementsAndAutomatedOnes() throws {
    let text = ComplianceSummary.catalog([Self.small], width: 80)

    #expect(
      text == """
        FRAMEWORK  REQUIREMENTS  AUTOMATED  NAME
        demo                  7          6  Demo Benchmark 1.0

        """)
  }
}
