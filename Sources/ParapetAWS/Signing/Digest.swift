import CCrypto
import Foundation

/// SHA-256 and HMAC-SHA256 from OpenSSL's libcrypto, the two primitives SigV4 needs.
public enum Digest {
  /// SHA-256 of `data`.
  public static func sha256(_ data: Data) -> Data {
    var output = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    data.withUnsafeBytes { raw in
      let base = raw.bindMemory(to: UInt8.self).baseAddress
      _ = SHA256(base, raw.count, &output)
    }
    return Data(output)
  }

  /// Lower-case hex SHA-256 of `data`, the form SigV4 uses for payload hashes.
  public static func sha256Hex(_ data: Data) -> String {
    hex(sha256(data))
  }

  /// HMAC-SHA256 of `message` under `key`.
  public static func hmacSHA256(key: Data, message: Data) -> Data {
    var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    key.withUnsafeBytes { keyRaw in
      message.withUnsafeBytes { messageRaw in
        _ = HMAC(
          EVP_sha256(), keyRaw.baseAddress, Int32(keyRaw.count),
          messageRaw.bindMemory(to: UInt8.self).baseAddress, messageRaw.count,
          &output, &length)
      }
    }
    return Data(output.prefix(Int(length)))
  }

  /// Lower-case hexadecimal spelling of `data`.
  public static func hex(_ data: Data) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(data.count * 2)
    for byte in data {
      bytes.append(digits[Int(byte >> 4)])
      bytes.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
