import ParapetCore

/// A named analysis written in Swift that a rule calls with `function:` for what a path
/// cannot say. It receives the value at the rule's path, the rule's `args`, the judged
/// resource and the whole inventory (policy documents and roles live in other resources).
public struct ConditionFunction: Sendable {
  /// What a function is given.
  public struct Call: Sendable {
    /// The value at the rule's `path`; nil when absent.
    public var value: JSONValue?
    /// The rule's `args` (an empty object when none).
    public var arguments: JSONValue
    /// The resource the rule judges (for `related`, the related resource).
    public var resource: Resource
    /// The scan's inventory.
    public var inventory: Inventory
    /// Results shared by every call of one rule-engine run, so that per-inventory work
    /// (which roles are administrators) is done once.
    public var memo: FunctionMemo

    /// A call.
    public init(
      value: JSONValue?, arguments: JSONValue, resource: Resource, inventory: Inventory,
      memo: FunctionMemo = FunctionMemo()
    ) {
      self.value = value
      self.arguments = arguments
      self.resource = resource
      self.inventory = inventory
      self.memo = memo
    }
  }

  /// What a function decided, and the values that decided it.
  public struct Result: Sendable {
    /// Whether the function's predicate holds.
    public var holds: Bool
    /// Deciding values, with paths relative to the value the function received.
    public var evidence: [Evidence]
    /// Why the function could not decide (a policy it needs could not be read); the rule
    /// then reports `not_evaluated` with this text instead of passing or failing.
    public var unknown: String?

    /// A result.
    public init(holds: Bool, evidence: [Evidence] = []) {
      self.holds = holds
      self.evidence = evidence
      self.unknown = nil
    }

    /// A result saying the data needed is missing, and why.
    public static func notEvaluated(_ reason: String) -> Result {
      var result = Result(holds: false)
      result.unknown = reason
      return result
    }
  }

  /// Name rules call it by.
  public var name: String
  /// One line on what it decides and its limits, for `parapet rules functions`.
  public var summary: String
  /// The function.
  public var body: @Sendable (_ call: Call) -> Result
  /// Arguments whose values are property paths the function reads from the resource it
  /// is given (`policy` of `resource_policy_exposure`).
  public var pathArguments: [String]
  /// Paths the function reads whatever its arguments, by the type of the resource it is
  /// given: each names the type read (that one, or one it looks up) and the path.
  public var reads: [String: [(type: String, path: String)]]
  /// Resource types the function reads from the inventory (the account's public access
  /// block, a principal's groups and policies), so that a rescan knows to judge the rule
  /// again when one of them changed: every type `reads` names.
  public var readsTypes: Set<String> {
    Set(reads.values.flatMap { $0.map(\.type) })
  }

  /// A function named `name`; `pathArguments` and `reads` declare what it reads beyond the
  /// rule's `path`, so that tests can hold those reads against collected data and a rescan
  /// knows which changes touch its verdicts.
  public init(
    name: String, summary: String, pathArguments: [String] = [],
    reads: [String: [(type: String, path: String)]] = [:],
    body: @escaping @Sendable (_ call: Call) -> Result
  ) {
    self.name = name
    self.summary = summary
    self.pathArguments = pathArguments
    self.reads = reads
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
    ExposureFunctions.resourcePolicyExposure, S3BucketExposure.function,
    IdentityFunctions.principalIsAdministrator, IdentityFunctions.policyIsAdministrator,
    IdentityFunctions.principalEscalationPaths, IdentityFunctions.policyAllows,
  ])
}
