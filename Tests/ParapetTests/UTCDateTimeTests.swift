import Foundation
import ParapetCore
import Testing

/// The arithmetic UTC calendar against Foundation's, on the dates that trip calendars up.
@Suite struct UTCDateTimeTests {
  static func foundation(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"
    return formatter.string(from: date)
  }

  @Test(arguments: [
    ("1970-01-01T00:00:00Z", 0.0), ("1969-12-31T23:59:59Z", -0.5),
    ("2000-02-29T12:00:00Z", 951_825_600), ("2015-08-30T12:36:00Z", 1_440_938_160),
    ("2100-03-01T00:00:00Z", 4_107_542_400), ("1900-02-28T23:59:59Z", -2_203_891_201),
  ])
  func knownInstants(text: String, seconds: Double) {
    #expect(UTCDateTime(Date(timeIntervalSince1970: seconds)).iso8601 == text)
  }

  @Test func agreesWithFoundationOnEveryDayOverFourCenturies() {
    var mismatches: [String] = []
    // Every 86,400 s plus a drifting offset walks every day and many times of day.
    var seconds: Double = -2_208_988_800  // 1900-01-01
    while seconds < 10_413_792_000 {  // 2300-01-01
      let date = Date(timeIntervalSince1970: seconds)
      let ours = UTCDateTime(date).iso8601
      if ours != Self.foundation(date) { mismatches.append(ours) }
      seconds += 86_400 * 7 + 3_607
    }
    #expect(mismatches.isEmpty)
  }

  @Test func compactFormIsSigV4s() {
    #expect(UTCDateTime(Date(timeIntervalSince1970: 1_440_938_160)).compact == "20150830T123600Z")
  }
}
