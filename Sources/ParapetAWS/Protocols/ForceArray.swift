import ParapetCore

extension JSONValue {
  /// A copy where the values at `paths` are arrays, because XML cannot tell a one-element
  /// list (or an empty one) from a scalar.
  ///
  /// A path is dotted object keys (`Buckets.Bucket`); arrays met on the way are walked into
  /// element by element (`SecurityGroups.IpPermissions.IpRanges`). At the end of a path a
  /// single value becomes a one-element array, `""` and `null` become `[]`, and an array
  /// stays as it is. Missing keys stay missing.
  public func forcingArrays(at paths: [String]) -> JSONValue {
    paths.reduce(self) { value, path in
      value.forcingArray(at: path.split(separator: ".").map(String.init)[...])
    }
  }

  private func forcingArray(at keys: ArraySlice<String>) -> JSONValue {
    guard let key = keys.first else {
      switch self {
      case .null, .string(""): return .array([])
      case .array: return self
      default: return .array([self])
      }
    }
    if case .array(let items) = self {
      return .array(items.map { $0.forcingArray(at: keys) })
    }
    guard case .object(var members) = self, let child = members[key] else { return self }
    members[key] = child.forcingArray(at: keys.dropFirst())
    return .object(members)
  }
}
