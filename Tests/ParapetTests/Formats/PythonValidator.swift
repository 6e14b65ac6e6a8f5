import Foundation

/// Runs the project venv's Python to check outputs with real consumers: `jsonschema` for
/// JSON Schemas, `ocsf-json-schema` for OCSF events, botocore's Security Hub model for ASFF,
/// `junitparser` for JUnit XML. All are installed by scripts/setup.
enum PythonValidator {
  /// The repository root, found from this file's path.
  static var repository: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
  }

  /// `<repo>/.venv/bin/python`, or `PARAPET_VENV`'s python when that is set.
  static var python: String {
    if let venv = ProcessInfo.processInfo.environment["PARAPET_VENV"] {
      return venv + "/bin/python"
    }
    return repository.appendingPathComponent(".venv/bin/python").path
  }

  /// Validates `document` against the JSON Schema at `schemaPath` with the draft the schema
  /// names in `$schema` (2020-12 when it names none), formats checked, and returns one line
  /// per error, `<path>: <message>`, sorted; empty when valid.
  static func schemaErrors(document: String, schemaPath: String) throws -> [String] {
    let script = """
      import json, sys
      from jsonschema import Draft202012Validator, FormatChecker, validators
      schema = json.load(open(sys.argv[1]))
      document = json.loads(sys.stdin.read())
      cls = validators.validator_for(schema, default=Draft202012Validator)
      cls.check_schema(schema)
      validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
      errors = sorted(
          "/".join(str(p) for p in e.absolute_path) + ": " + e.message
          for e in validator.iter_errors(document))
      print("\\n".join(errors))
      """
    let output = try run(script, arguments: [schemaPath], input: document)
    return output.split(separator: "\n").map(String.init)
  }

  /// Runs `script` with `arguments`, feeding `input` on stdin; returns stdout.
  static func run(_ script: String, arguments: [String], input: String) throws -> String {
    guard FileManager.default.isExecutableFile(atPath: python) else {
      throw ValidatorMissing(path: python)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = ["-c", script] + arguments
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()

    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw ValidatorFailed(stderr: String(decoding: err, as: UTF8.self))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The official SARIF 2.1.0 schema, vendored in `Fixtures/Schemas` (its README says
  /// where it comes from).
  static var sarifSchema: String {
    Fixture.path("Schemas/sarif-schema-2.1.0.json")
  }

  /// The path of a schema in `docs/schema`.
  static func docsSchema(_ name: String) -> String {
    repository.appendingPathComponent("docs/schema/" + name).path
  }
}

struct ValidatorMissing: Error, CustomStringConvertible {
  let path: String
  var description: String { "\(path) not found; run scripts/setup to create the venv" }
}

struct ValidatorFailed: Error, CustomStringConvertible {
  let stderr: String
  var description: String { "validator failed: \(stderr)" }
}
