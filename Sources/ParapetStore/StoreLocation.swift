import Foundation

/// Where scans are kept: a SQLite file (the default) or a PostgreSQL database shared by a
/// team. Chosen from `--store`.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
  /// A SQLite database file; its directory is created on open.
  case sqlite(path: String)
  /// A PostgreSQL connection URL (`postgres://user:pass@host:port/db`), passed to libpq.
  case postgres(url: String)

  /// Why a `--store` value names no store Parapet can open.
  public enum Problem: Error, Sendable, Equatable {
    /// The value is empty: a slip such as `--store "$UNSET"`, not a request for the default.
    case empty
    /// A URL of another database (`mysql://...`); as a path it would become a directory
    /// named `mysql:`.
    case unsupportedScheme(String)
  }

  /// Reads `--store`: nil means the per-user default file, a `postgres://` or
  /// `postgresql://` URL means PostgreSQL, another `scheme://` is refused, and anything
  /// else is a SQLite file path.
  public static func parse(
    _ text: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws(Problem) -> StoreLocation {
    guard let text else { return .sqlite(path: defaultPath(environment: environment)) }
    guard !text.isEmpty else { throw .empty }
    if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
      return .postgres(url: text)
    }
    if let scheme = urlScheme(text) { throw .unsupportedScheme(scheme) }
    return .sqlite(path: (text as NSString).expandingTildeInPath)
  }

  /// The scheme of `text` when it starts like a URL (`mysql://`), nil for a path. A scheme
  /// is a letter, then letters, digits, `+`, `-` or `.` (RFC 3986), so `./a://b` is a path.
  static func urlScheme(_ text: String) -> String? {
    guard let separator = text.range(of: "://") else { return nil }
    let scheme = text[..<separator.lowerBound]
    guard let first = scheme.first, first.isASCII, first.isLetter,
      scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
    else { return nil }
    return String(scheme)
  }

  /// `$XDG_DATA_HOME/parapet/parapet.db`, else `$HOME/.local/share/parapet/parapet.db`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
      return dataHome + "/parapet/parapet.db"
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/.local/share/parapet/parapet.db"
  }

  /// The location for messages and logs: a PostgreSQL password shows as `***`.
  public var description: String {
    switch self {
    case .sqlite(let path): return path
    case .postgres(let url): return Self.redactingPassword(url)
    }
  }

  /// `url` with the password of its user-info part replaced by `***`.
  static func redactingPassword(_ url: String) -> String {
    guard let scheme = url.range(of: "://") else { return url }
    let rest = url[scheme.upperBound...]
    guard let at = rest.lastIndex(of: "@") else { return url }
    let userInfo = rest[..<at]
    guard let colon = userInfo.firstIndex(of: ":") else { return url }
    return String(url[..<scheme.upperBound]) + userInfo[..<colon] + ":***" + rest[at...]
  }
}
