import Foundation
import ParapetCore

/// Reads the error out of a non-2xx answer, whatever the protocol wrapped it in.
///
/// Query: `<ErrorResponse><Error><Code>`; EC2: `<Response><Errors><Error><Code>`; S3:
/// `<Error><Code>`; JSON and REST-JSON: the `x-amzn-errortype` header or the body's
/// `__type` / `code` / `Code` (`prefix#Name` and `Name:uri` forms are cut to `Name`).
/// When nothing names a code (an S3 HEAD, an HTML page from a proxy), the code comes from
/// the status: `NotFound`, `AccessDenied`, `Throttling`, `ServiceUnavailable` or
/// `HTTP<status>`. A 404 that carries a body but no AWS error is not "the thing does not
/// exist" but "nothing here answers this operation" (an emulator or proxy without the
/// route): it becomes `UnrecognizedOperation`, so the data counts as missing, not absent.
public enum AWSErrorParser {
  /// The error for `response`, which must not be a 2xx.
  public static func parse(
    _ response: HTTPResponse, wireProtocol: AWSProtocol, service: String, operation: String
  ) -> AWSError {
    var code: String?
    var message: String?
    var requestId =
      response.headers["x-amzn-requestid"] ?? response.headers["x-amz-request-id"]

    if let headerType = response.headers["x-amzn-errortype"], !headerType.isEmpty {
      code = shortCode(headerType)
    }

    switch wireProtocol {
    case .json, .restJSON:
      if let body = try? JSONValue.parse(response.body) {
        let typeField = body["__type"] ?? body["code"] ?? body["Code"]
        if code == nil, let type = typeField?.stringValue {
          code = shortCode(type)
        }
        message = (body["message"] ?? body["Message"] ?? body["errorMessage"])?.stringValue
      }
    case .query, .ec2, .restXML:
      if let tree = try? XMLTreeDecoder().decode(response.body),
        let error = findError(in: tree)
      {
        code = code ?? error["Code"]?.stringValue
        message = error["Message"]?.stringValue
        requestId =
          requestId
          ?? (error["RequestId"] ?? tree.value(at: "Response.RequestID"))?
          .stringValue
        requestId = requestId ?? tree.value(at: "ErrorResponse.RequestId")?.stringValue
      }
    }

    let finalCode =
      code.flatMap { $0.isEmpty ? nil : $0 }
      ?? statusCode(response.statusCode, hasBody: !response.body.isEmpty)
    let finalMessage = message.map { String($0.prefix(500)) } ?? ""
    return AWSError(
      code: finalCode, message: finalMessage, statusCode: response.statusCode,
      service: service, operation: operation, requestId: requestId)
  }

  /// `com.amazon.coral#ThrottlingException` and `AccessDenied:http://...` both name
  /// their code in one part.
  static func shortCode(_ raw: String) -> String {
    var code = Substring(raw)
    if let hash = code.lastIndex(of: "#") {
      code = code[code.index(after: hash)...]
    }
    if let colon = code.firstIndex(of: ":") {
      code = code[..<colon]
    }
    return String(code.trimmingCharacters(in: .whitespaces))
  }

  private static func findError(in tree: JSONValue) -> JSONValue? {
    let candidates = [
      tree.value(at: "ErrorResponse.Error"),
      tree.value(at: "Response.Errors.Error"),
      tree["Error"],
    ]
    for candidate in candidates {
      guard let candidate else { continue }
      if case .array(let items) = candidate { return items.first }
      return candidate
    }
    return nil
  }

  private static func statusCode(_ status: Int, hasBody: Bool) -> String {
    switch status {
    case 404: return hasBody ? "UnrecognizedOperation" : "NotFound"
    case 403: return "AccessDenied"
    case 429: return "Throttling"
    case 503: return "ServiceUnavailable"
    default: return "HTTP\(status)"
    }
  }
}
