import Foundation
import ParapetCore
import ParapetDetect
import Testing

@testable import ParapetCLI

/// What `parapet detect` loads to run, and when it refuses to run with nothing: the
/// bundled rules are left out here, as a build without them would have none.
@Suite struct DetectionRulesTests {
  static func directory(rules: [String: String]) throws -> String {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("sigma"))
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    for (name, text) in rules {
      try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return url.path
  }

  static let windowsRule = """
    title: not CloudTrail
    logsource: {product: windows}
    detection: {selection: {EventID: 1}, condition: selection}
    """

  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var rules: [String: String]?
    var message: String
    var testDescription: String { name }
  }

  static let nothingLoaded: [Case] = [
    Case(
      name: "no rule at all", rules: nil,
      message: "no detection rule was loaded: --no-builtin turns the built-in detections "
        + "off and no Sigma rule was found; give --rules DIR with valid rules, or drop "
        + "--no-builtin"),
    Case(
      name: "every rule rejected", rules: ["windows.yml": windowsRule],
      message: "no detection rule was loaded: --no-builtin turns the built-in detections "
        + "off and every Sigma rule was rejected (see the warnings above); give --rules DIR "
        + "with valid rules, or drop --no-builtin"),
  ]

  @Test(arguments: nothingLoaded)
  func withoutBuiltinsNoRuleIsAnError(_ testCase: Case) throws {
    let directories = try testCase.rules.map { [try Self.directory(rules: $0)] } ?? []
    #expect {
      _ = try DetectionRules.sigma(
        directories: directories, builtins: false, bundled: SigmaLoadResult(),
        logger: Logger(level: .error, sink: NullLogSink()))
    } throws: { error in
      "\(error)" == testCase.message
    }
  }

  @Test func theBuiltinsAloneAreEnough() throws {
    let rules = try DetectionRules.sigma(
      directories: [], builtins: true, bundled: SigmaLoadResult(),
      logger: Logger(level: .error, sink: NullLogSink()))
    #expect(rules.isEmpty)
  }
}
