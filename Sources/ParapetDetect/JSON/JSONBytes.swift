import Foundation
import ParapetCore

/// Byte-level JSON primitives over a buffer that may end mid-value (streamed input).
/// Positions are byte offsets; `JSONBytes.incomplete` means the buffer ended first and
/// `JSONBytes.invalid` means the bytes cannot be JSON. They never build a tree: callers
/// skip what they do not need and decode only the values rules read.
enum JSONBytes {
  /// The buffer ended before the value did; feed more bytes or report truncation.
  static let incomplete = -1
  /// The bytes are not JSON.
  static let invalid = -2

  /// The first offset at or after `index` that is not JSON whitespace.
  @inline(__always)
  static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var index = index
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == 0x20 || byte == 0x0a || byte == 0x0d || byte == 0x09 else { break }
      index += 1
    }
    return index
  }

  /// The offset after the string whose opening quote is at `index`. Finds quotes with
  /// `memchr` (vectorised in libc), then checks that the quote is not escaped.
  @inline(__always)
  static func skipString(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    guard let base = bytes.baseAddress else { return incomplete }
    var from = index + 1
    while from < bytes.count {
      guard let hit = memchr(base + from, 0x22, bytes.count - from) else { return incomplete }
      let quote = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      var backslashes = 0
      while quote - backslashes - 1 > index && bytes[quote - backslashes - 1] == 0x5c {
        backslashes += 1
      }
      if backslashes % 2 == 0 { return quote + 1 }
      from = quote + 1
    }
    return incomplete
  }

  /// The offset after the value starting at `index` (after whitespace), checking that
  /// brackets pair up and that no stray bytes sit outside strings. Nesting deeper than
  /// 64 levels is rejected; CloudTrail never comes close.
  static func skipValue(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var index = skipSpace(bytes, index)
    guard index < bytes.count else { return incomplete }
    switch bytes[index] {
    case 0x22: return skipString(bytes, index)
    case 0x7b, 0x5b: break
    default: return skipScalar(bytes, index)
    }
    var kinds: UInt64 = 0
    var depth = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case 0x22:
        index = skipString(bytes, index)
        if index < 0 { return index }
        continue
      case 0x7b, 0x5b:
        guard depth < 64 else { return invalid }
        kinds = (kinds << 1) | (byte == 0x7b ? 1 : 0)
        depth += 1
      case 0x7d, 0x5d:
        guard depth > 0, (kinds & 1 == 1) == (byte == 0x7d) else { return invalid }
        kinds >>= 1
        depth -= 1
        if depth == 0 { return index + 1 }
      case 0x2c, 0x3a, 0x20, 0x0a, 0x0d, 0x09, 0x30...0x39, 0x2d, 0x2b, 0x2e, 0x45, 0x65,
        0x61, 0x6c, 0x6e, 0x72, 0x73, 0x74, 0x75, 0x66:
        break
      default:
        return invalid
      }
      index += 1
    }
    return incomplete
  }

  /// The offset after a number or `true`/`false`/`null` literal starting at `index`.
  private static func skipScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
    var end = index
    while end < bytes.count {
      let byte = bytes[end]
      let isScalarByte =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7a) || byte == 0x2d
        || byte == 0x2b || byte == 0x2e || byte == 0x45
      guard isScalarByte else { break }
      end += 1
    }
    guard end < bytes.count else { return incomplete }
    return end > index ? end : invalid
  }

  /// Decodes the JSON string whose opening quote is at `start` and whose end offset
  /// (after the closing quote) is `end`, resolving escapes including surrogate pairs.
  static func decodeString(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> String
  {
    let body = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)])
    guard body.contains(0x5c) else { return String(decoding: body, as: UTF8.self) }
    return unescape(body)
  }

  private static func unescape(_ body: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(body.count)
    var index = 0
    var pendingHigh: UInt32?
    while index < body.count {
      let byte = body[index]
      guard byte == 0x5c, index + 1 < body.count else {
        output.append(byte)
        index += 1
        continue
      }
      let escape = body[index + 1]
      index += 2
      switch escape {
      case UInt8(ascii: "n"): output.append(0x0a)
      case UInt8(ascii: "t"): output.append(0x09)
      case UInt8(ascii: "r"): output.append(0x0d)
      case UInt8(ascii: "b"): output.append(0x08)
      case UInt8(ascii: "f"): output.append(0x0c)
      case UInt8(ascii: "u"):
        guard index + 4 <= body.count,
          let unit = UInt32(String(decoding: body[index..<(index + 4)], as: UTF8.self), radix: 16)
        else { return String(decoding: body, as: UTF8.self) }
        index += 4
        if (0xd800..<0xdc00).contains(unit) {
          pendingHigh = unit
          continue
        }
        var value = unit
        if (0xdc00..<0xe000).contains(unit), let high = pendingHigh {
          value = 0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00)
        }
        pendingHigh = nil
        UTF8.encode(Unicode.Scalar(value) ?? "\u{fffd}") { output.append($0) }
      default: output.append(escape)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The JSON value in `start..<end` as a tree; used only for the rare values a detection
  /// inspects whole (policy documents, ACLs) and for evidence.
  static func materialize(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> JSONValue?
  {
    var parser = TreeParser(bytes: bytes, index: start, end: end)
    return parser.value()
  }
}

/// A small recursive-descent parser for `JSONBytes.materialize`.
private struct TreeParser {
  let bytes: UnsafeBufferPointer<UInt8>
  var index: Int
  let end: Int

  mutating func value() -> JSONValue? {
    index = JSONBytes.skipSpace(bytes, index)
    guard index < end else { return nil }
    switch bytes[index] {
    case 0x22:
      let stop = JSONBytes.skipString(bytes, index)
      guard stop > 0 else { return nil }
      defer { index = stop }
      return .string(JSONBytes.decodeString(bytes, index, stop))
    case 0x7b: return object()
    case 0x5b: return array()
    default: return scalar()
    }
  }

  mutating func object() -> JSONValue? {
    var members: [String: JSONValue] = [:]
    index += 1
    while true {
      index = JSONBytes.skipSpace(bytes, index)
      guard index < end else { return nil }
      if bytes[index] == 0x7d {
        index += 1
        return .object(members)
      }
      if bytes[index] == 0x2c {
        index += 1
        continue
      }
      guard bytes[index] == 0x22 else { return nil }
      let stop = JSONBytes.skipString(bytes, index)
      guard stop > 0 else { return nil }
      let key = JSONBytes.decodeString(bytes, index, stop)
      index = JSONBytes.skipSpace(bytes, stop)
      guard index < end, bytes[index] == 0x3a else { return nil }
      index += 1
      guard let member = value() else { return nil }
      members[key] = member
    }
  }

  mutating func array() -> JSONValue? {
    var items: [JSONValue] = []
    index += 1
    while true {
      index = JSONBytes.skipSpace(bytes, index)
      guard index < end else { return nil }
      if bytes[index] == 0x5d {
        index += 1
        return .array(items)
      }
      if bytes[index] == 0x2c {
        index += 1
        continue
      }
      guard let item = value() else { return nil }
      items.append(item)
    }
  }

  mutating func scalar() -> JSONValue? {
    var stop = index
    while stop < end, ![0x2c, 0x7d, 0x5d, 0x20, 0x0a, 0x0d, 0x09].contains(bytes[stop]) {
      stop += 1
    }
    let text = String(decoding: bytes[index..<stop], as: UTF8.self)
    index = stop
    switch text {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "null": return .null
    default: return Double(text).map(JSONValue.number)
    }
  }
}
