import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An IPv4 or IPv6 address range in CIDR form, as `IpAddress` conditions and
/// `aws:SourceIp` use them. A bare address is a single-host range.
struct IPRange: Sendable, Hashable {
  /// Network bytes: 4 for IPv4, 16 for IPv6.
  var bytes: [UInt8]
  var prefixLength: Int

  /// Reads `10.0.0.0/8`, `2001:db8::/32` or a bare address; nil when malformed.
  init?(cidr text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count <= 2, let address = IPRange.address(String(parts[0])) else {
      return nil
    }
    let maximum = address.count * 8
    var length = maximum
    if parts.count == 2 {
      guard let parsed = Int(parts[1]), (0...maximum).contains(parsed) else { return nil }
      length = parsed
    }
    bytes = address
    prefixLength = length
  }

  /// The bytes of an IPv4 or IPv6 address; nil when malformed.
  static func address(_ text: String) -> [UInt8]? {
    var v4 = in_addr()
    if inet_pton(AF_INET, text, &v4) == 1 {
      return withUnsafeBytes(of: &v4) { Array($0) }
    }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, text, &v6) == 1 {
      return withUnsafeBytes(of: &v6) { Array($0) }
    }
    return nil
  }

  /// Whether `address` (bytes of the same family) lies in the range.
  func contains(_ address: [UInt8]) -> Bool {
    guard address.count == bytes.count else { return false }
    var remaining = prefixLength
    for index in bytes.indices where remaining > 0 {
      let bits = min(8, remaining)
      let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
      if address[index] & mask != bytes[index] & mask { return false }
      remaining -= bits
    }
    return true
  }

  /// Whether the whole range lies inside `other`.
  func isInside(_ other: IPRange) -> Bool {
    bytes.count == other.bytes.count && prefixLength >= other.prefixLength
      && other.contains(bytes)
  }

  /// True for `0.0.0.0/0` and `::/0`: every address.
  var isEverything: Bool { prefixLength == 0 }

  /// Ranges that reach no one on the internet: RFC 1918, loopback and link-local for IPv4;
  /// unique local (fc00::/7), loopback and link-local for IPv6.
  static let privateRanges: [IPRange] = [
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16",
    "fc00::/7", "::1/128", "fe80::/10",
  ].compactMap { IPRange(cidr: $0) }

  /// Whether the whole range is private (see `privateRanges`).
  var isPrivate: Bool {
    IPRange.privateRanges.contains { isInside($0) }
  }
}
