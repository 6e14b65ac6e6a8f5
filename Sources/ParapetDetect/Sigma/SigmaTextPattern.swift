import Foundation
import ParapetRules

/// A Sigma string value with `*` and `?` wildcards (`\` escapes them), compiled to the
/// cheapest comparison that decides it. Case-insensitive for ASCII unless `cased`, as
/// Sigma specifies; non-ASCII letters compare exactly.
struct SigmaTextPattern: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case equals, prefix, suffix, contains, glob }

  let kind: Kind
  /// The literal bytes for equals/prefix/suffix/contains; the pattern tokens for glob
  /// (0x00 stands for `*`, 0x01 for `?`).
  let bytes: [UInt8]
  let cased: Bool

  /// Compiles `value` as Sigma writes it.
  init(_ value: String, cased: Bool) {
    self.cased = cased
    var tokens: [UInt8] = []
    var escaped = false
    for byte in value.utf8 {
      if escaped {
        tokens.append(Self.fold(byte, cased))
        escaped = false
      } else if byte == 0x5c {
        escaped = true
      } else if byte == 0x2a {
        tokens.append(0)
      } else if byte == 0x3f {
        tokens.append(1)
      } else {
        tokens.append(Self.fold(byte, cased))
      }
    }
    if escaped { tokens.append(0x5c) }

    let wildcards = tokens.indices.filter { tokens[$0] <= 1 }
    let leading = tokens.first == 0
    let trailing = tokens.last == 0 && tokens.count > 1
    let inner = wildcards.filter { !($0 == 0 && leading) && !($0 == tokens.count - 1 && trailing) }
    guard inner.isEmpty, !tokens.contains(1) else {
      kind = .glob
      bytes = tokens
      return
    }
    bytes = tokens.filter { $0 > 1 }
    switch (leading, trailing) {
    case (true, true): kind = .contains
    case (true, false): kind = .suffix
    case (false, true): kind = .prefix
    case (false, false): kind = .equals
    }
  }

  @inline(__always)
  private static func fold(_ byte: UInt8, _ cased: Bool) -> UInt8 {
    !cased && byte >= 0x41 && byte <= 0x5a ? byte | 0x20 : byte
  }

  /// True when `text` matches.
  func matches(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { value in
      switch kind {
      case .equals: return value.count == bytes.count && same(value, at: 0)
      case .prefix: return value.count >= bytes.count && same(value, at: 0)
      case .suffix:
        return value.count >= bytes.count && same(value, at: value.count - bytes.count)
      case .contains:
        guard value.count >= bytes.count else { return false }
        return (0...(value.count - bytes.count)).contains { same(value, at: $0) }
      case .glob: return glob(value, 0, 0)
      }
    }
  }

  private func same(_ value: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    for index in 0..<bytes.count where Self.fold(value[offset + index], cased) != bytes[index] {
      return false
    }
    return true
  }

  private func glob(_ value: UnsafeBufferPointer<UInt8>, _ textIndex: Int, _ patternIndex: Int)
    -> Bool
  {
    var textIndex = textIndex
    var patternIndex = patternIndex
    while patternIndex < bytes.count {
      let token = bytes[patternIndex]
      if token == 0 {
        return (textIndex...value.count).contains { glob(value, $0, patternIndex + 1) }
      }
      guard textIndex < value.count,
        token == 1 || Self.fold(value[textIndex], cased) == token
      else { return false }
      textIndex += 1
      patternIndex += 1
    }
    return textIndex == value.count
  }
}

/// A compiled `|re` pattern (NSRegularExpression, searched anywhere in the value as Sigma
/// specifies).
struct SigmaRegex: @unchecked Sendable {
  // NSRegularExpression is immutable after creation and documented as thread-safe.
  let expression: NSRegularExpression

  func matches(_ text: String) -> Bool {
    expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
  }
}

extension CIDRBlock {
  /// True when `text` is an address inside this block (for `|cidr`).
  func containsAddress(_ text: String) -> Bool {
    guard !text.contains("/"), let address = CIDRBlock(text) else { return false }
    return address.isWithin(self)
  }
}
