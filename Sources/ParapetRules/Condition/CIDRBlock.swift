import Foundation

/// An IPv4 or IPv6 network in CIDR notation, parsed with `inet_pton` so any valid spelling
/// (`::/0`, `0:0::/0`, `10.1.2.3/8`) is understood.
public struct CIDRBlock: Sendable, Hashable {
  /// Network address bytes: 4 for IPv4, 16 for IPv6.
  public let bytes: [UInt8]
  /// Prefix length.
  public let prefixLength: Int

  /// Parses `a.b.c.d/n` or `x::y/n`; a bare address is a host route. Nil when malformed.
  public init?(_ text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2, let address = Self.address(String(parts[0])) else { return nil }
    let maximum = address.count * 8
    if parts.count == 2 {
      guard let length = Int(parts[1]), (0...maximum).contains(length) else { return nil }
      prefixLength = length
    } else {
      prefixLength = maximum
    }
    bytes = address
  }

  /// True when this network is the whole address space of its family (prefix 0), which
  /// is what `0.0.0.0/0` and `::/0` mean whatever address bits are written.
  public var coversWholeInternet: Bool { prefixLength == 0 }

  /// True when every address of this network lies inside `other` (same family).
  public func isWithin(_ other: CIDRBlock) -> Bool {
    guard bytes.count == other.bytes.count, prefixLength >= other.prefixLength else {
      return false
    }
    for bit in 0..<other.prefixLength {
      let mask = UInt8(0x80) >> UInt8(bit % 8)
      if bytes[bit / 8] & mask != other.bytes[bit / 8] & mask { return false }
    }
    return true
  }

  private static func address(_ text: String) -> [UInt8]? {
    if text.contains(":") {
      var raw = in6_addr()
      guard inet_pton(AF_INET6, text, &raw) == 1 else { return nil }
      return withUnsafeBytes(of: &raw) { Array($0) }
    }
    var raw = in_addr()
    guard inet_pton(AF_INET, text, &raw) == 1 else { return nil }
    return withUnsafeBytes(of: &raw) { Array($0) }
  }
}
