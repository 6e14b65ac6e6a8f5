import CCrypto
import ParapetCore

/// SHA-256 content addresses, so that an unchanged resource body is stored once however
/// many scans contain it.
public enum ContentHash {
  /// SHA-256 of `text`'s UTF-8 bytes as 64 lowercase hex digits.
  public static func sha256(_ text: String) -> String {
    var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    var copy = text
    copy.withUTF8 { bytes in
      _ = SHA256(bytes.baseAddress, bytes.count, &digest)
    }
    return hex(digest)
  }

  /// The canonical text of a JSON tree (sorted keys, compact) and its SHA-256.
  public static func canonical(_ value: JSONValue) -> (text: String, hash: String) {
    let text = JSONWriter().string(value)
    return (text, sha256(text))
  }

  private static let digits = Array("0123456789abcdef".utf8)

  private static func hex(_ bytes: [UInt8]) -> String {
    var out = [UInt8]()
    out.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
