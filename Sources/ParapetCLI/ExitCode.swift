/// Process exit codes, distinct so that CI can tell findings from failures.
public enum ExitCode: Int32, Sendable {
  /// The run completed and nothing failed at or above the `--fail-on` severity.
  case success = 0
  /// The run could not complete: a scanner, network or file error.
  case error = 1
  /// The command line was wrong.
  case usage = 2
  /// The run completed and findings failed at or above the `--fail-on` severity.
  case findingsFailed = 3
}
