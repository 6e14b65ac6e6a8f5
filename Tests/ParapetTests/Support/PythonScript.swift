import Foundation

/// Runs a fixture script with the venv's Python (boto3 and moto live there), for tests that
/// set an account up or change it through the AWS API as a user would.
enum PythonScript {
  /// The script's standard output; throws with its standard error when it exits non-zero.
  static func run(_ script: String, _ arguments: [String]) throws -> Data {
    let python = MotoServer.packageRoot.appendingPathComponent(".venv/bin/python").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script] + arguments
    process.environment = [
      "PATH": "/usr/bin:/bin", "AWS_ACCESS_KEY_ID": "testing",
      "AWS_SECRET_ACCESS_KEY": "testing", "AWS_CONFIG_FILE": "/dev/null",
      "AWS_SHARED_CREDENTIALS_FILE": "/dev/null",
    ]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    // Read stderr on another thread so that neither pipe can fill and block the script.
    let message = ErrorText()
    let reading = DispatchGroup()
    reading.enter()
    DispatchQueue.global().async {
      message.data = errors.fileHandleForReading.readDataToEndOfFile()
      reading.leave()
    }
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    reading.wait()
    guard process.terminationStatus == 0 else {
      throw HelperProcessFailed(
        message: "\((script as NSString).lastPathComponent) failed "
          + "(\(process.terminationStatus)): " + String(decoding: message.data, as: UTF8.self))
    }
    return printed
  }

  private final class ErrorText: @unchecked Sendable {
    var data = Data()
  }
}
