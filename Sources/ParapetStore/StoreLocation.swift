import Foundation

/// Where scans are kept: a SQLite file (the default) or a PostgreSQL database shared by a
/// team. Chosen from `--store`.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
  /// A SQLite database file; its directory is created on open.
  case sqlite(path: String)
  /// A PostgreSQL connection URL (`postgres://user:pass@host:port/db`), passed to libpq.
  case postgres(url: String)

  /// Reads `--store`: nil or empty means the per-user default file, a `postgres://` or
  /// `postgresql://` URL means PostgreSQL, anything else is a SQLite file path.
  public static func parse(
    _ text: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> StoreLocation {
    guard let text, !text.isEmpty else {
      return .sqlite(path: defaultPath(environment: environment))
    }
    if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
      return .postgres(url: text)
    }
    return .sqlite(path: (text as NSString).expandingTildeInPath)
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
