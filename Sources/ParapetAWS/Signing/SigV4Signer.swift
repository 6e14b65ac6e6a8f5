import Foundation
import ParapetCore

/// The parts of an HTTP request that SigV4 signs.
public struct SigningRequest: Sendable, Hashable {
  /// HTTP method, upper case.
  public var method: String
  /// The path exactly as sent on the wire: already URI-encoded once, starting with `/`.
  public var encodedPath: String
  /// Query parameters, unencoded; order does not matter, repeated names are allowed.
  public var query: [QueryParameter]
  /// Headers to sign, including `host`; names in any case, repeated names are allowed.
  public var headers: [HeaderField]
  /// Lower-case hex SHA-256 of the body (or `UNSIGNED-PAYLOAD`).
  public var payloadHash: String

  /// A request to sign.
  public init(
    method: String, encodedPath: String, query: [QueryParameter] = [],
    headers: [HeaderField], payloadHash: String
  ) {
    self.method = method
    self.encodedPath = encodedPath
    self.query = query
    self.headers = headers
    self.payloadHash = payloadHash
  }
}

/// One query parameter, unencoded.
public struct QueryParameter: Sendable, Hashable {
  /// Parameter name.
  public var name: String
  /// Parameter value; empty for a bare flag such as `?lifecycle`.
  public var value: String

  /// A parameter.
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// One header line; kept as a list so that repeated headers can be signed.
public struct HeaderField: Sendable, Hashable {
  /// Header name in any case.
  public var name: String
  /// Header value as sent.
  public var value: String

  /// A header.
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }
}

/// Every intermediate step of a signature, so tests can compare each with AWS's examples.
public struct SigV4Signature: Sendable, Hashable {
  /// The canonical request text.
  public var canonicalRequest: String
  /// The string to sign.
  public var stringToSign: String
  /// Hex signature. Secret-derived: never log it.
  public var signature: String
  /// `host;x-amz-date` style list of the signed header names.
  public var signedHeaders: String
  /// The complete `Authorization` header value.
  public var authorization: String
}

/// AWS Signature Version 4 for one service and region.
///
/// S3 signs the path as sent; every other service URI-encodes each path segment a second
/// time (`doubleEncodePath`). Path normalisation (`/./`, `/../`) is not done: Parapet builds
/// its own paths and never sends such segments.
public struct SigV4Signer: Sendable {
  /// Region of the credential scope.
  public var region: String
  /// Service name of the credential scope (`s3`, `iam`, `service` in AWS's test suite).
  public var service: String
  /// True for every service except S3.
  public var doubleEncodePath: Bool

  /// A signer for `service` in `region`.
  public init(region: String, service: String, doubleEncodePath: Bool) {
    self.region = region
    self.service = service
    self.doubleEncodePath = doubleEncodePath
  }

  /// `20150830T123600Z`: the form of `X-Amz-Date`.
  public static func amzDate(_ date: Date) -> String {
    UTCDateTime(date).compact
  }

  /// Signs `request` at `amzDate` (which must also be the request's `X-Amz-Date` header).
  public func sign(
    _ request: SigningRequest, credentials: AWSCredentials, amzDate: String
  ) -> SigV4Signature {
    let (canonicalHeaders, signedHeaders) = Self.canonicalHeaders(request.headers)
    let canonicalRequest = [
      request.method.uppercased(),
      canonicalPath(request.encodedPath),
      URIEncoding.canonicalQuery(request.query.map { ($0.name, $0.value) }),
      canonicalHeaders,
      signedHeaders,
      request.payloadHash,
    ].joined(separator: "\n")

    let day = String(amzDate.prefix(8))
    let scope = "\(day)/\(region)/\(service)/aws4_request"
    let stringToSign = [
      "AWS4-HMAC-SHA256", amzDate, scope,
      Digest.sha256Hex(Data(canonicalRequest.utf8)),
    ].joined(separator: "\n")

    let key = signingKey(secret: credentials.secretAccessKey, day: day)
    let signature = Digest.hex(Digest.hmacSHA256(key: key, message: Data(stringToSign.utf8)))
    let authorization =
      "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyId)/\(scope), "
      + "SignedHeaders=\(signedHeaders), Signature=\(signature)"
    return SigV4Signature(
      canonicalRequest: canonicalRequest, stringToSign: stringToSign, signature: signature,
      signedHeaders: signedHeaders, authorization: authorization)
  }

  /// The derived key: HMAC chain over day, region, service and `aws4_request`.
  func signingKey(secret: String, day: String) -> Data {
    var key = Data("AWS4\(secret)".utf8)
    for step in [day, region, service, "aws4_request"] {
      key = Digest.hmacSHA256(key: key, message: Data(step.utf8))
    }
    return key
  }

  private func canonicalPath(_ encodedPath: String) -> String {
    let path = encodedPath.isEmpty ? "/" : encodedPath
    guard doubleEncodePath else { return path }
    return path.split(separator: "/", omittingEmptySubsequences: false)
      .map { URIEncoding.encode(String($0)) }
      .joined(separator: "/")
  }

  /// Lower-cased names, sorted; repeated headers joined with commas in the order given;
  /// values trimmed with inner runs of spaces collapsed to one.
  static func canonicalHeaders(_ headers: [HeaderField]) -> (text: String, signed: String) {
    var values: [String: [String]] = [:]
    for header in headers {
      values[header.name.lowercased(), default: []].append(trimmed(header.value))
    }
    let names = values.keys.sorted()
    let text = names.map { "\($0):\(values[$0, default: []].joined(separator: ","))\n" }
      .joined()
    return (text, names.joined(separator: ";"))
  }

  private static func trimmed(_ value: String) -> String {
    value.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}
