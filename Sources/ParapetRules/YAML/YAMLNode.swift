import ParapetCore

/// One node of a YAML document, keeping the line it started on so that rule errors can
/// name the file and line a user must edit.
public struct YAMLNode: Sendable, Hashable {
  /// What the node holds.
  public enum Content: Sendable, Hashable {
    /// A scalar and whether it was written plain (only plain scalars resolve to
    /// booleans, numbers and null; quoted and block scalars stay strings).
    case scalar(String, plain: Bool)
    /// A block or flow sequence.
    case sequence([YAMLNode])
    /// A block or flow mapping, in document order.
    case mapping([YAMLEntry])
  }

  /// The node's content.
  public var content: Content
  /// 1-based line where the node starts.
  public var line: Int

  /// A node starting at `line`.
  public init(_ content: Content, line: Int) {
    self.content = content
    self.line = line
  }

  /// The scalar text, when this is a scalar.
  public var scalarText: String? {
    if case .scalar(let text, _) = content { return text }
    return nil
  }

  /// The elements, when this is a sequence.
  public var sequenceItems: [YAMLNode]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// The entries, when this is a mapping.
  public var mappingEntries: [YAMLEntry]? {
    if case .mapping(let entries) = content { return entries }
    return nil
  }

  /// The node as JSON, resolving plain scalars with the YAML 1.2 core schema.
  public var jsonValue: JSONValue {
    switch content {
    case .scalar(let text, let plain):
      return plain ? YAMLScalarResolver.resolve(text) : .string(text)
    case .sequence(let items):
      return .array(items.map(\.jsonValue))
    case .mapping(let entries):
      var members: [String: JSONValue] = [:]
      for entry in entries { members[entry.key] = entry.value.jsonValue }
      return .object(members)
    }
  }

  /// A short name of the node's kind for error messages.
  public var kindName: String {
    switch content {
    case .scalar: return "a scalar"
    case .sequence: return "a list"
    case .mapping: return "a mapping"
    }
  }
}

/// One key and value of a mapping; keys are scalars in rule files.
public struct YAMLEntry: Sendable, Hashable {
  /// The key's text.
  public var key: String
  /// Line of the key.
  public var line: Int
  /// The value.
  public var value: YAMLNode

  /// An entry.
  public init(key: String, line: Int, value: YAMLNode) {
    self.key = key
    self.line = line
    self.value = value
  }
}
