import Foundation
import Testing

/// What a scan of the shared moto says and returns when its data is missing, its options
/// repeat, or it is asked to be quiet.
@Suite struct ScanOutcomeTests {
  /// Runs `parapet scan aws arguments...` against the shared moto with test credentials,
  /// writing into a fresh directory; with `deadS3`, S3 alone answers from a closed port.
  private func scan(
    _ arguments: [String], deadS3: Bool = false
  ) async throws -> (outcome: ParapetProcess.Outcome, output: String) {
    let endpoint = try await MotoServer.shared.endpoint().absoluteString
    let output = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("scan-outcome")).path
    var environment = ParapetProcess.isolatedEnvironment([
      "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
      "AWS_ENDPOINT_URL": endpoint,
    ])
    if deadS3 { environment["AWS_ENDPOINT_URL_S3"] = "http://127.0.0.1:1" }
    let outcome = try await ParapetProcess.run(
      ["scan", "aws"] + arguments + ["--no-store", "--output-dir", output],
      environment: environment)
    return (outcome, output)
  }

  /// A scan whose every check lacked its data is a failed run, not a clean one.
  @Test func aScanThatCouldReadNothingExitsOne() async throws {
    let (outcome, output) = try await scan(
      ["--region", "us-east-1", "--service", "s3", "--checks", "aws.s3.bucket_*"],
      deadS3: true)

    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("parapet: error: no check could be evaluated: "))
    #expect(outcome.stdout.contains("not evaluated"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: output).count == 1)
  }

  /// List options name each value once, however often it is given.
  @Test func aRegionGivenTwiceIsScannedOnce() async throws {
    let (outcome, _) = try await scan([
      "--region", "us-east-1", "--region", "us-east-1,us-east-1", "--service", "s3,s3",
    ])

    #expect([0, 3].contains(outcome.status), "\(outcome.stderr)")
    #expect(outcome.stdout.contains("Regions:  us-east-1\n"), "\(outcome.stdout)")
  }

  /// `--quiet` means errors only: no region configured is a warning it leaves out.
  @Test func quietLeavesOutWarnings() async throws {
    let (outcome, _) = try await scan(["--service", "s3", "--quiet"])

    #expect([0, 3].contains(outcome.status), "\(outcome.stderr)")
    #expect(outcome.stderr == "")
    #expect(outcome.stdout == "")
  }

  /// Quiet hid that a scan was partial: exit 0 or 3 and nothing on either stream.
  @Test func quietStillSaysWhenCallsFailed() async throws {
    let (outcome, _) = try await scan(
      ["--region", "us-east-1", "--service", "s3,iam", "--quiet"], deadS3: true)

    #expect([0, 3].contains(outcome.status), "\(outcome.stderr)")
    #expect(outcome.stdout == "")
    #expect(outcome.stderr.hasPrefix("parapet: warning: "))
    #expect(
      outcome.stderr.hasSuffix(
        " collection call(s) failed, so some checks were not evaluated; the reports list them\n"))
  }
}
