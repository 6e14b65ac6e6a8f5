import Foundation
import ParapetCore
import Testing

@testable import ParapetAWS

/// `CurlTransport` against the loopback echo server and moto: what goes out arrives
/// byte for byte, responses come back whole, failures name the URL, connections are reused.
@Suite struct CurlTransportTests {
  struct RoundTrip: Sendable, CustomStringConvertible {
    let description: String
    let method: String
    let headers: [String: String]
    let body: Data?
    /// Headers curl is expected to add, by lower-cased name (`host` is always added).
    let added: [String: String]
  }

  static let allBytes = Data((0...255).map { UInt8($0) } + Array("tail\r\n\r\n".utf8))

  static let roundTrips: [RoundTrip] = [
    RoundTrip(
      description: "GET without a body", method: "GET",
      headers: ["X-Amz-Date": "20240101T000000Z", "Authorization": "AWS4-HMAC-SHA256 test"],
      body: nil, added: [:]),
    RoundTrip(
      description: "POST form body keeps its own content type", method: "POST",
      headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
      body: Data("Action=ListUsers&Version=2010-05-08".utf8),
      added: ["content-length": "35"]),
    RoundTrip(
      description: "POST without content type gets none", method: "POST",
      headers: ["X-Amz-Target": "Service.Op"], body: Data("{}".utf8),
      added: ["content-length": "2"]),
    RoundTrip(
      description: "PUT binary body", method: "PUT",
      headers: ["Content-Type": "application/octet-stream", "X-Empty": ""],
      body: allBytes, added: ["content-length": "\(allBytes.count)"]),
    RoundTrip(
      description: "PUT empty body sends a zero length", method: "PUT", headers: [:],
      body: Data(), added: ["content-length": "0"]),
    RoundTrip(
      description: "DELETE without a body", method: "DELETE", headers: ["X-Id": "7"],
      body: nil, added: [:]),
    RoundTrip(
      description: "PATCH with a body", method: "PATCH", headers: [:],
      body: Data("patch".utf8), added: ["content-length": "5"]),
  ]

  @Test(arguments: roundTrips)
  func requestArrivesExactly(_ trip: RoundTrip) async throws {
    let base = try await EchoServer.shared.url(key: MotoServer.uniqueName("rt"), scenario: "echo")
    let url = try #require(URL(string: base.absoluteString + "?b=2&a=%2F"))

    let response = try await CurlTransport(timeout: 5).send(
      HTTPRequest(method: trip.method, url: url, headers: trip.headers, body: trip.body))

    #expect(response.statusCode == 200)
    #expect(response.headers["content-type"] == "application/json")
    let echoed = try JSONDecoder().decode(EchoedRequest.self, from: response.body)
    #expect(echoed.method == trip.method)
    #expect(echoed.path == url.path + "?b=2&a=%2F")
    #expect(echoed.bodyData == (trip.body ?? Data()))
    var expected = Dictionary(uniqueKeysWithValues: trip.headers.map { ($0.lowercased(), $1) })
    expected["host"] = "127.0.0.1:\(url.port ?? 0)"
    expected.merge(trip.added) { given, _ in given }
    #expect(echoed.headerMap == expected)
    #expect(echoed.headers.count == expected.count)
  }

  @Test func headReturnsHeadersWithoutBody() async throws {
    let url = try await EchoServer.shared.url(key: MotoServer.uniqueName("head"), scenario: "echo")

    let response = try await CurlTransport(timeout: 5).send(
      HTTPRequest(method: "HEAD", url: url, headers: [:]))

    #expect(response.statusCode == 200)
    #expect(response.body.isEmpty)
    #expect(Int(response.headers["content-length"] ?? "") ?? 0 > 0)
  }

  @Test(arguments: [201, 204, 301, 404, 500, 503])
  func statusCodeIsReportedNotThrown(_ status: Int) async throws {
    let url = try await EchoServer.shared.url(
      key: MotoServer.uniqueName("st"), scenario: "status-\(status)")

    let response = try await CurlTransport(timeout: 5).send(
      HTTPRequest(method: "POST", url: url, headers: [:], body: Data("x".utf8)))

    #expect(response.statusCode == status)
    if status == 204 {
      #expect(response.body.isEmpty)
    } else {
      let echoed = try JSONDecoder().decode(EchoedRequest.self, from: response.body)
      #expect(echoed.bodyData == Data("x".utf8))
    }
  }

  @Test func responseHeaderNamesAreLowerCasedAndRepeatsJoined() async throws {
    let url = try await EchoServer.shared.url(
      key: MotoServer.uniqueName("hd"), scenario: "mixed-case")

    let response = try await CurlTransport(timeout: 5).send(
      HTTPRequest(method: "GET", url: url, headers: [:]))

    #expect(response.body == Data("ok".utf8))
    #expect(response.headers["x-mixed-case"] == "Kept Value")
    #expect(response.headers["x-repeated"] == "one, two")
    #expect(response.headers["content-length"] == "2")
    #expect(response.headers.keys.allSatisfy { $0 == $0.lowercased() })
  }

