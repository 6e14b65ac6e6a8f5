import Foundation
import ParapetCore
import ParapetDetect

/// The Sigma rules `parapet detect cloudtrail` runs: the bundled ones and those under each
/// `--rules` directory. A rule that does not load is a warning and the others run; a
/// directory that cannot be read, or a run left with no detection at all, stops before any
/// event is read, so that a typo never reports "0 alerts" for rules that never ran.
enum DetectionRules {
  /// Loads the Sigma rules; `builtins` says whether the built-in detections run beside
  /// them. `bundled` is the shipped rule set, a parameter so tests can do without it.
  static func sigma(
    directories: [String], builtins: Bool, bundled: SigmaLoadResult = SigmaLoader.bundled(),
    logger: Logger
  ) throws -> [SigmaRule] {
    for directory in directories {
      if let problem = unreadable(directory) { throw CommandError("\(directory): \(problem)") }
    }

    let results = [bundled] + directories.map { SigmaLoader.load(directory: $0) }
    let issues = results.flatMap(\.issues)
    for issue in issues {
      logger.warning("Sigma rule not loaded: \(issue)")
    }
    let rules = results.flatMap(\.rules)
    guard builtins || !rules.isEmpty else {
      let why =
        issues.isEmpty
        ? "no Sigma rule was found" : "every Sigma rule was rejected (see the warnings above)"
      throw CommandError(
        "no detection rule was loaded: --no-builtin turns the built-in detections off and "
          + "\(why); give --rules DIR with valid rules, or drop --no-builtin")
    }
    return rules
  }

  /// Why `directory` cannot be read as a directory of rules, nil when it can.
  private static func unreadable(_ directory: String) -> String? {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      return "no such directory; give a directory of Sigma rules (.yml or .yaml)"
    }
    guard isDirectory.boolValue else {
      return "not a directory; give a directory of Sigma rules (.yml or .yaml)"
    }
    guard FileManager.default.isReadableFile(atPath: directory) else {
      return "permission denied; check the directory's permissions"
    }
    return nil
  }
}
