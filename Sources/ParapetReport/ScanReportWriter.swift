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
  /// `findings.json`: Parapet's own schema (docs/OUTPUT.md, docs/schema/).
  case json
  /// `findings.csv`.
  case csv
  /// `findings.ocsf.json`: OCSF Detection Finding events.
  case ocsf
  /// `findings.asff.json`: AWS Security Finding Format for Security Hub.
  case asff
  /// `findings.sarif`: SARIF 2.1.0 for code-scanning dashboards.
  case sarif
  /// `findings.junit.xml`: JUnit XML for CI systems.
  case junit
  /// `summary.md`: a Markdown summary for pull-request comments.
  case markdown
  /// `report.html`: the self-contained HTML report, see `HTMLReport`.
  case html

  /// The file the format is written to inside the scan directory.
  public var fileName: String {
    switch self {
    case .json: return "findings.json"
    case .csv: return "findings.csv"
    case .ocsf: return "findings.ocsf.json"
    case .asff: return "findings.asff.json"
    case .sarif: return "findings.sarif"
    case .junit: return "findings.junit.xml"
    case .markdown: return "summary.md"
    case .html: return "report.html"
    }
  }

  /// The formats a scan writes when the user names none: the findings for machines and
  /// spreadsheets, and the HTML report for people.
  public static let defaults: Set<ReportFormat> = [.json, .csv, .html]

  /// Parses `--format` values: names separated by commas, repeated or not
  /// (`["json,sarif", "csv"]`); `all` names every format.
  ///
  /// - Throws: `ReportError.unknownFormat` naming the first unknown value and the choices.
  public static func parse(_ values: [String]) throws(ReportError) -> Set<ReportFormat> {
    var formats: Set<ReportFormat> = []
    for value in values {
      for name in value.split(separator: ",") {
        let trimmed = name.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == "all" {
          formats.formUnion(allCases)
          continue
        }
        guard let format = ReportFormat(rawValue: trimmed) else {
          throw .unknownFormat(trimmed, choices: allCases.map(\.rawValue) + ["all"])
        }
        formats.insert(format)
      }
    }
    return formats
  }

  /// The file's contents for `findings`. Only HTML reads `inventory` (resource counts and
  /// failed calls); without one it shows the findings alone.
  public func render(
    metadata: ScanMetadata, inventory: Inventory? = nil, findings: [Finding],
    checks: [String: CheckInfo], pretty: Bool
  ) -> String {
    switch self {
    case .json:
      return ReportDocuments.findingsText(metadata: metadata, findings: findings, pretty: pretty)
    case .csv:
      return FindingsCSV.render(findings)
    case .ocsf:
      return OCSFReport.render(
        findings: findings, metadata: metadata, checks: checks, pretty: pretty)
    case .asff:
      return ASFFReport.render(
        findings: findings, metadata: metadata, checks: checks, pretty: pretty)
    case .sarif:
      return SARIFReport.render(
        findings: findings, metadata: metadata, checks: checks, pretty: pretty)
    case .junit:
      return JUnitReport.render(findings: findings, metadata: metadata, checks: checks)
    case .markdown:
      return MarkdownSummary.render(findings: findings, metadata: metadata, checks: checks)
    case .html:
      return HTMLReport.render(
        metadata: metadata,
        inventory: inventory ?? Inventory(account: metadata.account, regions: metadata.regions),
        findings: findings, checks: checks)
    }
  }
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
  /// - Parameter checks: what the formats that explain checks (OCSF, ASFF, SARIF,
  ///   Markdown, HTML) say about each check, by id; a check missing here is described from its
  ///   findings alone.
  /// - Throws: `ReportError` naming the directory or file that could not be written.
  public func write(
    metadata: ScanMetadata, inventory: Inventory, findings: [Finding],
    formats: Set<ReportFormat> = ReportFormat.defaults, checks: [String: CheckInfo] = [:]
  ) throws(ReportError) -> ScanReportPaths {
    var paths = ScanReportPaths(directory: try createScanDirectory(metadata), files: [])
    try AtomicFile.write(
      ReportDocuments.inventoryText(metadata: metadata, inventory: inventory, pretty: prettyJSON),
      to: paths.inventory)
    paths.files.append("inventory.json")

    paths.files += try writeFindings(
      metadata: metadata, inventory: inventory, findings: findings, formats: formats,
      checks: checks, into: paths.directory)
    return paths
  }

  /// Writes the findings in each of `formats` into an existing `directory`, replacing
  /// files of the same name; for `parapet report`, which renders a finished scan again.
  /// Files are written in `ReportFormat.allCases` order.
  ///
  /// - Returns: the names of the files written, in writing order.
  /// - Throws: `ReportError.cannotWrite` naming the file that could not be written.
  public func writeFindings(
    metadata: ScanMetadata, inventory: Inventory? = nil, findings: [Finding],
    formats: Set<ReportFormat>, checks: [String: CheckInfo] = [:], into directory: String
  ) throws(ReportError) -> [String] {
    var written: [String] = []
    for format in ReportFormat.allCases where formats.contains(format) {
      let text = format.render(
        metadata: metadata, inventory: inventory, findings: findings, checks: checks,
        pretty: prettyJSON)
      try AtomicFile.write(text, to: directory + "/" + format.fileName)
      written.append(format.fileName)
    }
    return written
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
