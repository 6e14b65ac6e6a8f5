import CCurl
import Foundation

/// One long-lived libcurl easy handle that performs requests one after another.
///
/// `curl_easy_reset` between requests clears the options but keeps the handle's connection
/// cache, so consecutive requests to one host reuse a kept-alive connection. A handle is
/// not thread-safe: exactly one worker thread owns it for its whole life.
final class CurlEasyHandle {
  private let handle: UnsafeMutableRawPointer
  private let errorBuffer: UnsafeMutablePointer<CChar>
  // A non-null address for empty bodies: a null CURLOPT_POSTFIELDS makes curl read stdin.
  private let emptyBody: UnsafeMutablePointer<CChar>
  private let timeout: TimeInterval

  /// A handle whose requests follow `timeout` (see `CurlTransport.init(timeout:workers:)`);
  /// nil when libcurl cannot allocate one.
  init?(timeout: TimeInterval) {
    guard let handle = curl_easy_init() else { return nil }
    self.handle = handle
    self.errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    self.errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    self.emptyBody = .allocate(capacity: 1)
    self.emptyBody.initialize(to: 0)
    self.timeout = timeout
  }

  deinit {
    curl_easy_cleanup(handle)
    errorBuffer.deallocate()
    emptyBody.deallocate()
  }

  /// Sends `request` and waits for the whole response.
  func perform(_ request: HTTPRequest) -> Result<HTTPResponse, HTTPTransportError> {
    let url = request.url.absoluteString
    curl_easy_reset(handle)
    errorBuffer[0] = 0

    guard let headerList = Self.headerList(request.headers) else {
      return .failure(
        HTTPTransportError(
          url: url, isTimeout: false,
          reason: "a request header name or value holds a line break; fix the caller"))
    }
    defer { curl_slist_free_all(headerList) }

    let accumulator = ResponseAccumulator()
    let body = request.body ?? Data()
    let code: CURLcode = body.withUnsafeBytes { bodyBytes in
      withExtendedLifetime(accumulator) {
        configure(request, url: url, headers: headerList, body: bodyBytes)
        let context = Unmanaged.passUnretained(accumulator).toOpaque()
        parapet_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        parapet_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        return curl_easy_perform(handle)
      }
    }

    guard code == CURLE_OK else {
      return .failure(failure(code, url: url))
    }
    var status = 0
    parapet_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status)
    return .success(
      HTTPResponse(statusCode: status, headers: accumulator.headers, body: accumulator.body))
  }

  private func configure(
    _ request: HTTPRequest, url: String, headers: UnsafeMutablePointer<curl_slist>,
    body: UnsafeRawBufferPointer
  ) {
    parapet_curl_setopt_string(handle, CURLOPT_URL, url)
    parapet_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headers)
    parapet_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
    parapet_curl_setopt_long(handle, CURLOPT_NOSIGNAL, 1)
    parapet_curl_setopt_long(handle, CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_1_1))
    parapet_curl_setopt_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
    parapet_curl_setopt_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
    parapet_curl_setopt_long(handle, CURLOPT_TCP_KEEPALIVE, 1)
    setTimeouts()
    setMethod(request.method, hasBody: request.body != nil, body: body)
    parapet_curl_setopt_write_callback(handle, curlWriteBody)
    parapet_curl_setopt_header_callback(handle, curlWriteHeader)
  }

  // Mirrors URLSessionTransport: `timeout` bounds the connect and every silence (no byte
  // for `timeout` seconds); the whole exchange gets six times that, at least a minute, so a
  // large but flowing response is not cut off.
  private func setTimeouts() {
    let milliseconds = max(1, Int((timeout * 1000).rounded(.up)))
    parapet_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
    parapet_curl_setopt_long(handle, CURLOPT_LOW_SPEED_LIMIT, 1)
    parapet_curl_setopt_long(handle, CURLOPT_LOW_SPEED_TIME, max(1, Int(timeout.rounded(.up))))
    parapet_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, max(milliseconds * 6, 60_000))
  }

  // GET and HEAD have their own options; every other method sends the body (possibly empty,
  // so that PUT and POST carry `Content-Length: 0`) under its own verb.
  private func setMethod(_ method: String, hasBody: Bool, body: UnsafeRawBufferPointer) {
    let verb = method.uppercased()
    if verb == "HEAD" {
      parapet_curl_setopt_long(handle, CURLOPT_NOBODY, 1)
      return
    }
    if verb == "GET", !hasBody {
      parapet_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
      return
    }
    if verb == "DELETE", !hasBody {
      parapet_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, verb)
      return
    }

    parapet_curl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
    let fields = body.baseAddress ?? UnsafeRawPointer(emptyBody)
    parapet_curl_setopt_pointer(
      handle, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: fields))
    if verb != "POST" {
      parapet_curl_setopt_string(handle, CURLOPT_CUSTOMREQUEST, verb)
    }
  }

  /// The request's headers as curl lines, plus empty overrides that stop curl adding
  /// `Accept`, `Content-Type` and `Expect: 100-continue` of its own, so the server sees
  /// exactly the headers that were signed. Nil when a header holds a line break.
  private static func headerList(_ headers: [String: String]) -> UnsafeMutablePointer<curl_slist>? {
    var lines: [String] = []
    var present = Set<String>()
    for (name, value) in headers {
      // Bytes, not Characters: "\r\n" is one Character, equal to neither "\r" nor "\n".
      guard !(name + value).utf8.contains(where: { $0 == 13 || $0 == 10 }) else { return nil }
      present.insert(name.lowercased())
      // "Name:" would delete the header; "Name;" is curl's spelling of an empty value.
      lines.append(value.isEmpty ? "\(name);" : "\(name): \(value)")
    }
    for name in ["Accept", "Content-Type", "Expect"] where !present.contains(name.lowercased()) {
      lines.append("\(name):")
    }

    var list: UnsafeMutablePointer<curl_slist>?
    for line in lines {
      guard let extended = curl_slist_append(list, line) else {
        curl_slist_free_all(list)
        return nil
      }
      list = extended
    }
    return list
  }

  private func failure(_ code: CURLcode, url: String) -> HTTPTransportError {
    let summary = String(cString: curl_easy_strerror(code))
    let detail = String(cString: errorBuffer).trimmingCharacters(in: .whitespacesAndNewlines)
    let reason = detail.isEmpty || detail == summary ? summary : "\(summary): \(detail)"
    return HTTPTransportError(
      url: url, isTimeout: code == CURLE_OPERATION_TIMEDOUT, reason: reason)
  }
}

