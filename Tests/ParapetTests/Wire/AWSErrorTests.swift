import Foundation
import Testing

@testable import ParapetAWS

/// An error answer of one protocol and what must be read out of it.
struct ErrorParsingCase: CustomTestStringConvertible, Sendable {
  let name: String
  let wireProtocol: AWSProtocol
  let fixture: String?
  let status: Int
  let headers: [String: String]
  let code: String
  let message: String
  let requestId: String?
  let category: AWSErrorCategory

  var testDescription: String { name }
}

let errorParsingCases: [ErrorParsingCase] = [
  ErrorParsingCase(
    name: "query ErrorResponse", wireProtocol: .query, fixture: "error-query.xml", status: 404,
    headers: [:], code: "NoSuchEntity", message: "The user with name nobody cannot be found.",
    requestId: "4f9e3c47-query-error-EXAMPLE", category: .notFound),
  ErrorParsingCase(
    name: "EC2 Response.Errors", wireProtocol: .ec2, fixture: "error-ec2.xml", status: 403,
    headers: [:], code: "UnauthorizedOperation",
    message: "You are not authorized to perform this operation.",
    requestId: "ea966190-ec2-error-EXAMPLE", category: .accessDenied),
  ErrorParsingCase(
    name: "S3 Error", wireProtocol: .restXML, fixture: "error-s3.xml", status: 404,
    headers: [:], code: "NoSuchBucketPolicy", message: "The bucket policy does not exist",
    requestId: "0D68A23BB2E2215B", category: .notFound),
  ErrorParsingCase(
    name: "S3 HEAD without body", wireProtocol: .restXML, fixture: nil, status: 404,
    headers: ["x-amz-request-id": "HEAD1"], code: "NotFound", message: "",
    requestId: "HEAD1", category: .notFound),
  ErrorParsingCase(
    name: "JSON __type with namespace", wireProtocol: .json(targetPrefix: "T", version: "1.1"),
    fixture: "error-json.json", status: 400, headers: ["x-amzn-requestid": "json-1"],
    code: "NotFoundException",
    message: "Key 'arn:aws:kms:us-east-1:123456789012:key/missing' does not exist",
    requestId: "json-1", category: .notFound),
  ErrorParsingCase(
    name: "REST-JSON x-amzn-errortype header", wireProtocol: .restJSON,
    fixture: "error-rest-json.json", status: 404,
    headers: ["x-amzn-errortype": "ResourceNotFoundException:http://internal.amazon.com/"],
    code: "ResourceNotFoundException",
    message: "Function not found: arn:aws:lambda:us-east-1:123456789012:function:missing",
    requestId: nil, category: .notFound),
  ErrorParsingCase(
    name: "proxy HTML page", wireProtocol: .query, fixture: nil, status: 502, headers: [:],
    code: "HTTP502", message: "", requestId: nil, category: .transient),
  // An emulator without the route answers an HTML 404: the data is missing, not absent.
  ErrorParsingCase(
    name: "HTML 404 from an endpoint without the operation", wireProtocol: .restJSON,
    fixture: "error-html-404.html", status: 404, headers: [:], code: "UnrecognizedOperation",
    message: "", requestId: nil, category: .unsupported),
]

/// A code and status, and the category the classifier must give them.
struct ClassificationCase: CustomTestStringConvertible, Sendable {
  let code: String
  let status: Int
  let category: AWSErrorCategory

  var testDescription: String { "\(code) \(status) -> \(category)" }
}

let classificationCases: [ClassificationCase] = [
  ClassificationCase(code: "Throttling", status: 400, category: .throttling),
  ClassificationCase(code: "ThrottlingException", status: 400, category: .throttling),
  ClassificationCase(code: "RequestLimitExceeded", status: 503, category: .throttling),
  ClassificationCase(code: "SlowDown", status: 503, category: .throttling),
  ClassificationCase(code: "Anything", status: 429, category: .throttling),
  ClassificationCase(code: "AccessDenied", status: 403, category: .accessDenied),
  ClassificationCase(code: "AccessDeniedException", status: 400, category: .accessDenied),
  ClassificationCase(code: "UnauthorizedOperation", status: 403, category: .accessDenied),
  ClassificationCase(code: "HTTP403", status: 403, category: .accessDenied),
  ClassificationCase(code: "NoSuchBucketPolicy", status: 404, category: .notFound),
  ClassificationCase(code: "NoSuchEntity", status: 404, category: .notFound),
  ClassificationCase(
    code: "ServerSideEncryptionConfigurationNotFoundError", status: 404, category: .notFound),
  ClassificationCase(code: "ResourceNotFoundException", status: 404, category: .notFound),
  ClassificationCase(code: "InvalidGroup.NotFound", status: 400, category: .notFound),
  ClassificationCase(code: "OptInRequired", status: 401, category: .unsupported),
  ClassificationCase(code: "InternalError", status: 500, category: .transient),
  ClassificationCase(code: "ServiceUnavailable", status: 503, category: .transient),
  ClassificationCase(code: "NetworkError", status: 0, category: .transient),
  ClassificationCase(code: "Timeout", status: 0, category: .transient),
  ClassificationCase(code: "ValidationError", status: 400, category: .other),
  ClassificationCase(code: "MalformedPolicyDocument", status: 400, category: .other),
]

@Suite struct AWSErrorTests {
  @Test(arguments: errorParsingCases)
  func readsErrorOfEachProtocol(_ example: ErrorParsingCase) throws {
    let body = try example.fixture.map { try Fixture.data("Wire/\($0)") } ?? Data()
    let response = HTTPResponse(statusCode: example.status, headers: example.headers, body: body)
    let error = AWSErrorParser.parse(
      response, wireProtocol: example.wireProtocol, service: "svc", operation: "Op")
    #expect(error.code == example.code)
    #expect(error.message == example.message)
    #expect(error.requestId == example.requestId)
    #expect(error.statusCode == example.status)
    #expect(error.category == example.category)
  }

  @Test(arguments: classificationCases)
  func classifies(_ example: ClassificationCase) {
    let error = AWSError(
      code: example.code, message: "", statusCode: example.status, service: "svc",
      operation: "Op")
    #expect(error.category == example.category)
  }

  @Test func descriptionNamesServiceOperationCodeAndStatus() {
    let error = AWSError(
      code: "NoSuchBucketPolicy", message: "The bucket policy does not exist", statusCode: 404,
      service: "s3", operation: "GetBucketPolicy")
    #expect(
      error.description
        == "s3:GetBucketPolicy failed with NoSuchBucketPolicy (HTTP 404): "
        + "The bucket policy does not exist")
  }

  /// A bare 500 read 'failed with HTTP500 (HTTP 500): ' and ended on the colon.
  @Test func aStatusWithoutCodeOrMessageIsSaidOnce() {
    let error = AWSError(
      code: "HTTP501", message: "", statusCode: 501, service: "sts",
      operation: "GetCallerIdentity")
    #expect(
      error.description
        == "sts:GetCallerIdentity failed with HTTP 501: the answer carried no error message")
    let network = AWSError(
      code: "NetworkError", message: "connection refused", statusCode: 0, service: "s3",
      operation: "ListBuckets")
    #expect(network.description == "s3:ListBuckets failed with NetworkError: connection refused")
  }
}
