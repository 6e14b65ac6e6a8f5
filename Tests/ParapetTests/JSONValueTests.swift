import ParapetCore
import Testing

@Suite struct JSONValueTests {
  @Test func writerSortsKeysAndEscapes() {
    let value: JSONValue = ["b": 1, "a": ["x\n", true, nil, 1.5]]
    #expect(JSONWriter().string(value) == #"{"a":["x\n",true,null,1.5],"b":1}"#)
  }

  @Test(arguments: [
    ("plain ünïcode ✓", #""plain ünïcode ✓""#),
    ("quote\"and\\slash", #""quote\"and\\slash""#),
    ("crlf\r\nend", #""crlf\r\nend""#),
    ("bell\u{7}", #""bell\u0007""#),
    // A quote followed by a combining mark is one character; the quote is still escaped.
    ("\"\u{301}x", "\"\\\"\u{301}x\""),
    ("", #""""#),
  ])
  func writerEscapesWhatJSONRequires(text: String, json: String) throws {
    #expect(JSONWriter().string(.string(text)) == json)
    #expect(try JSONValue.parse(json) == .string(text))
  }

  /// Foundation hands back JSON booleans and the numbers 0 and 1 as the same NSNumber type;
  /// a policy's `"Bool": true` and a port `1` must still read as what they are.
  @Test func parseKeepsBooleansNumbersAndNullApart() throws {
    let parsed = try JSONValue.parse(
      #"[true, false, 1, 0, -0, 1.5, 12345678901234567890, null, "1", {"a": [{}]}]"#)
    #expect(
      parsed
        == [
          .bool(true), .bool(false), .number(1), .number(0), .number(0), .number(1.5),
          .number(12_345_678_901_234_567_890), .null, .string("1"), ["a": [[:]]],
        ])
    #expect(try JSONValue.parse("true") == .bool(true))
    #expect(try JSONValue.parse(#""fragment""#) == .string("fragment"))
  }

  @Test func parseRoundTrips() throws {
    let text = #"{"k":[1,"two",false,null,{"n":-3.25}]}"#
    #expect(JSONWriter().string(try JSONValue.parse(text)) == text)
  }

  struct BrokenText: Sendable, CustomTestStringConvertible {
    var testDescription: String
    var text: String
    var message: String
  }

  static let brokenTexts = [
    BrokenText(
      testDescription: "a doubled comma", text: #"{"a": [1,, 2]}"#,
      message: "invalid JSON at line 1, column 10: expected a value, found ','"),
    BrokenText(
      testDescription: "a missing colon on the second line", text: "{\n  \"a\" 1}",
      message: "invalid JSON at line 2, column 7: expected ':' after a member name, found '1'"),
    BrokenText(
      testDescription: "a cut document", text: #"{"a": [1, 2"#,
      message: "invalid JSON at line 1, column 12: expected ',' or ']' after an array "
        + "element, found the end of the input"),
    BrokenText(
      testDescription: "an unclosed string", text: #"["abc"#,
      message: "invalid JSON at line 1, column 6: a string is not closed before the end of "
        + "the input"),
    BrokenText(
      testDescription: "columns count characters, not bytes", text: #"{"é": tru}"#,
      message: "invalid JSON at line 1, column 10: expected 'true', found '}'"),
    BrokenText(
      testDescription: "a bad escape", text: #"["a\qb"]"#,
      message: "invalid JSON at line 1, column 5: invalid escape in a string: a backslash "
        + "before 'q'"),
    BrokenText(
      testDescription: "a number without digits", text: "[-]",
      message: "invalid JSON at line 1, column 3: expected a digit after a number's sign, "
        + "found ']'"),
    BrokenText(
      testDescription: "text after the document", text: "{} x",
      message: "invalid JSON at line 1, column 4: expected the end of the document, found 'x'"),
    BrokenText(
      testDescription: "a trailing comma, which the decoder accepts, is not the fault",
      text: #"{"a": [1, 2,], "b": tru}"#,
      message: "invalid JSON at line 1, column 24: expected 'true', found '}'"),
    BrokenText(
      testDescription: "nothing at all", text: " \n",
      message: "invalid JSON at line 2, column 1: the input is empty"),
  ]

  @Test(arguments: brokenTexts)
  func parseErrorsSayWhereTheTextBreaksOnce(_ broken: BrokenText) {
    #expect(throws: (any Error).self) { try JSONValue.parse(broken.text) }
    do {
      _ = try JSONValue.parse(broken.text)
    } catch {
      #expect("\(error)" == broken.message)
    }
  }

  @Test func xmlTextScalarsReadAsNumbersAndBooleans() {
    #expect(JSONValue.string("80").intValue == 80)
    #expect(JSONValue.string("TRUE").boolValue == true)
    #expect(JSONValue.string("yes").boolValue == nil)
  }
}
