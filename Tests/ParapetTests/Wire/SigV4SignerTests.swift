import Foundation
import Testing

@testable import ParapetAWS

/// One case of AWS's published signing examples, with every intermediate step.
struct SigningCase: CustomTestStringConvertible, Sendable {
  let name: String
  let service: String
  let request: SigningRequest
  let canonicalRequest: String
  let stringToSignHash: String
  let signature: String

  var testDescription: String { name }
}

private let emptyHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
private let suiteDate = "20150830T123600Z"
private let suiteCredentials = AWSCredentials(
  accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
  source: "test")
private let s3Date = "20130524T000000Z"
private let s3Credentials = AWSCredentials(
  accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  source: "test")

private func suiteHeaders(_ extra: [HeaderField] = []) -> [HeaderField] {
  [HeaderField("Host", "example.amazonaws.com"), HeaderField("X-Amz-Date", suiteDate)] + extra
}

private func suiteCanonical(
  method: String = "GET", path: String = "/", query: String = "", headers: String = "",
  signed: String = "host;x-amz-date", payload: String = emptyHash
) -> String {
  "\(method)\n\(path)\n\(query)\n\(headers)host:example.amazonaws.com\n"
    + "x-amz-date:\(suiteDate)\n\n\(signed)\n\(payload)"
}

