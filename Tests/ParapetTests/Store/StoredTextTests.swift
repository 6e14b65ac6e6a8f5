import ParapetCore
import Testing

@testable import ParapetStore

/// Stored texts are hashed into version keys, so writing them without a tree must give
/// exactly the text the tree gave: otherwise every finding would look new after an upgrade.
@Suite struct StoredTextTests {
  static let evidenceCases: [[Evidence]] = [
    [],
    [Evidence(path: "Setting", value: .bool(false))],
    [Evidence(path: "Absent", value: nil), Evidence(path: "Null", value: .null)],
    [
      Evidence(
        path: "IpPermissions[0]",
        value: ["IpRanges": [["CidrIp": "0.0.0.0/0"]], "FromPort": 22, "Quote": "a\"b\\\u{1}é"]
      )
    ],
  ]

  @Test(arguments: evidenceCases)
  func evidenceIsTheTextOfItsTree(_ evidence: [Evidence]) {
    let tree = JSONValue.array(
      evidence.map { item in
        var members: [String: JSONValue] = ["path": .string(item.path)]
        if let value = item.value { members["value"] = value }
        return .object(members)
      })

    #expect(StoredText.evidence(evidence) == JSONWriter().string(tree))
    #expect(StoredText.evidence(StoredText.evidence(evidence)) == evidence)
  }

  @Test(arguments: [[], ["cis-aws-3.0:1.1"], ["a\"b", "é", "x,y"]])
  func stringsAreTheTextOfTheirTree(_ values: [String]) {
    #expect(StoredText.strings(values) == JSONWriter().string(.array(values.map { .string($0) })))
    #expect(StoredText.strings(StoredText.strings(values)) == values)
  }

  @Test func objectMembersAreWrittenInKeyOrder() {
    let value: JSONValue = ["b": 1, "a": ["z": true, "y": [["x": "1"]]], "C": .null, "é": 2]

    #expect(JSONWriter().string(value) == #"{"C":null,"a":{"y":[{"x":"1"}],"z":true},"b":1,"é":2}"#)
  }
}