  @Test func closedPortFailsFastNamingTheURL() async throws {
    let url = try #require(URL(string: "http://127.0.0.1:1/nothing-listens"))
    let started = Date()

    let error = await #expect(throws: HTTPTransportError.self) {
      try await CurlTransport(timeout: 5).send(HTTPRequest(method: "GET", url: url, headers: [:]))
    }

    // Not a hang: below the 60 s a whole exchange may take. Tighter bounds failed in full
    // suite runs, where other tests can hold both cooperative threads for half a minute;
    // the error's kind and reason say it failed for the right cause.
    #expect(Date().timeIntervalSince(started) < 55)
    #expect(error?.url == "http://127.0.0.1:1/nothing-listens")
    #expect(error?.isTimeout == false)
    #expect(error?.reason.hasPrefix("Couldn't connect to server: Failed to connect to") == true)
    #expect(
      error?.description.hasPrefix("request to http://127.0.0.1:1/nothing-listens failed: ")
        == true)
  }

  @Test func silentServerTimesOut() async throws {
    let url = try await EchoServer.shared.url(key: MotoServer.uniqueName("sl"), scenario: "silent")
    let started = Date()

    let error = await #expect(throws: HTTPTransportError.self) {
      try await CurlTransport(timeout: 1).send(HTTPRequest(method: "GET", url: url, headers: [:]))
    }

    let elapsed = Date().timeIntervalSince(started)
    // At least the timeout; the upper bound only catches a hang (see the test above).
    #expect(elapsed >= 1 && elapsed < 55)
    #expect(error?.isTimeout == true)
    #expect(error?.url == url.absoluteString)
    #expect(error?.reason.hasPrefix("Timeout was reached") == true)
  }

  @Test func headerWithLineBreakIsRefusedWithoutEchoingIt() async throws {
    let url = try await EchoServer.shared.url(key: MotoServer.uniqueName("lb"), scenario: "echo")

    let error = await #expect(throws: HTTPTransportError.self) {
      try await CurlTransport(timeout: 5).send(
        HTTPRequest(method: "GET", url: url, headers: ["X-Token": "secret\r\nX-Evil: 1"]))
    }

    #expect(
      error?.reason == "a request header name or value holds a line break; fix the caller")
    #expect(error?.description.contains("secret") == false)
  }

  @Test func concurrentRequestsShareThePoolsConnections() async throws {
    let key = MotoServer.uniqueName("pool")
    let url = try await EchoServer.shared.url(key: key, scenario: "echo")
    let transport = CurlTransport(timeout: 10, workers: 4)

    let bodies = try await withThrowingTaskGroup(of: (Int, Data?).self) { group in
      for index in 0..<200 {
        group.addTask {
          let response = try await transport.send(
            HTTPRequest(method: "POST", url: url, headers: [:], body: Data("\(index)".utf8)))
          let echoed = try JSONDecoder().decode(EchoedRequest.self, from: response.body)
          return (index, echoed.bodyData)
        }
      }
      return try await group.reduce(into: [:]) { $0[$1.0] = $1.1 }
    }

    #expect(bodies.count == 200)
    #expect(bodies.allSatisfy { $0.value == Data("\($0.key)".utf8) })
    let portsURL = try await EchoServer.shared.url(key: "ports", scenario: key)
    let ports = try await CurlTransport(timeout: 5).send(
      HTTPRequest(method: "GET", url: portsURL, headers: [:]))
    let distinct = try JSONDecoder().decode([Int].self, from: ports.body)
    #expect((1...4).contains(distinct.count))
  }

  @Test func defaultClientTransportSignsAndTalksToMoto() async throws {
    let endpoint = try await MotoServer.shared.endpoint()
    let configuration = AWSClientConfiguration(
      credentials: TestCredentials(), endpointOverride: endpoint,
      retryPolicy: RetryPolicy(maxAttempts: 1))
    #expect(configuration.transport is CurlTransport)
    let client = AWSClient(configuration: configuration)
    let bucket = MotoServer.uniqueName("curl")

    let identity = try await client.query(
      .sts, region: "us-east-1", action: "GetCallerIdentity", parameters: [:])
    _ = try await client.rest(
      .s3, region: "us-east-1", operation: "CreateBucket", method: "PUT", path: "/\(bucket)",
      query: [:], headers: [:], body: nil)
    let put = try await client.rest(
      .s3, region: "us-east-1", operation: "PutObject", method: "PUT",
      path: "/\(bucket)/blob", query: [:], headers: [:], body: Self.allBytes)
    let get = try await client.rest(
      .s3, region: "us-east-1", operation: "GetObject", method: "GET",
      path: "/\(bucket)/blob", query: [:], headers: [:], body: nil)

    #expect(identity["Account"] == "123456789012")
    #expect(put.statusCode == 200)
    #expect(get.statusCode == 200)
    #expect(get.body == Self.allBytes)
    #expect(get.headers["content-length"] == "\(Self.allBytes.count)")
  }
}
