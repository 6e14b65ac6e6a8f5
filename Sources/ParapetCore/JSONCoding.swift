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
  ///
  /// Foundation's JSONSerialization reads the bytes: decoding `JSONValue` through
  /// `JSONDecoder` tries each kind of value in turn, and every wrong guess builds an error,
  /// which made reading a store's 100,000 stored snippets take seconds instead of a fraction
  /// of one.
  public static func parse(_ data: Data) throws -> JSONValue {
    do {
      return try JSONValue(
        foundation: JSONSerialization.jsonObject(
          with: data, options: [.fragmentsAllowed]))
    } catch let error as JSONParseError {
      throw error
    } catch {
      // Foundation's own message rarely names a place, so the bytes are walked again to
      // find it.
      if let problem = JSONSyntaxCheck.firstProblem(in: Array(data)) {
        throw JSONParseError(reason: problem.message, line: problem.line, column: problem.column)
      }
      let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
      throw JSONParseError(reason: reason ?? "\(error)", line: nil, column: nil)
    }
  }

  /// Parses JSON text.
  public static func parse(_ text: String) throws -> JSONValue {
    try parse(Data(text.utf8))
  }

  /// The value JSONSerialization gave; a JSON `true` or `false` arrives as a boolean
  /// NSNumber, told apart from a number by its class.
  private init(foundation value: Any) throws {
    switch value {
    case let text as String:
      self = .string(text)
    case let members as [String: Any]:
      self = .object(try members.mapValues(JSONValue.init(foundation:)))
    case let items as [Any]:
      self = .array(try items.map(JSONValue.init(foundation:)))
    case is NSNull:
      self = .null
    case let number as NSNumber:
      if type(of: number) == Self.booleanClass {
        self = .bool(number.boolValue)
      } else {
        self = .number(number.doubleValue)
      }
    default:
      throw JSONParseError(
        reason: "unexpected value of type \(type(of: value))", line: nil, column: nil)
    }
  }

  private static let booleanClass = type(of: NSNumber(value: true))
}
