import Foundation
import ParapetStore
import Testing

/// A history store the user cannot write fails a scan before it starts, not after a whole
/// scan's worth of calls with its summary lost.
@Suite struct ReadOnlyStoreTests {
  @Test func aReadOnlyStoreFailsTheScanBeforeAnyCall() async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent(MotoServer.uniqueName("read-only-store"))
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let store = directory.appendingPathComponent("parapet.db").path
    let output = directory.appendingPathComponent("reports").path
    // Made, then write-protected; root ignores file modes, so as root the
    // scan runs as nobody.
    _ = try openScanStore(.sqlite(path: store))
    try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: directory.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: store)

    var command = [
      ParapetProcess.binary.path, "scan", "aws", "--region", "us-east-1", "--service", "s3",
      "--store", store, "--output-dir", output, "--endpoint-url", "http://127.0.0.1:1",
    ]
    if geteuid() == 0 {
      command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.environment = ParapetProcess.isolatedEnvironment([
      "HOME": directory.path, "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
    ])
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()

    #expect(process.terminationStatus == 1)
    #expect(
      stderr
        == "parapet: error: cannot record in the history store \(store): the file is "
        + "read-only; make it writable, choose another with --store, or pass --no-store\n")
    #expect(!FileManager.default.fileExists(atPath: output))
  }
}
