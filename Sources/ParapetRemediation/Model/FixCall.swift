import Foundation
import ParapetAWS
import ParapetCore

/// One mutating AWS API call of a fix, as data: the plan prints it, `--apply` sends exactly
/// it, and the audit log records it, so the dry run and the applied run cannot differ.
public struct FixCall: Sendable, Hashable {
  /// The request in the service's own protocol.
  public enum Request: Sendable, Hashable {
    /// Query or EC2-query parameters, flattened (`IpPermissions.1.FromPort`).
    case query([String: String])
    /// A JSON-protocol body.
    case json(JSONValue)
    /// A REST request; `body` is the payload text (XML or JSON), nil for none.
    case rest(
      method: String, path: String, query: [String: String], headers: [String: String],
      body: String?)
  }

  /// Endpoint prefix of the service (`s3`, `ec2`, `s3-control`), a key of `AWSService.all`.
  public var service: String
  /// Region the call is signed for and sent to.
  public var region: String
  /// API operation, such as `PutPublicAccessBlock`.
  public var operation: String
  /// IAM action that allows the call (`s3:PutBucketPublicAccessBlock`).
  public var permission: String
  /// The request.
  public var request: Request

  /// A call to `operation` of `service` in `region`.
  public init(
    service: AWSService, region: String, operation: String, permission: String,
    request: Request
  ) {
    self.service = service.endpointPrefix
    self.region = region
    self.operation = operation
    self.permission = permission
    self.request = request
  }

  /// Sends the call and returns the decoded answer; AWS failures throw `AWSError`.
  @discardableResult
  public func send(_ client: any AWSCalling) async throws -> JSONValue {
    guard let target = AWSService.all.first(where: { $0.endpointPrefix == service }) else {
      throw AWSError(
        code: "UnknownService",
        message: "no service '\(service)' in the catalog; the plan or audit entry is corrupt",
        statusCode: 0, service: service, operation: operation)
    }
    switch request {
    case .query(let parameters):
      return try await client.query(
        target, region: region, action: operation, parameters: parameters)
    case .json(let body):
      return try await client.json(target, region: region, action: operation, body: body)
    case .rest(let method, let path, let query, let headers, let body):
      let response = try await client.rest(
        target, region: region, operation: operation, method: method, path: path,
        query: query, headers: headers, body: body.map { Data($0.utf8) })
      // A 2xx status is the success of a mutating call; some answers (moto's
      // PutBucketPolicy) carry bodies that are not the documented format, so an
      // unreadable body reads as empty instead of failing an applied change.
      let decoded =
        target.wireProtocol == .restXML
        ? try? response.xmlTree(service: target, operation: operation)
        : try? response.jsonTree(service: target, operation: operation)
      return decoded ?? .object([:])
    }
  }

  /// One line for the plan: `s3:PutPublicAccessBlock (us-east-1) PUT /b?publicAccessBlock`.
  public var summary: String {
    let head = "\(service):\(operation) (\(region))"
    switch request {
    case .query(let parameters):
      let listed = parameters.keys.sorted().map { "\($0)=\(parameters[$0] ?? "")" }
      return head + " " + listed.joined(separator: " ")
    case .json(let body):
      return head + " " + JSONWriter().string(body)
    case .rest(let method, let path, let query, _, let body):
      let queryText = query.keys.sorted().map { key -> String in
        let value = query[key] ?? ""
        return value.isEmpty ? key : "\(key)=\(value)"
      }.joined(separator: "&")
      var line = head + " \(method) \(path)" + (queryText.isEmpty ? "" : "?" + queryText)
      if let body { line += " body: " + body }
      return line
    }
  }
}

extension FixCall {
  /// The call as JSON, for `--plan --json` and the audit log.
  public var json: JSONValue {
    var members: [String: JSONValue] = [
      "service": .string(service), "region": .string(region),
      "operation": .string(operation), "permission": .string(permission),
    ]
    switch request {
    case .query(let parameters):
      members["parameters"] = .object(parameters.mapValues { .string($0) })
    case .json(let body):
      members["body"] = body
    case .rest(let method, let path, let query, let headers, let body):
      members["method"] = .string(method)
      members["path"] = .string(path)
      members["query"] = .object(query.mapValues { .string($0) })
      members["headers"] = .object(headers.mapValues { .string($0) })
      members["payload"] = body.map { .string($0) } ?? .null
    }
    return .object(members)
  }

  /// Reads a call written by `json`; throws naming the missing field.
  public init(json: JSONValue) throws {
    func text(_ key: String) throws -> String {
      guard let value = json[key]?.stringValue else {
        throw FixDataError(field: key, reason: "missing or not a string in a recorded call")
      }
      return value
    }
    func strings(_ key: String) -> [String: String] {
      (json[key]?.objectValue ?? [:]).compactMapValues { $0.stringValue }
    }
    service = try text("service")
    region = try text("region")
    operation = try text("operation")
    permission = try text("permission")
    if json["parameters"] != nil {
      request = .query(strings("parameters"))
    } else if let body = json["body"] {
      request = .json(body)
    } else {
      request = .rest(
        method: try text("method"), path: try text("path"), query: strings("query"),
        headers: strings("headers"), body: json["payload"]?.stringValue)
    }
  }
}

/// A plan or audit entry that cannot be read back.
public struct FixDataError: Error, CustomStringConvertible, Sendable {
  /// The field at fault.
  public var field: String
  /// What is wrong with it.
  public var reason: String

  /// A data error about `field`.
  public init(field: String, reason: String) {
    self.field = field
    self.reason = reason
  }

  /// One line naming the field.
  public var description: String { "'\(field)': \(reason)" }
}
