/// Why the store could not do what was asked; messages name the store and the operation
/// and say what to do next. Never contains a database password.
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
  /// One-line message for users.
  public let message: String

  /// An error with `message`.
  public init(_ message: String) {
    self.message = message
  }

  /// The message.
  public var description: String { message }
}
