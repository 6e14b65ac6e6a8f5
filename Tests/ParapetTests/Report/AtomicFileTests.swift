import Foundation
import ParapetReport
import Testing

@Suite struct AtomicFileTests {
  @Test func replacesAnExistingFileWhole() throws {
    let directory = try ReportFixtures.temporaryDirectory()
    let path = directory + "/report.json"
    try AtomicFile.write("old", to: path)

    try AtomicFile.write("new content", to: path)

    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["report.json"])
  }

  @Test func missingDirectoryFailsNamingThePath() throws {
    let directory = try ReportFixtures.temporaryDirectory()
    let blocker = directory + "/not-a-directory"
    try AtomicFile.write("x", to: blocker)
    let path = blocker + "/findings.json"

    #expect(throws: ReportError.cannotWrite(path: path, reason: "Not a directory")) {
      try AtomicFile.write("{}", to: path)
    }
    let error = ReportError.cannotWrite(path: path, reason: "Not a directory")
    #expect(
      error.description
        == "cannot write report file \(path): Not a directory; check that the directory is "
        + "writable and has free space, or choose another output directory")
  }

  @Test func failedRenameRemovesTheTemporaryFile() throws {
    let directory = try ReportFixtures.temporaryDirectory()
    let path = directory + "/findings.json"
    // A non-empty directory at the target makes the final rename fail after the bytes
    // were written to the temporary file.
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    try AtomicFile.write("keep", to: path + "/inside")

    #expect(throws: ReportError.cannotWrite(path: path, reason: "Is a directory")) {
      try AtomicFile.write("{}", to: path)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["findings.json"])
  }
}
