/// Percent-encoding as SigV4 defines it: every byte except `A-Z a-z 0-9 - . _ ~` is
/// encoded as `%XY` with upper-case hex; `/` is kept only when `keepSlash` is true.
public enum URIEncoding {
  /// Encodes `text` byte by byte over its UTF-8 form.
  public static func encode(_ text: String, keepSlash: Bool = false) -> String {
    let hexDigits = Array("0123456789ABCDEF".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      if isUnreserved(byte) || (keepSlash && byte == UInt8(ascii: "/")) {
        out.append(byte)
      } else {
        out.append(UInt8(ascii: "%"))
        out.append(hexDigits[Int(byte >> 4)])
        out.append(hexDigits[Int(byte & 0x0f)])
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Encodes a path, keeping its slashes: `/my bucket/a+b` becomes `/my%20bucket/a%2Bb`.
  public static func encodePath(_ path: String) -> String {
    encode(path, keepSlash: true)
  }

  /// `name=value&...` with both sides encoded and pairs sorted by name, then value.
  public static func canonicalQuery(_ parameters: [(name: String, value: String)]) -> String {
    parameters
      .map { (encode($0.name), encode($0.value)) }
      .sorted { $0.0 == $1.0 ? $0.1 < $1.1 : $0.0 < $1.0 }
      .map { "\($0.0)=\($0.1)" }
      .joined(separator: "&")
  }

  private static func isUnreserved(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
      UInt8(ascii: "_"), UInt8(ascii: "~"):
      return true
    default:
      return false
    }
  }
}
