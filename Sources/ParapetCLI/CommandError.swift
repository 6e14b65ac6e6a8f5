/// A run that cannot go on for a reason the user can fix (a missing file, a bad setting):
/// exit code 1 with one line saying what to do.
struct CommandError: Error, CustomStringConvertible {
  var description: String

  init(_ description: String) {
    self.description = description
  }
}
