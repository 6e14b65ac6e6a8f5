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

  @Test func parseRoundTrips() throws {
    let text = #"{"k":[1,"two",false,null,{"n":-3.25}]}"#
    #expect(JSONWriter().string(try JSONValue.parse(text)) == text)
  }

  @Test func xmlTextScalarsReadAsNumbersAndBooleans() {
    #expect(JSONValue.string("80").intValue == 80)
    #expect(JSONValue.string("TRUE").boolValue == true)
    #expect(JSONValue.string("yes").boolValue == nil)
  }
}
