import ParapetReport
import Testing

@Suite struct ProgressReporterTests {
  static func reporter(_ mode: ProgressReporter.Mode) -> (
    ProgressReporter, RecordingProgressSink, ManualClock
  ) {
    let sink = RecordingProgressSink()
    let clock = ManualClock(start: 100)
    let reporter = ProgressReporter(
      mode: mode, sink: sink, plainInterval: 15, now: { clock.now })
    return (reporter, sink, clock)
  }

  @Test func plainModeWritesAtMostOneLinePerInterval() async {
    let (reporter, sink, clock) = Self.reporter(.plain)

    await reporter.record(.planned(units: 4))
    await reporter.record(.serviceStarted(service: "s3", region: "us-east-1"))
    for _ in 0..<5 { await reporter.record(.callMade(service: "s3")) }
    #expect(sink.written == [])

    clock.advance(15)
    await reporter.record(.retried(service: "s3"))
    clock.advance(5)
    await reporter.record(.failed(service: "s3", region: "us-east-1", operation: "GetBucketAcl"))
    await reporter.record(.serviceFinished(service: "s3", region: "us-east-1"))
    await reporter.finish()

    #expect(
      sink.written == [
        "parapet: collecting: 0/4 done, 5 calls, 1 retries, 0 failed | s3 us-east-1\n"
      ])
    #expect(await reporter.statusLine() == "collecting: 1/4 done, 5 calls, 1 retries, 1 failed")
  }

  @Test func terminalModeRedrawsInPlaceAtMostTenTimesASecond() async {
    let (reporter, sink, clock) = Self.reporter(.terminal(width: 80))

    await reporter.record(.serviceStarted(service: "iam", region: "global"))
    clock.advance(0.06)
    await reporter.record(.callMade(service: "iam"))
    clock.advance(0.06)
    await reporter.record(.callMade(service: "iam"))
    await reporter.finish()

    #expect(
      sink.written == [
        "\rcollecting: 0 done, 0 calls, 0 retries, 0 failed | iam global\u{1B}[K",
        "\rcollecting: 0 done, 2 calls, 0 retries, 0 failed | iam global\u{1B}[K",
        "\r\u{1B}[K",
      ])
  }

  @Test func terminalLineIsCutToTheWidth() async {
    let (reporter, sink, _) = Self.reporter(.terminal(width: 30))
    await reporter.record(.serviceStarted(service: "ec2", region: "eu-west-1"))
    #expect(sink.written == ["\rcollecting: 0 done, 0 calls,…\u{1B}[K"])
  }

  @Test func quietModeWritesNothing() async {
    let (reporter, sink, clock) = Self.reporter(.quiet)
    await reporter.record(.serviceStarted(service: "s3", region: "us-east-1"))
    clock.advance(60)
    await reporter.record(.callMade(service: "s3"))
    await reporter.finish()
    #expect(sink.written == [])
  }

  @Test func modeFollowsQuietFlagAndTerminal() {
    #expect(ProgressReporter.Mode.choose(quiet: true, isTerminal: true, width: 80) == .quiet)
    #expect(
      ProgressReporter.Mode.choose(quiet: false, isTerminal: true, width: 80)
        == .terminal(width: 80))
    #expect(ProgressReporter.Mode.choose(quiet: false, isTerminal: false, width: 80) == .plain)
  }
}
