import ParapetCore
import Testing

@testable import ParapetDetect

@Suite struct StatefulDetectionTests {
  func time(_ second: Int) -> String {
    let minute = second / 60
    return "2024-05-01T\(String(format: "%02d", 10 + minute / 60)):"
      + "\(String(format: "%02d", minute % 60)):\(String(format: "%02d", second % 60))Z"
  }

  @Test func deniedBurstNeedsThresholdWithinWindow() {
    var options = DetectionOptions()
    options.deniedBurstThreshold = 5
    options.deniedBurstWindow = 60
    let denied = { (second: Int) in
      TrailEvent.record(
        "ListBuckets", source: "s3.amazonaws.com", time: time(second),
        extra: #","errorCode":"AccessDenied""#)
    }
    let spread = TrailEvent.detect((0..<5).map { denied($0 * 30) }, options: options)
    #expect(TrailEvent.ids(spread) == [])

    let burst = TrailEvent.detect((0..<8).map { denied($0 * 5) }, options: options)
    #expect(TrailEvent.ids(burst) == ["denied_call_burst"])
    #expect(burst.findings.first?.evidence.first?.value?["eventCount"] == 4)
  }

  @Test func listingBurstGroupsIntoOneAlert() {
    var options = DetectionOptions()
    options.listingBurstThreshold = 10
    options.listingBurstWindow = 60
    let calls = (0..<40).map {
      TrailEvent.record("DescribeInstances", source: "ec2.amazonaws.com", time: time($0))
    }
    let report = TrailEvent.detect(calls, options: options)
    #expect(TrailEvent.ids(report) == ["listing_call_burst"])
    #expect(report.findings.first?.evidence.first?.value?["eventCount"] == 31)
  }

  @Test func newRegionAlertsOnlyAfterBaseline() {
    var options = DetectionOptions()
    options.baselinePeriod = 600
    let record = { (second: Int, region: String) in
      TrailEvent.record("GetUser", source: "iam.amazonaws.com", time: time(second), region: region)
    }
    let report = TrailEvent.detect(
      [
        record(0, "us-east-1"), record(60, "eu-west-1"), record(900, "ap-south-1"),
        record(960, "ap-south-1"),
      ], options: options)
    #expect(TrailEvent.ids(report) == ["new_region_for_identity"])
    #expect(report.findings.first?.message.hasSuffix("region ap-south-1") == true)
  }

  @Test func newNetworkAlertsOncePerNetwork() {
    var options = DetectionOptions()
    options.baselinePeriod = 600
    let record = { (second: Int, ip: String) in
      TrailEvent.record("GetUser", source: "iam.amazonaws.com", time: time(second), ip: ip)
    }
    let report = TrailEvent.detect(
      [
        record(0, "198.51.100.7"), record(900, "198.51.100.99"), record(950, "203.0.113.5"),
        record(1000, "ec2.amazonaws.com"),
      ], options: options)
    #expect(TrailEvent.ids(report) == ["new_network_for_identity"])
    #expect(report.findings.first?.message.hasSuffix("network 203.0.113.0/24") == true)
  }

  @Test(
    arguments: [
      ("198.51.100.7", "198.51.100.0/24"), ("2001:db8:1:2::5", "2001:db8:1::/48"),
      ("ec2.amazonaws.com", nil), ("AWS Internal", nil),
    ] as [(String, String?)])
  func networkPrefix(_ address: String, _ expected: String?) {
    #expect(BuiltinDetector.network(address) == expected)
  }

  @Test func lambdaCreatedWithRoleThenInvoked() {
    let create = TrailEvent.record(
      "CreateFunction20150331", source: "lambda.amazonaws.com", time: time(0),
      params: #"{"functionName":"f","role":"arn:aws:iam::111122223333:role/admin"}"#, id: "c")
    let invoke = TrailEvent.record(
      "Invoke", source: "lambda.amazonaws.com", time: time(120), id: "i")
    let report = TrailEvent.detect([create, invoke])
    #expect(TrailEvent.ids(report) == ["lambda_passrole_escalation"])
    let ids = report.findings.first?.evidence.dropFirst().map { $0.value?["eventID"] }
    #expect(ids == ["c", "i"])

    let late = TrailEvent.record("Invoke", source: "lambda.amazonaws.com", time: time(7200))
    #expect(TrailEvent.ids(TrailEvent.detect([create, late])) == [])
  }

  @Test func incidentsSplitOnGapAndCapStoredEvents() throws {
    var options = DetectionOptions()
    options.maxEventsPerAlert = 50
    let root = { (second: Int) in
      TrailEvent.record(
        "GetAccountSummary", source: "iam.amazonaws.com", identity: TrailEvent.root,
        time: time(second))
    }
    let records = (0..<120).map { root($0 * 10) } + [root(3 * 3600)]
    let report = TrailEvent.detect(records)
    #expect(report.findings.count == 2)
    let first = try #require(report.findings.first)
    #expect(first.evidence.first?.value?["eventCount"] == 120)
    #expect(first.evidence.first?.value?["storedEvents"] == 50)
    #expect(first.evidence.count == 51)
    #expect(report.findings.last?.evidence.first?.value?["eventCount"] == 1)
  }

  @Test func windowStateStaysBoundedOverALongStream() {
    var options = DetectionOptions()
    options.deniedBurstThreshold = 5
    options.deniedBurstWindow = 60
    options.maxTrackedIdentities = 1000
    var session = DetectionSession(options: options)
    var peaks: [Int] = []
    for batch in 0..<30 {
      let records = (0..<1000).map { index -> String in
        let second = batch * 1000 + index
        return TrailEvent.record(
          "ListUsers", source: "iam.amazonaws.com", identity: TrailEvent.user("u\(second % 3000)"),
          time: time(second), extra: #","errorCode":"AccessDenied""#)
      }
      session.ingest(bytes: Array(TrailEvent.file(records).utf8), label: "b\(batch).json")
      peaks.append(session.stateSize)
    }
    let report = session.finish()
    #expect(report.statistics.events == 30_000)
    #expect(report.statistics.untrackedIdentities == 1000)
    // Baselines stop at 1,000 identities; each counter holds the keys of its window plus
    // at most 4,096 stale ones between sweeps (one time each here).
    #expect(peaks.max() ?? 0 <= 1000 + 2 * 4096 + 61 + 301)
    #expect(peaks.suffix(10).max() ?? 0 <= (peaks.prefix(10).max() ?? 0) + 500)
  }
}
