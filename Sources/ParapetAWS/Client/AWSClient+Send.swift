import Foundation
import ParapetCore

extension AWSClient {
  /// Sends one logical call with retries; returns a 2xx response or throws `AWSError`.
  func perform(
    _ service: AWSService, region: String, operation: String, method: String, path: String,
    query: [String: String], headers: [String: String], body: Data?
  ) async throws -> HTTPResponse {
    let endpoint = try resolver.endpoint(for: service, region: region)
    let target = RequestTarget(service: service, endpoint: endpoint, path: path, headers: headers)
    let name = service.endpointPrefix
    let policy = configuration.retryPolicy
    let log = configuration.logger.with([
      "aws.service": name, "aws.region": region, "aws.operation": operation,
    ])

    var attempt = 1
    while true {
      let wait = await limiter.reserve(service: name, region: region)
      if wait > 0 {
        try await configuration.sleeper.sleep(seconds: wait)
      }
      await statistics.recordCall(service: name)

      let failure: AWSError
      do {
        let response = try await sendOnce(
          target, signingRegion: endpoint.signingRegion, method: method, query: query,
          body: body, operation: operation)
        log.debug("aws call", ["http.status": "\(response.statusCode)", "attempt": "\(attempt)"])
        if (200..<300).contains(response.statusCode) {
          return response
        }
        failure = AWSErrorParser.parse(
          response, wireProtocol: service.wireProtocol, service: name, operation: operation)
      } catch let error as AWSError {
        failure = error
      } catch let error as HTTPTransportError {
        failure = AWSError(
          code: error.isTimeout ? "Timeout" : "NetworkError", message: error.description,
          statusCode: 0, service: name, operation: operation)
      }

      guard policy.isRetryable(failure.category), attempt < policy.maxAttempts else {
        await statistics.recordFailure(service: name)
        log.debug("aws call failed", ["aws.error": failure.code, "attempt": "\(attempt)"])
        throw failure
      }
      let delay = policy.delay(beforeRetry: attempt)
      log.info(
        "aws call retried",
        ["aws.error": failure.code, "attempt": "\(attempt)", "retry.delay": "\(delay)"])
      await statistics.recordRetry(service: name)
      try await configuration.sleeper.sleep(seconds: delay)
      attempt += 1
    }
  }

  /// Signs and sends one attempt.
  private func sendOnce(
    _ target: RequestTarget, signingRegion: String, method: String,
    query: [String: String], body: Data?, operation: String
  ) async throws -> HTTPResponse {
    let credentials = try await configuration.credentials.credentials()
    let payload = body ?? Data()
    let payloadHash = Digest.sha256Hex(payload)
    let amzDate = SigV4Signer.amzDate(configuration.clock())
    let isS3Signing = target.service.signingName == "s3"

    var headers = target.headers
    headers["X-Amz-Date"] = amzDate
    if isS3Signing {
      headers["x-amz-content-sha256"] = payloadHash
    }
    let signed = !credentials.accessKeyId.isEmpty
    if signed, let token = credentials.sessionToken, !token.isEmpty {
      headers["X-Amz-Security-Token"] = token
    }

    let parameters = query.map { QueryParameter($0.key, $0.value) }
    let encodedQuery = URIEncoding.canonicalQuery(query.map { ($0.key, $0.value) })
    guard let url = target.endpoint.url(wirePath: target.wirePath, encodedQuery: encodedQuery)
    else {
      throw misuse(target.service, operation, "request URL could not be built for \(target)")
    }

    if signed {
      let signer = SigV4Signer(
        region: signingRegion, service: target.service.signingName,
        doubleEncodePath: !isS3Signing)
      let fields =
        [HeaderField("host", target.endpoint.hostHeader)]
        + headers.map { HeaderField($0.key, $0.value) }
      let request = SigningRequest(
        method: method, encodedPath: target.wirePath, query: parameters, headers: fields,
        payloadHash: payloadHash)
      headers["Authorization"] =
        signer.sign(request, credentials: credentials, amzDate: amzDate).authorization
    }

    return try await configuration.transport.send(
      HTTPRequest(method: method, url: url, headers: headers, body: body))
  }
}

/// Where one request goes after S3 addressing rules are applied.
struct RequestTarget: Sendable, CustomStringConvertible {
  let service: AWSService
  let endpoint: AWSEndpoint
  /// Encoded path as sent, including the override's base path.
  let wirePath: String
  let headers: [String: String]

  init(service: AWSService, endpoint: AWSEndpoint, path: String, headers: [String: String]) {
    var endpoint = endpoint
    var path = path.hasPrefix("/") ? path : "/" + path

    if service.endpointPrefix == AWSService.s3.endpointPrefix, !endpoint.isOverride {
      let parts = path.dropFirst().split(
        separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
      if let bucket = parts.first, Self.isVirtualHostable(bucket) {
        endpoint.host = "\(bucket).\(endpoint.host)"
        path = "/" + (parts.count > 1 ? String(parts[1]) : "")
      }
    }
    if service.endpointPrefix == AWSService.s3control.endpointPrefix, !endpoint.isOverride,
      let account = headers.first(where: { $0.key.lowercased() == "x-amz-account-id" })?.value
    {
      endpoint.host = "\(account).\(endpoint.host)"
    }

    self.service = service
    self.endpoint = endpoint
    self.wirePath = endpoint.basePath + URIEncoding.encodePath(path)
    self.headers = headers
  }

  var description: String { "\(endpoint.scheme)://\(endpoint.hostHeader)\(wirePath)" }

  /// Lower-case letters, digits and hyphens only: dots break the TLS wildcard and legacy
  /// names with capitals or underscores are not valid host labels, so those go path-style.
  static func isVirtualHostable(_ bucket: Substring) -> Bool {
    !bucket.isEmpty
      && bucket.utf8.allSatisfy { byte in
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
      }
  }
}
