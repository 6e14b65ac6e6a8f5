import ParapetCore
import Testing

@testable import ParapetRules

@Suite struct YAMLLoaderTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var expected: JSONValue
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "core schema scalars", text: "a: true\nb: ~\nc: 12\nd: 1.5\ne: '12'\nf: 0x1f\ng: x",
      expected: ["a": true, "b": nil, "c": 12, "d": 1.5, "e": "12", "f": 31, "g": "x"]),
    Case(
      name: "flow and block", text: "a: [1, two, {b: c}]\nd:\n  - e\n  - f: g # note\n",
      expected: ["a": [1, "two", ["b": "c"]], "d": ["e", ["f": "g"]]]),
    Case(
      name: "literal and folded", text: "a: |\n  one\n  two\nb: >\n  one\n  two\n",
      expected: ["a": "one\ntwo\n", "b": "one two\n"]),
    Case(
      name: "anchors and aliases", text: "a: &x [1, 2]\nb: *x\n",
      expected: ["a": [1, 2], "b": [1, 2]]),
    Case(
      name: "quoted stays string", text: "a: \"true\"\nb: 'null'\n",
      expected: ["a": "true", "b": "null"]),
  ]

  @Test(arguments: cases)
  func loads(_ testCase: Case) throws {
    let node = try YAMLLoader.load(testCase.text, file: "t.yaml")
    #expect(node?.jsonValue == testCase.expected)
  }

  @Test func keepsLines() throws {
    let node = try YAMLLoader.load("a: 1\nb:\n  c: 2\n", file: "t.yaml")
    let entries = node?.mappingEntries ?? []
    #expect(entries.map(\.line) == [1, 2])
    #expect(entries.last?.value.mappingEntries?.first?.line == 3)
  }

  @Test func reportsSyntaxErrorsWithLine() {
    #expect(
      throws: YAMLError(
        file: "t.yaml", line: 3,
        message: "invalid YAML: while parsing a flow sequence: did not find expected ',' or ']'")
    ) {
      try YAMLLoader.load("a: 1\nb: [1, 2\nc: 3\n", file: "t.yaml")
    }
  }

  /// 30,000 nested flow sequences (60 KB) crashed the process before the limit.
  @Test func deepNestingIsAnErrorNotACrash() throws {
    let deep =
      "id: " + String(repeating: "[", count: 30_000)
      + String(repeating: "]", count: 30_000) + "\n"
    #expect(
      throws: YAMLError(
        file: "deep.yaml", line: 1, message: "sequences and mappings nest more than 512 deep")
    ) {
      try YAMLLoader.load(deep, file: "deep.yaml")
    }

    let limit = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
    #expect(try YAMLLoader.load(limit, file: "limit.yaml") != nil)
  }

  @Test func rejectsDuplicateKeysAndUnknownAliases() {
    #expect(throws: YAMLError(file: "t.yaml", line: 2, message: "duplicate key 'a'")) {
      try YAMLLoader.load("a: 1\na: 2\n", file: "t.yaml")
    }
    #expect(throws: YAMLError(file: "t.yaml", line: 1, message: "unknown alias '*nope'")) {
      try YAMLLoader.load("a: *nope\n", file: "t.yaml")
    }
  }
}
