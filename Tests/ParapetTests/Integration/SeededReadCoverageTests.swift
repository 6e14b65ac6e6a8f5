import Foundation
import ParapetCore
import Testing

@testable import ParapetRules

/// Holds every built-in rule's reads against what the collectors wrote for the seeded
/// account: a path a rule reads must be present (null counts) in at least one collected
/// resource of its type. A rule reading a key no collector writes judges missing data
/// (the IAM access-key dates and RDS snapshot attributes were such bugs); this catches the
/// next one. Reads AWS leaves out when a setting is unset, and the seed cannot set, are
/// listed in `allowed` with the reason.
@Suite struct SeededReadCoverageTests {
  /// `type: path` reads that may be absent from every seeded resource, and why.
  static let allowed: [String: String] = [
    "aws.account: RootCredentials.access_key_1_last_used_date":
      "moto's credential report has no <root_account> row; hand-written in AWS's CSV shape",
    "aws.account: RootCredentials.access_key_2_last_used_date":
      "moto's credential report has no <root_account> row; hand-written in AWS's CSV shape",
    "aws.account: RootCredentials.password_last_used":
      "moto's credential report has no <root_account> row; hand-written in AWS's CSV shape",
    "aws.apigateway.rest_api: Stages[].clientCertificateId":
      "AWS omits it on a stage without a client certificate; moto has no client certificates",
    "aws.cloudtrail.trail: Status.LatestCloudWatchLogsDeliveryTime":
      "AWS omits it until CloudTrail first delivers to CloudWatch Logs; moto never delivers",
    "aws.config.recorder: Status.lastErrorMessage":
      "AWS sets it only after a failed delivery (the fail message prints it); moto never fails",
  ]

  /// Types rules judge or relate to that the seeded account does not hold, and why.
  static let unseededTypes: [String: String] = [
    "aws.accessanalyzer.analyzer": "moto 5.2.5 answers ListAnalyzers with HTTP 500",
    "aws.glacier.vault": "moto 5.2.5 has no vault access-policy or tag routes (HTTP 404)",
  ]

  /// Top-level keys moto writes that AWS's own shape lacks, so ResourceSchema leaves out.
  static let motoOnlyKeys: [String: String] = [
    "aws.config.recorder: status":
      "moto repeats the recorder status in DescribeConfigurationRecorders",
    "aws.efs.file_system: FileSystemPolicy": "moto puts the policy text in the listing",
    "aws.efs.file_system: LifecyclePolicies": "moto puts lifecycle rules in the listing",
    "aws.secretsmanager.secret: VersionIdsToStages":
      "moto's second spelling of SecretVersionsToStages",
  ]

  /// Collected properties by resource type.
  static func propertiesByType(_ scan: SeededScan.Result) -> [String: [JSONValue]] {
    var byType: [String: [JSONValue]] = [:]
    for resource in scan.resources {
      guard let type = resource["type"]?.stringValue else { continue }
      byType[type, default: []].append(resource["properties"] ?? .null)
    }
    return byType
  }

  /// Every read of every built-in rule, with the ids of the rules that make it.
  static let reads: [RuleRead: [String]] = {
    var readers: [RuleRead: [String]] = [:]
    for rule in RuleTestSupport.builtin.rules {
      for read in rule.reads { readers[read, default: []].append(rule.id) }
    }
    return readers
  }()

  @Test func everyReadPathIsCollected() async throws {
    let byType = Self.propertiesByType(try await SeededScan.shared.result())

    let missing = Self.reads.keys.sorted().filter { read in
      guard let resources = byType[read.type] else { return false }
      return !resources.contains { read.isPresent(in: $0) }
        && Self.allowed[read.description] == nil
    }.map { "\($0) (read by \(Self.reads[$0]?.sorted().joined(separator: ", ") ?? ""))" }

    #expect(missing == [])
  }

  /// An allowed read must still be a read and still be missing; else the entry goes.
  @Test func allowListHoldsOnlyMissingReads() async throws {
    let byType = Self.propertiesByType(try await SeededScan.shared.result())
    let reads = Dictionary(uniqueKeysWithValues: Self.reads.keys.map { ($0.description, $0) })

    let stale = Self.allowed.keys.sorted().filter { key in
      guard let read = reads[key] else { return true }
      return (byType[read.type] ?? []).contains { read.isPresent(in: $0) }
    }

    #expect(stale == [])
  }

  /// The reverse direction: a key a collector writes is one rules may name, since paths
  /// are checked against ResourceSchema when rules load.
  @Test func everyCollectedKeyIsKnownToTheSchema() async throws {
    let byType = Self.propertiesByType(try await SeededScan.shared.result())

    let unknown = byType.keys.sorted().flatMap { type in
      let known = ResourceSchema.topLevelKeys[type] ?? []
      let keys = Set((byType[type] ?? []).flatMap { $0.objectValue?.keys.sorted() ?? [] })
      return keys.subtracting(known).sorted().map { "\(type): \($0)" }
    }.filter { Self.motoOnlyKeys[$0] == nil }

    #expect(unknown == [])
  }

  @Test func everyRuleTypeIsSeededOrExplained() async throws {
    let byType = Self.propertiesByType(try await SeededScan.shared.result())
    let ruleTypes = Set(RuleTestSupport.builtin.rules.flatMap(\.requiredTypes))

    let unseeded = ruleTypes.filter { byType[$0] == nil }.sorted()

    #expect(unseeded == Self.unseededTypes.keys.sorted())
  }
}
