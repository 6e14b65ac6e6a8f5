import Foundation

/// Raised when bytes that should hold JSON do not.
public struct JSONParseError: Error, CustomStringConvertible, Sendable {
  /// What the parser said, without the input (which may hold secrets).
  public let reason: String

  /// A one-line message for users.
  public var description: String { "invalid JSON: \(reason)" }
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

  /// Parses JSON bytes; the error never echoes the input.
  public static func parse(_ data: Data) throws -> JSONValue {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      throw JSONParseError(
        reason: context.underlyingError.map { "\($0)" } ?? context.debugDescription)
    } catch {
      throw JSONParseError(reason: "\(error)")
    }
  }

  /// Parses JSON text.
  public static func parse(_ text: String) throws -> JSONValue {
    try parse(Data(text.utf8))
  }
}
