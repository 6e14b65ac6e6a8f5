import Foundation
import ParapetCore

/// Everything an `AWSClient` depends on, injected so tests and the CLI choose each part.
public struct AWSClientConfiguration: Sendable {
  /// Source of signing credentials; an empty access key id sends requests unsigned.
  public var credentials: any CredentialProvider
  /// The user's explicit endpoint (`--endpoint-url`); wins over the environment.
  public var endpointOverride: URL?
  /// Environment variables consulted for `AWS_ENDPOINT_URL[_<SERVICE>]`.
  public var environment: [String: String]
  /// The network; `CurlTransport` by default (see there for why not URLSession).
  public var transport: any HTTPTransport
  /// Where the client logs (debug per call, info per retry).
  public var logger: Logger
  /// Retry rules.
  public var retryPolicy: RetryPolicy
  /// Calls per second per service and region, unless listed in `serviceRates`. The default
  /// (200) stays under the control-plane rates AWS documents for the describe calls a scan
  /// makes; throttling beyond it is handled by backoff.
  public var requestsPerSecond: Double
  /// Per-service rate overrides keyed by endpoint prefix (`iam`: 10).
  public var serviceRates: [String: Double]

  /// Rates that differ from `requestsPerSecond` by default. S3 documents at least 5,500
  /// reads per second per bucket prefix, and a scan reads each bucket's settings from
  /// that bucket, so 200 per second would pace the scan far below what S3 serves.
  public static let defaultServiceRates: [String: Double] = ["s3": 1_000]
  /// Waits between retries and for rate-limit tokens.
  public var sleeper: any Sleeper
  /// Wall clock for `X-Amz-Date`.
  public var clock: @Sendable () -> Date

  /// A configuration; only `credentials` is required.
  public init(
    credentials: any CredentialProvider, endpointOverride: URL? = nil,
    environment: [String: String] = [:], transport: any HTTPTransport = CurlTransport(),
    logger: Logger = .disabled, retryPolicy: RetryPolicy = RetryPolicy(),
    requestsPerSecond: Double = 200,
    serviceRates: [String: Double] = AWSClientConfiguration.defaultServiceRates,
    sleeper: any Sleeper = TaskSleeper(), clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.credentials = credentials
    self.endpointOverride = endpointOverride
    self.environment = environment
    self.transport = transport
    self.logger = logger
    self.retryPolicy = retryPolicy
    self.requestsPerSecond = requestsPerSecond
    self.serviceRates = serviceRates
    self.sleeper = sleeper
    self.clock = clock
  }
}
