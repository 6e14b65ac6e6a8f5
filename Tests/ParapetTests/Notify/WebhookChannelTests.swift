import ParapetNotify
import Testing

/// Webhook URLs are secrets: what logs may show of them, and how bad ones are refused.
@Suite struct WebhookChannelTests {
  static let redactions: [(String, String)] = [
    ("https://hooks.slack.com/services/T0/B0/XyZ", "https://hooks.slack.com/***"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
    ("https://example.com/?token=abc", "https://example.com/***"),
    (
      "https://prod-00.westus.logic.azure.com:443/workflows/abc/triggers/manual?sig=x",
      "https://prod-00.westus.logic.azure.com:443/***"
    ),
    ("HTTPS://hooks.example.com/x", "https://hooks.example.com/***"),
  ]

  @Test(arguments: redactions)
  func redactedURLKeepsOnlySchemeHostAndPort(url: String, redacted: String) throws {
    #expect(try WebhookChannel(format: .generic, url: url).redactedURL == redacted)
  }

  static let refusals: [(String, String)] = [
    ("ftp://files.example.com/drop", "the URL must start with http:// or https://"),
    ("hooks.slack.com/services/T0", "the URL must start with http:// or https://"),
    ("not a url", "the URL must start with http:// or https://"),
    ("https:///services/T0", "the URL has no host name"),
  ]

  @Test(arguments: refusals)
  func badURLsAreRefusedWithoutRepeatingThem(url: String, reason: String) {
    #expect(throws: WebhookURLError(reason: reason)) {
      try WebhookChannel(format: .slack, url: url)
    }
  }

  @Test func channelIdIsTheFormatAndAHashOfTheURL() throws {
    let channel = try WebhookChannel(
      format: .slack, url: "https://hooks.slack.com/services/T0/B0/XyZ")

    // The first 16 hex digits of the URL's SHA-256 (hashlib.sha256(url).hexdigest()[:16]).
    #expect(channel.id == "slack:e022eae5b573b480")
  }
}
