import ParapetStore
import Testing

/// Ages `history prune --keep` takes, and what is wrong with those it refuses.
@Suite struct RetentionPeriodTests {
  @Test(arguments: [
    ("90d", 7_776_000.0), ("12h", 43_200), ("2w", 1_209_600), ("1h", 3_600),
    ("36500d", 3_153_600_000), ("5214w", 3_153_427_200),
  ])
  func parsesAges(_ text: String, _ seconds: Double) throws {
    #expect(try RetentionPeriod(text).seconds == seconds)
  }

  @Test(arguments: [
    ("", RetentionPeriod.Problem.notAnAge), ("d", .notAnAge), ("90", .notAnAge),
    ("-1d", .notAnAge), ("+1d", .notAnAge), ("3y", .notAnAge), ("1s", .notAnAge),
    // One minute emptied a store whose owner meant a month.
    ("1m", .ambiguousUnit), ("15m", .ambiguousUnit),
    ("0d", .zero), ("0h", .zero), ("000w", .zero),
    // Used to be accepted, and crashed converting the cutoff to milliseconds.
    ("99999999999999d", .tooLong), ("36501d", .tooLong), ("99999999999999999999h", .tooLong),
  ])
  func refusesWhatIsNotAnAge(_ text: String, _ problem: RetentionPeriod.Problem) {
    #expect(throws: problem) { try RetentionPeriod(text) }
  }
}
