import Foundation
import ParapetCore

/// Runs Debian's `chromium` headless against a local file, offline, and reports what the
/// page did: the DOM after its scripts ran, the console messages, and every network request
/// the page started.
///
/// Network requests are read from Chromium's own NetLog (`--log-net-log`), which records
/// each URL request the network service starts, before DNS, so an attempt is seen even
/// though `--host-resolver-rules` makes every host unresolvable (nothing leaves the
/// machine). Chromium also makes requests of its own (component updates, time queries);
/// those carry a network isolation key of their own site, while a page loaded from a file
/// gives its requests the key `file://`, so requests are attributed to the page by that
/// key. `HTMLReportBrowserTests` proves the attribution on a page that does fetch.
struct HeadlessChromium {
  struct Missing: Error, CustomStringConvertible {
    var description: String {
      "chromium is not installed: run `scripts/setup-browser` (or `make test`, which runs it) "
        + "to install Debian's chromium package, then run the tests again"
    }
  }

  struct Failed: Error, CustomStringConvertible {
    let description: String
  }

  /// What one page load produced.
  struct Load {
    /// `document.documentElement.outerHTML` once the load event fired.
    var dom: String
    /// Console messages (`INFO:CONSOLE` lines of Chromium's log).
    var console: [String]
    /// URLs of the requests the page itself started.
    var pageRequests: [String]
    /// Wall time of the whole browser run, in seconds.
    var seconds: Double
  }

  let executable: String

  /// Where `chromium` may be: each PATH directory, then /usr/bin.
  static var defaultCandidates: [String] {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { $0 + "/chromium" } + ["/usr/bin/chromium"]
  }

  /// The first executable of `candidates`; throws `Missing` with the setup step otherwise,
  /// so a machine without a browser fails the test rather than skipping it.
  static func locate(candidates: [String] = defaultCandidates) throws -> HeadlessChromium {
    guard let found = candidates.first(where: FileManager.default.isExecutableFile) else {
      throw Missing()
    }
    return HeadlessChromium(executable: found)
  }

  private static let common = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0",
  ]

  /// Loads `file` and returns its DOM, console and page requests.
  func load(_ file: String, work: String) throws -> Load {
    let netLog = work + "/netlog.json"
    let started = Date()
    let (stdout, stderr) = try run(
      Self.common + ["--log-net-log=" + netLog, "--dump-dom", "file://" + file], work: work)
    let seconds = Date().timeIntervalSince(started)

    let console = stderr.split(separator: "\n").filter { $0.contains(":INFO:CONSOLE") }
      .map(String.init)
    return Load(
      dom: stdout, console: console, pageRequests: try Self.pageRequests(netLog),
      seconds: seconds)
  }

  /// Saves a PNG of `file` at 1400 by 1000 pixels to `screenshot`.
  func screenshot(_ file: String, to screenshot: String, work: String) throws {
    _ = try run(
      Self.common + [
        "--screenshot=" + screenshot, "--window-size=1400,1000", "--hide-scrollbars",
        "file://" + file,
      ], work: work)
    guard FileManager.default.fileExists(atPath: screenshot) else {
      throw Failed(description: "chromium wrote no screenshot at \(screenshot)")
    }
  }

  /// URLs of `URL_REQUEST_START_JOB` events whose network isolation key is `file://`.
  static func pageRequests(_ netLog: String) throws -> [String] {
    let log = try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: netLog)))
    guard case .object(let types)? = log["constants"]?["logEventTypes"],
      let startJob = types["URL_REQUEST_START_JOB"]?.intValue,
      let events = log["events"]?.arrayValue
    else {
      throw Failed(description: "\(netLog) is not a NetLog with URL_REQUEST_START_JOB events")
    }
    return events.compactMap { event in
      guard event["type"]?.intValue == startJob,
        let params = event["params"],
        params["network_isolation_key"]?.stringValue?.hasPrefix("file://") == true
      else { return nil }
      return params["url"]?.stringValue ?? "?"
    }
  }

  /// Runs chromium with its output in files (a DOM dump can be tens of megabytes, more
  /// than a pipe holds), killing it after two minutes.
  private func run(_ arguments: [String], work: String) throws -> (String, String) {
    let outPath = work + "/chromium.out", errPath = work + "/chromium.err"
    FileManager.default.createFile(atPath: outPath, contents: nil)
    FileManager.default.createFile(atPath: errPath, contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    defer {
      try? out.close()
      try? err.close()
    }

    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments + ["--user-data-dir=" + work + "/profile"]
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      throw Failed(description: "chromium did not finish within 120 s: \(arguments)")
    }

    let stdout = try String(contentsOfFile: outPath, encoding: .utf8)
    let stderr = try String(contentsOfFile: errPath, encoding: .utf8)
    guard process.terminationStatus == 0 else {
      throw Failed(description: "chromium exited with \(process.terminationStatus): \(stderr)")
    }
    return (stdout, stderr)
  }
}