/// From AWS's Signature Version 4 test suite (service `service`, us-east-1).
let sigV4SuiteCases: [SigningCase] = [
  SigningCase(
    name: "get-vanilla", service: "service",
    request: SigningRequest(
      method: "GET", encodedPath: "/", headers: suiteHeaders(), payloadHash: emptyHash),
    canonicalRequest: suiteCanonical(),
    stringToSignHash: "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63",
    signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
  SigningCase(
    name: "get-vanilla-query-order-key-case", service: "service",
    request: SigningRequest(
      method: "GET", encodedPath: "/",
      query: [QueryParameter("Param2", "value2"), QueryParameter("Param1", "value1")],
      headers: suiteHeaders(), payloadHash: emptyHash),
    canonicalRequest: suiteCanonical(query: "Param1=value1&Param2=value2"),
    stringToSignHash: "816cd5b414d056048ba4f7c5386d6e0533120fb1fcfa93762cf0fc39e2cf19e0",
    signature: "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
  SigningCase(
    name: "get-vanilla-query-order-value", service: "service",
    request: SigningRequest(
      method: "GET", encodedPath: "/",
      query: [QueryParameter("Param1", "value2"), QueryParameter("Param1", "value1")],
      headers: suiteHeaders(), payloadHash: emptyHash),
    canonicalRequest: suiteCanonical(query: "Param1=value1&Param1=value2"),
    stringToSignHash: "c968629d70850097a2d8781c9bf7edcb988b04cac14cca9be4acc3595f884606",
    signature: "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694"),
  SigningCase(
    name: "get-unreserved", service: "service",
    request: SigningRequest(
      method: "GET",
      encodedPath: "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
      headers: suiteHeaders(), payloadHash: emptyHash),
    canonicalRequest: suiteCanonical(
      path: "/-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    stringToSignHash: "6a968768eefaa713e2a6b16b589a8ea192661f098f37349f4e2c0082757446f9",
    signature: "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
  SigningCase(
    name: "get-header-value-trim", service: "service",
    request: SigningRequest(
      method: "GET", encodedPath: "/",
      headers: suiteHeaders([
        HeaderField("My-Header1", " value1"), HeaderField("My-Header2", " \"a   b   c\""),
      ]),
      payloadHash: emptyHash),
    canonicalRequest: suiteCanonical(
      headers: "", signed: "host;my-header1;my-header2;x-amz-date"
    ).replacingOccurrences(
      of: "host:example.amazonaws.com\n",
      with: "host:example.amazonaws.com\nmy-header1:value1\nmy-header2:\"a b c\"\n"),
    stringToSignHash: "a726db9b0df21c14f559d0a978e563112acb1b9e05476f0a6a1c7d68f28605c7",
    signature: "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
  SigningCase(
    name: "get-header-key-duplicate", service: "service",
    request: SigningRequest(
      method: "GET", encodedPath: "/",
      headers: suiteHeaders([
        HeaderField("My-Header1", "value2"), HeaderField("My-Header1", "value2"),
        HeaderField("My-Header1", "value1"),
      ]),
      payloadHash: emptyHash),
    canonicalRequest: suiteCanonical(signed: "host;my-header1;x-amz-date")
      .replacingOccurrences(
        of: "host:example.amazonaws.com\n",
        with: "host:example.amazonaws.com\nmy-header1:value2,value2,value1\n"),
    stringToSignHash: "dc7f04a3abfde8d472b0ab1a418b741b7c67174dad1551b4117b15527fbe966c",
    signature: "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea"),
  SigningCase(
    name: "post-vanilla-query", service: "service",
    request: SigningRequest(
      method: "POST", encodedPath: "/", query: [QueryParameter("Param1", "value1")],
      headers: suiteHeaders(), payloadHash: emptyHash),
    canonicalRequest: suiteCanonical(method: "POST", query: "Param1=value1"),
    stringToSignHash: "9d659678c1756bb3113e2ce898845a0a79dbbc57b740555917687f1b3340fbbd",
    signature: "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"),
  SigningCase(
    name: "post-x-www-form-urlencoded", service: "service",
    request: SigningRequest(
      method: "POST", encodedPath: "/",
      headers: [HeaderField("Content-Type", "application/x-www-form-urlencoded")]
        + suiteHeaders(),
      payloadHash: Digest.sha256Hex(Data("Param1=value1".utf8))),
    canonicalRequest: "POST\n/\n\ncontent-type:application/x-www-form-urlencoded\n"
      + "host:example.amazonaws.com\nx-amz-date:\(suiteDate)\n\n"
      + "content-type;host;x-amz-date\n"
      + "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e",
    stringToSignHash: "42a5e5bb34198acb3e84da4f085bb7927f2bc277ca766e6d19c73c2154021281",
    signature: "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
]

private func s3Headers(_ extra: [HeaderField], payload: String = emptyHash) -> [HeaderField] {
  [
    HeaderField("Host", "examplebucket.s3.amazonaws.com"),
    HeaderField("x-amz-content-sha256", payload), HeaderField("x-amz-date", s3Date),
  ] + extra
}

private let putPayload = "44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072"

/// From the S3 API reference, "Signature Calculations for the Authorization Header".
let s3ExampleCases: [SigningCase] = [
  SigningCase(
    name: "GET object with Range", service: "s3",
    request: SigningRequest(
      method: "GET", encodedPath: "/test.txt",
      headers: s3Headers([HeaderField("Range", "bytes=0-9")]), payloadHash: emptyHash),
    canonicalRequest: "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\n"
      + "range:bytes=0-9\nx-amz-content-sha256:\(emptyHash)\nx-amz-date:\(s3Date)\n\n"
      + "host;range;x-amz-content-sha256;x-amz-date\n\(emptyHash)",
    stringToSignHash: "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972",
    signature: "f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"),
  SigningCase(
    name: "PUT object", service: "s3",
    request: SigningRequest(
      method: "PUT", encodedPath: URIEncoding.encodePath("/test$file.text"),
      headers: s3Headers(
        [
          HeaderField("Date", "Fri, 24 May 2013 00:00:00 GMT"),
          HeaderField("x-amz-storage-class", "REDUCED_REDUNDANCY"),
        ], payload: putPayload),
      payloadHash: Digest.sha256Hex(Data("Welcome to Amazon S3.".utf8))),
    canonicalRequest: "PUT\n/test%24file.text\n\ndate:Fri, 24 May 2013 00:00:00 GMT\n"
      + "host:examplebucket.s3.amazonaws.com\nx-amz-content-sha256:\(putPayload)\n"
      + "x-amz-date:\(s3Date)\nx-amz-storage-class:REDUCED_REDUNDANCY\n\n"
      + "date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class\n\(putPayload)",
    stringToSignHash: "9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d",
    signature: "98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd"),
  SigningCase(
    name: "GET bucket lifecycle", service: "s3",
    request: SigningRequest(
      method: "GET", encodedPath: "/", query: [QueryParameter("lifecycle", "")],
      headers: s3Headers([]), payloadHash: emptyHash),
    canonicalRequest: "GET\n/\nlifecycle=\nhost:examplebucket.s3.amazonaws.com\n"
      + "x-amz-content-sha256:\(emptyHash)\nx-amz-date:\(s3Date)\n\n"
      + "host;x-amz-content-sha256;x-amz-date\n\(emptyHash)",
    stringToSignHash: "9766c798316ff2757b517bc739a67f6213b4ab36dd5da2f94eaebf79c77395ca",
    signature: "fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543"),
  SigningCase(
    name: "GET bucket (list objects)", service: "s3",
    request: SigningRequest(
      method: "GET", encodedPath: "/",
      query: [QueryParameter("prefix", "J"), QueryParameter("max-keys", "2")],
      headers: s3Headers([]), payloadHash: emptyHash),
    canonicalRequest: "GET\n/\nmax-keys=2&prefix=J\nhost:examplebucket.s3.amazonaws.com\n"
      + "x-amz-content-sha256:\(emptyHash)\nx-amz-date:\(s3Date)\n\n"
      + "host;x-amz-content-sha256;x-amz-date\n\(emptyHash)",
    stringToSignHash: "df57d21db20da04d7fa30298dd4488ba3a2b47ca3a489c74750e0f1e7df1b9b7",
    signature: "34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7"),
]

@Suite struct SigV4SignerTests {
  @Test(arguments: sigV4SuiteCases)
  func signsAWSTestSuiteCase(_ example: SigningCase) {
    let signer = SigV4Signer(region: "us-east-1", service: "service", doubleEncodePath: true)
    let result = signer.sign(example.request, credentials: suiteCredentials, amzDate: suiteDate)
    check(result, against: example, scopeDate: "20150830", service: "service", key: "AKIDEXAMPLE")
  }

  @Test(arguments: s3ExampleCases)
  func signsS3DocumentationExample(_ example: SigningCase) {
    let signer = SigV4Signer(region: "us-east-1", service: "s3", doubleEncodePath: false)
    let result = signer.sign(example.request, credentials: s3Credentials, amzDate: s3Date)
    check(
      result, against: example, scopeDate: "20130524", service: "s3", key: "AKIAIOSFODNN7EXAMPLE")
  }

  @Test func nonS3ServicesEncodeThePathTwice() {
    let request = SigningRequest(
      method: "GET", encodedPath: "/my%20path", headers: suiteHeaders(), payloadHash: emptyHash)
    let twice = SigV4Signer(region: "us-east-1", service: "service", doubleEncodePath: true)
    let once = SigV4Signer(region: "us-east-1", service: "s3", doubleEncodePath: false)
    let lines = { (signer: SigV4Signer) in
      signer.sign(request, credentials: suiteCredentials, amzDate: suiteDate)
        .canonicalRequest.split(separator: "\n")[1]
    }
    #expect(lines(twice) == "/my%2520path")
    #expect(lines(once) == "/my%20path")
  }

  @Test func encodesReservedCharactersAndKeepsUnreserved() {
    #expect(URIEncoding.encode("a b+c/d=é~") == "a%20b%2Bc%2Fd%3D%C3%A9~")
    #expect(URIEncoding.encodePath("/bucket/a b") == "/bucket/a%20b")
    #expect(
      URIEncoding.canonicalQuery([("b", "2"), ("a", "x y"), ("a", "+"), ("c", "")])
        == "a=%2B&a=x%20y&b=2&c=")
  }

  @Test func amzDateIsUTCBasicFormat() {
    #expect(SigV4Signer.amzDate(Date(timeIntervalSince1970: 1_440_938_160)) == suiteDate)
  }

  private func check(
    _ result: SigV4Signature, against example: SigningCase, scopeDate: String, service: String,
    key: String
  ) {
    let scope = "\(scopeDate)/us-east-1/\(service)/aws4_request"
    #expect(result.canonicalRequest == example.canonicalRequest)
    #expect(
      result.stringToSign
        == "AWS4-HMAC-SHA256\n\(amzDate(for: scopeDate))\n\(scope)\n\(example.stringToSignHash)")
    #expect(result.signature == example.signature)
    #expect(
      result.authorization
        == "AWS4-HMAC-SHA256 Credential=\(key)/\(scope), SignedHeaders=\(result.signedHeaders), "
        + "Signature=\(example.signature)")
  }

  private func amzDate(for day: String) -> String {
    day == "20150830" ? suiteDate : s3Date
  }
}
