import Testing

@testable import ParapetCLI

/// Durations `--every` accepts, up to the longest one, in seconds.
@Suite struct WatchIntervalTests {
  @Test(arguments: [
    ("1s", 1.0), ("15m", 900), ("1h", 3_600), ("1d", 86_400), ("366d", 31_622_400),
    ("8784h", 31_622_400),
  ])
  func acceptsDurationsUpToTheLongest(_ text: String, _ seconds: Double) throws {
    #expect(try WatchInterval.seconds(text, option: "every") == seconds)
  }
}
