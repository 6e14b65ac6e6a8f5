import Foundation
import ParapetStore

/// Opens the history store named on the command line, turning its errors into one line
/// that names the store.
enum StoreAccess {
  /// The store at `location` (a SQLite path or a postgres:// URL), or the per-user default.
  static func open(_ location: String?, environment: [String: String]) throws -> any ScanStore {
    let parsed = try Self.location(location, environment: environment)
    if case .sqlite(let path) = parsed {
      let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
      try? FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true)
    }
    do {
      return try openScanStore(parsed)
    } catch {
      // The store's own message may name it already; the user reads the location once.
      let reason = "\(error)"
      guard !reason.contains("\(parsed)") else { throw CommandError(reason) }
      throw CommandError("cannot open the history store \(parsed): \(reason)")
    }
  }

  /// The store at `location` for a command that records there (scan, watch, rescan): one
  /// it cannot write is an error now, not after a whole scan. `existing` as for
  /// `openExisting`, for a rescan.
  static func openForRecording(
    _ location: String?, environment: [String: String], existing: Bool = false
  ) throws -> any ScanStore {
    let store =
      existing
      ? try openExisting(location, environment: environment)
      : try open(location, environment: environment)
    if let reason = store.whyReadOnly() {
      let parsed = try Self.location(location, environment: environment)
      throw CommandError(
        "cannot record in the history store \(parsed): \(reason); make it writable, "
          + "choose another with --store, or pass --no-store")
    }
    return store
  }

  /// The store at `location` for a command that reads what scans recorded there (history,
  /// diff, a rescan, `fix --scan`): a SQLite file that does not exist is an error saying
  /// what to run first, never a new empty store left behind.
  static func openExisting(
    _ location: String?, environment: [String: String]
  ) throws -> any ScanStore {
    let parsed = try Self.location(location, environment: environment)
    if case .sqlite(let path) = parsed, !FileManager.default.fileExists(atPath: path) {
      let option = location.map { " --store \($0)" } ?? ""
      throw CommandError(
        "there is no history store at \(path); record a scan there first with "
          + "'parapet scan aws\(option)'")
    }
    return try open(location, environment: environment)
  }

  /// `--store`'s value read as a store location; a usage error when it names none that
  /// Parapet can open. Never repeats the value: a URL may hold a password.
  static func location(
    _ text: String?, environment: [String: String]
  ) throws -> StoreLocation {
    do {
      return try StoreLocation.parse(text, environment: environment)
    } catch .empty {
      throw UsageError(
        "--store is empty; give a SQLite file path or a postgres:// URL, or leave --store out "
          + "for the default store")
    } catch .unsupportedScheme(let scheme) {
      throw UsageError(
        "unsupported store scheme '\(scheme)' in --store; use a SQLite file path or a "
          + "postgres:// URL")
    }
  }

  /// `--store`'s value, checked when the command line is parsed so that a bad one is a
  /// usage error before anything is read, created or called; nil stays nil.
  static func checked(_ text: String?) throws -> String? {
    guard let text else { return nil }
    _ = try location(text, environment: [:])
    return text
  }

  /// Records a finished run (a scan, or detection alerts) in the store at `location`.
  static func record(
    _ scan: ScanRecord, in location: String?, environment: [String: String]
  ) throws {
    _ = try open(location, environment: environment).record(scan)
  }
}
