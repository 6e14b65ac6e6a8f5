import Foundation

/// Raised when bytes that should hold JSON do not.
public struct JSONParseError: Error, CustomStringConvertible, Sendable {
  /// What is wrong, without the input (which may hold secrets): what was expected and
  /// what was found where the text breaks, such as `expected a value, found ','`.
  public let reason: String
  /// Where the text breaks: 1-based line and column; nil when the parser gave no place.
  public let line: Int?
  /// See `line`.
  public let column: Int?

  /// A one-line message for users: `invalid JSON at line 2, column 7: expected ...`.
  public var description: String {
    guard let line, let column else { return "invalid JSON: \(reason)" }
    return "invalid JSON at line \(line), column \(column): \(reason)"
  }
}

extension JSONValue: Codable {
  /// Decodes any JSON value.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let flag = try? container.decode(Bool.self) {
      self = .bool(flag)
    } else if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else if let text = try? container.decode(String.self) {
      self = .string(text)
    } else if let items = try? container.decode([JSONValue].self) {
      self = .array(items)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Encodes the value as itself.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .null: try container.encodeNil()
    case .bool(let flag): try container.encode(flag)
    case .number(let number): try container.encode(number)
    case .string(let text): try container.encode(text)
    case .array(let items): try container.encode(items)
    case .object(let members): try container.encode(members)
    }
  }

  /// Parses JSON bytes; the error says where the text breaks and never echoes the input.
  public static func parse(_ data: Data) throws -> JSONValue {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch {
      // Foundation's own message names no place ("The given data was not valid JSON."), so
      // the bytes are walked again to find it.
      if let problem = JSONSyntaxCheck.firstProblem(in: Array(data)) {
        throw JSONParseError(reason: problem.message, line: problem.line, column: problem.column)
      }
      guard case DecodingError.dataCorrupted(let context) = error else {
        throw JSONParseError(reason: "\(error)", line: nil, column: nil)
      }
      throw JSONParseError(
        reason: context.underlyingError.map { "\($0)" } ?? context.debugDescription, line: nil,
        column: nil)
    }
  }

  /// Parses JSON text.
  public static func parse(_ text: String) throws -> JSONValue {
    try parse(Data(text.utf8))
  }
}
