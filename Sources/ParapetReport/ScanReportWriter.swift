import Foundation
import ParapetCore

/// Where one scan's reports were written.
public struct ScanReportPaths: Sendable, Hashable {
  /// The scan's own directory, `<output-dir>/<account>-<yyyyMMdd'T'HHmmss'Z'>`.
  public var directory: String
  /// `inventory.json`: metadata, resources and failed calls.
  public var inventory: String
  /// `findings.json`: metadata, counts and findings.
  public var findings: String
  /// `findings.csv`: one row per finding.
  public var csv: String
  /// `report.html`: the self-contained HTML report.
  public var html: String
  /// Names of the files actually written, in writing order.
  public var files: [String]

  /// The paths of the report files inside `directory`; `files` names those written.
  public init(
    directory: String, files: [String] = ["inventory.json", "findings.json", "findings.csv"]
  ) {
    self.directory = directory
    self.inventory = directory + "/inventory.json"
    self.findings = directory + "/findings.json"
    self.csv = directory + "/findings.csv"
    self.html = directory + "/report.html"
    self.files = files
  }
}

/// Report formats a scan can write besides the inventory.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  /// `findings.json`.
  case json
  /// `findings.csv`.
  case csv
  /// `report.html`, see `HTMLReport`.
  case html
}

/// Writes a finished scan's reports into a new directory of their own, each file whole or
/// not at all (see `AtomicFile`).
public struct ScanReportWriter: Sendable {
  /// Parent of the per-scan directories; created when missing.
  public var outputDirectory: String
  /// Indent the JSON files for reading; compact when false.
  public var prettyJSON: Bool

  /// A writer into `outputDirectory`.
  public init(outputDirectory: String, prettyJSON: Bool = true) {
    self.outputDirectory = outputDirectory
    self.prettyJSON = prettyJSON
  }

  /// Creates the scan directory and writes `inventory.json` (always: it is the scan's
  /// record) and the findings in each of `formats` into it.
  ///
  /// The directory is named after the account and the scan's UTC start time. Should it
  /// already exist (two scans of one account started in the same second), `-2`, `-3`, ...
  /// is appended rather than mixing two scans' files.
  ///
  /// `checks` supplies the explanation and remediation snippets the HTML report shows per
  /// check; other formats ignore it.
  ///
  /// - Throws: `ReportError` naming the directory or file that could not be written.
  public func write(
    metadata: ScanMetadata, inventory: Inventory, findings: [Finding],
    formats: Set<ReportFormat> = Set(ReportFormat.allCases),
    checks: [String: HTMLCheckInfo] = [:]
  ) throws(ReportError) -> ScanReportPaths {
    var paths = ScanReportPaths(directory: try createScanDirectory(metadata), files: [])
    let json = JSONWriter(pretty: prettyJSON)

    let inventoryDocument = ReportDocuments.inventory(metadata: metadata, inventory: inventory)
    try AtomicFile.write(json.string(inventoryDocument) + "\n", to: paths.inventory)
    paths.files.append("inventory.json")

    if formats.contains(.json) {
      let findingsDocument = ReportDocuments.findings(metadata: metadata, findings: findings)
      try AtomicFile.write(json.string(findingsDocument) + "\n", to: paths.findings)
      paths.files.append("findings.json")
    }
    if formats.contains(.csv) {
      try AtomicFile.write(FindingsCSV.render(findings), to: paths.csv)
      paths.files.append("findings.csv")
    }
    if formats.contains(.html) {
      let page = HTMLReport.render(
        metadata: metadata, inventory: inventory, findings: findings, checks: checks)
      try AtomicFile.write(page, to: paths.html)
      paths.files.append("report.html")
    }
    return paths
  }

  /// The directory name for a scan: `<account>-<yyyyMMdd'T'HHmmss'Z'>`.
  public static func directoryName(for metadata: ScanMetadata) -> String {
    let account = metadata.account.map { $0 == "/" ? "_" : $0 }
    return String(account) + "-" + UTCTimestamp.compact(metadata.startedAt)
  }

  private func createScanDirectory(_ metadata: ScanMetadata) throws(ReportError) -> String {
    let files = FileManager.default
    let base = outputDirectory + "/" + Self.directoryName(for: metadata)
    do {
      try files.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
    } catch {
      throw .cannotCreateDirectory(path: outputDirectory, reason: Self.reason(error))
    }

    for attempt in 1...100 {
      let candidate = attempt == 1 ? base : base + "-\(attempt)"
      guard !files.fileExists(atPath: candidate) else { continue }
      do {
        try files.createDirectory(atPath: candidate, withIntermediateDirectories: false)
        return candidate
      } catch {
        throw .cannotCreateDirectory(path: candidate, reason: Self.reason(error))
      }
    }
    throw .cannotCreateDirectory(
      path: base, reason: "100 directories of that name already exist")
  }

  /// The innermost POSIX reason when Foundation wraps one, else Foundation's text.
  private static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return nsError.localizedDescription
  }
}
