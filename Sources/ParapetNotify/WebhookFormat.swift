import Foundation
import ParapetCore

/// The message shapes a webhook can receive. Each renders the same `NotificationBatch`.
public enum WebhookFormat: String, Sendable, Hashable, CaseIterable {
  /// Parapet's own JSON document (`parapet.notification`, docs/MONITORING.md), for
  /// automation: every field of every listed finding.
  case generic
  /// A Slack incoming-webhook message: `text` for notifications and `blocks` for the
  /// channel.
  case slack
  /// A Microsoft Teams message carrying an Adaptive Card, as Teams incoming webhooks and
  /// Workflows accept it.
  case teams

  /// How many findings one message lists; the rest are counted. Chat services limit a
  /// message's size (Slack: 50 blocks), and a long list is not read anyway.
  public var listLimit: Int {
    switch self {
    case .generic: return 100
    case .slack, .teams: return 20
    }
  }

  /// The JSON document for `batch`.
  public func payload(_ batch: NotificationBatch) -> JSONValue {
    switch self {
    case .generic: return GenericPayload.render(batch, limit: listLimit)
    case .slack: return SlackMessage.render(batch, limit: listLimit)
    case .teams: return TeamsMessage.render(batch, limit: listLimit)
    }
  }

  /// The request body for `batch`: the payload as compact JSON with sorted keys.
  public func body(_ batch: NotificationBatch) -> Data {
    Data(JSONWriter().string(payload(batch)).utf8)
  }
}
