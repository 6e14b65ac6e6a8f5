import Foundation
import ParapetAWS

/// One webhook to notify: where, and in which message shape.
///
/// A webhook URL usually is its own credential (Slack and Teams put the secret in the
/// path), so the URL is never logged or stored: logs show `redactedURL` and the history
/// store keys the channel by `id`, a hash of the URL.
public struct WebhookChannel: Sendable, Hashable {
  /// The message shape.
  public var format: WebhookFormat
  /// Where messages are posted.
  public var url: URL

  /// A channel; throws when `text` is not an absolute http or https URL with a host. The
  /// error never repeats the URL.
  public init(format: WebhookFormat, url text: String) throws(WebhookURLError) {
    guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
      scheme == "http" || scheme == "https"
    else {
      throw WebhookURLError(reason: "the URL must start with http:// or https://")
    }
    guard let host = url.host, !host.isEmpty else {
      throw WebhookURLError(reason: "the URL has no host name")
    }
    self.format = format
    self.url = url
  }

  /// The URL as logs may show it: scheme, host and port, with the path and query (where
  /// services keep the secret) replaced by `***`.
  public var redactedURL: String {
    let scheme = url.scheme?.lowercased() ?? "https"
    var text = "\(scheme)://\(url.host ?? "")"
    if let port = url.port { text += ":\(port)" }
    let hidden = !url.path.isEmpty && url.path != "/" || url.query != nil
    return hidden ? text + "/***" : text
  }

  /// A stable name for the channel in the history store: the format and the first 16 hex
  /// digits of the URL's SHA-256, which identify it without revealing it.
  public var id: String {
    "\(format.rawValue):" + Digest.sha256Hex(Data(url.absoluteString.utf8)).prefix(16)
  }
}

/// A webhook URL that cannot be used; the message says why without repeating the URL.
public struct WebhookURLError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Why the URL was refused.
  public var reason: String

  /// An error saying `reason`.
  public init(reason: String) {
    self.reason = reason
  }

  /// The reason.
  public var description: String { reason }
}
