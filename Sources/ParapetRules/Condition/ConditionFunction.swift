import ParapetCore

/// A named analysis written in Swift that a rule calls with `function:` for what a path
/// cannot say. It receives the value at the rule's path and the rule's `args`.
public struct ConditionFunction: Sendable {
  /// What a function decided, and the values that decided it.
  public struct Result: Sendable {
    /// Whether the function's predicate holds.
    public var holds: Bool
    /// Deciding values, with paths relative to the value the function received.
    public var evidence: [Evidence]

    /// A result.
    public init(holds: Bool, evidence: [Evidence] = []) {
      self.holds = holds
      self.evidence = evidence
    }
  }

  /// Name rules call it by.
  public var name: String
  /// One line on what it decides and its limits, for `parapet rules functions`.
  public var summary: String
  /// The function.
  public var body: @Sendable (_ value: JSONValue?, _ arguments: JSONValue) -> Result

  /// A function named `name`.
  public init(
    name: String, summary: String,
    body: @escaping @Sendable (_ value: JSONValue?, _ arguments: JSONValue) -> Result
  ) {
    self.name = name
    self.summary = summary
    self.body = body
  }
}

/// The functions rules may call, looked up by name when rules compile. Built-in functions
/// come from `standard`; callers may register more.
public struct FunctionRegistry: Sendable {
  /// Functions by name.
  public private(set) var functions: [String: ConditionFunction]

  /// A registry holding `functions`.
  public init(_ functions: [ConditionFunction] = []) {
    self.functions = [:]
    for function in functions { register(function) }
  }

  /// Adds `function`, replacing one with the same name.
  public mutating func register(_ function: ConditionFunction) {
    functions[function.name] = function
  }

  /// The function named `name`.
  public subscript(name: String) -> ConditionFunction? { functions[name] }

  /// The built-in functions.
  public static let standard = FunctionRegistry([
    PolicyStatementFunctions.publicPrincipal, PolicyStatementFunctions.fullAdmin,
  ])
}
