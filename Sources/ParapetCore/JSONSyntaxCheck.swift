/// Finds where bytes that JSONDecoder refused stop being JSON, so an error can say "line 3,
/// column 14: expected ',' or '}' after a member, found ']'" instead of Foundation's
/// position-free "The given data was not valid JSON." Run only after a parse failed: it
/// walks the bytes once and builds nothing. It accepts what JSONDecoder accepts beyond the
/// standard, one trailing comma before a closing bracket or brace, so that it points at the
/// same fault as the decoder rather than an earlier one the decoder let pass.
struct JSONSyntaxCheck {
  /// Where the input stops being JSON, and what was expected there.
  struct Problem: Equatable {
    /// 1-based line.
    var line: Int
    /// 1-based column, in characters (UTF-8 scalars) from the start of the line.
    var column: Int
    /// What was expected and what was found, such as `expected a value, found ','`.
    var message: String
  }

  /// Nesting deeper than this is refused, as JSONDecoder refuses it, and keeps the
  /// recursive walk's stack small.
  static let maximumDepth = 512

  private let bytes: [UInt8]
  private var index = 0

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The first place `bytes` breaks JSON's grammar, or nil when it does not.
  static func firstProblem(in bytes: [UInt8]) -> Problem? {
    var check = JSONSyntaxCheck(bytes)
    // A UTF-8 byte order mark is allowed before the document.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { check.index = 3 }
    do throws(Failure) {
      check.skipWhitespace()
      guard check.index < bytes.count else { throw Failure("the input is empty") }
      try check.value(depth: 0)
      check.skipWhitespace()
      guard check.index == bytes.count else {
        throw Failure("expected the end of the document, found \(check.found)")
      }
      return nil
    } catch {
      let (line, column) = check.position(of: check.index)
      return Problem(line: line, column: column, message: error.message)
    }
  }

  private struct Failure: Error {
    var message: String
    init(_ message: String) { self.message = message }
  }

  private mutating func value(depth: Int) throws(Failure) {
    guard depth < Self.maximumDepth else {
      throw Failure("arrays and objects nest more than \(Self.maximumDepth) deep")
    }
    guard let byte = current else { throw Failure("expected a value, found \(found)") }
    switch byte {
    case UInt8(ascii: "{"): try object(depth: depth)
    case UInt8(ascii: "["): try array(depth: depth)
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default: throw Failure("expected a value, found \(found)")
    }
  }

  private mutating func object(depth: Int) throws(Failure) {
    index += 1
    skipWhitespace()
    while true {
      // Empty, or after a trailing comma.
      if current == UInt8(ascii: "}") {
        index += 1
        return
      }
      guard current == UInt8(ascii: "\"") else {
        throw Failure("expected a member name in double quotes, found \(found)")
      }
      try string()
      skipWhitespace()
      guard current == UInt8(ascii: ":") else {
        throw Failure("expected ':' after a member name, found \(found)")
      }
      index += 1
      skipWhitespace()
      try value(depth: depth + 1)
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "}"):
        index += 1
        return
      default: throw Failure("expected ',' or '}' after an object member, found \(found)")
      }
    }
  }

  private mutating func array(depth: Int) throws(Failure) {
    index += 1
    skipWhitespace()
    while true {
      // Empty, or after a trailing comma.
      if current == UInt8(ascii: "]") {
        index += 1
        return
      }
      try value(depth: depth + 1)
      skipWhitespace()
      switch current {
      case UInt8(ascii: ","):
        index += 1
        skipWhitespace()
      case UInt8(ascii: "]"):
        index += 1
        return
      default: throw Failure("expected ',' or ']' after an array element, found \(found)")
      }
    }
  }

  private mutating func string() throws(Failure) {
    index += 1
    while let byte = current {
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return
      case UInt8(ascii: "\\"):
        index += 1
        try escape()
      case 0..<0x20:
        throw Failure("a control character inside a string must be escaped")
      default:
        index += 1
      }
    }
    throw Failure("a string is not closed before the end of the input")
  }

  private mutating func escape() throws(Failure) {
    guard let byte = current else {
      throw Failure("a string is not closed before the end of the input")
    }
    guard byte == UInt8(ascii: "u") else {
      guard Array("\"\\/bfnrt".utf8).contains(byte) else {
        throw Failure("invalid escape in a string: a backslash before \(found)")
      }
      index += 1
      return
    }
    index += 1
    for _ in 0..<4 {
      guard let digit = current, Self.isHexDigit(digit) else {
        throw Failure("\\u in a string needs four hexadecimal digits, found \(found)")
      }
      index += 1
    }
  }

  private mutating func number() throws(Failure) {
    if current == UInt8(ascii: "-") { index += 1 }
    if current == UInt8(ascii: "0") {
      index += 1
    } else {
      try digits(after: "a number's sign")
    }
    if current == UInt8(ascii: ".") {
      index += 1
      try digits(after: "a decimal point")
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      try digits(after: "an exponent")
    }
  }

  private mutating func digits(after what: String) throws(Failure) {
    guard let first = current, Self.isDigit(first) else {
      throw Failure("expected a digit after \(what), found \(found)")
    }
    while let byte = current, Self.isDigit(byte) { index += 1 }
  }

  private mutating func literal(_ word: String) throws(Failure) {
    for expected in word.utf8 {
      guard current == expected else {
        throw Failure("expected '\(word)', found \(found)")
      }
      index += 1
    }
  }

  private mutating func skipWhitespace() {
    while let byte = current,
      byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t")
        || byte == UInt8(ascii: "\r")
    {
      index += 1
    }
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  /// The byte at the current index for a message: `','`, or the end of the input.
  private var found: String {
    guard let byte = current else { return "the end of the input" }
    guard byte < 0x80 else { return "non-ASCII text" }
    guard byte >= 0x20, byte < 0x7F else { return "a control character" }
    return "'\(Character(Unicode.Scalar(byte)))'"
  }

  /// The 1-based line and column of byte `offset`.
  private func position(of offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(offset, bytes.count)] {
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isHexDigit(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
  }
}
