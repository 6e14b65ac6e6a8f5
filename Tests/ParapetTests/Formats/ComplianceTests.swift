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