/// What the callbacks collect during one transfer: the body, and the headers of the last
/// response (an interim `100 Continue` or a redirect's headers are dropped).
final class ResponseAccumulator {
  var body = Data()
  var headers: [String: String] = [:]

  func receiveHeaderLine(_ line: String) {
    if line.hasPrefix("HTTP/") {
      headers = [:]
      return
    }
    guard let colon = line.firstIndex(of: ":") else { return }
    let name = Self.trimmed(line[..<colon]).lowercased()
    let value = Self.trimmed(line[line.index(after: colon)...])
    guard !name.isEmpty else { return }
    if let earlier = headers[name] {
      headers[name] = earlier + ", " + value
    } else {
      headers[name] = value
    }
  }

  /// `text` without the spaces, tabs and line ends around it. Header lines are ASCII, and
  /// Foundation's trimming bridges through NSString for every one of them.
  private static func trimmed(_ text: Substring) -> String {
    let blank: (Character) -> Bool = {
      $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\r\n"
    }
    guard let first = text.firstIndex(where: { !blank($0) }),
      let last = text.lastIndex(where: { !blank($0) })
    else { return "" }
    return String(text[first...last])
  }
}

// Free functions rather than closures: libcurl calls them on the worker thread, and they
// must not capture anything (C function pointers).
private func curlWriteBody(
  data: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?
) -> Int {
  let length = size * count
  guard let data, let context else { return length }
  let accumulator = Unmanaged<ResponseAccumulator>.fromOpaque(context).takeUnretainedValue()
  accumulator.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length)
  return length
}

private func curlWriteHeader(
  data: UnsafeMutablePointer<CChar>?, size: Int, count: Int, context: UnsafeMutableRawPointer?
) -> Int {
  let length = size * count
  guard let data, let context else { return length }
  let accumulator = Unmanaged<ResponseAccumulator>.fromOpaque(context).takeUnretainedValue()
  let bytes = UnsafeRawBufferPointer(start: data, count: length)
  accumulator.receiveHeaderLine(String(decoding: bytes, as: UTF8.self))
  return length
}
