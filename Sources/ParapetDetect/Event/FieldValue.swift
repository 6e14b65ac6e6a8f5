/// A field of one event as rules see it.
enum FieldValue: Sendable, Hashable {
  /// The path does not exist in the event.
  case missing
  /// The path holds JSON null.
  case null
  /// A string (decoded), or a number or boolean as its JSON text.
  case scalar(String)
  /// An array, or several values reached through arrays on the path; composite elements
  /// appear as their JSON text.
  case list([String])
  /// An object, as its JSON text.
  case composite(String)

  /// The texts a matcher compares: one for a scalar or composite, each element of a list.
  var texts: [String] {
    switch self {
    case .missing, .null: return []
    case .scalar(let text), .composite(let text): return [text]
    case .list(let items): return items
    }
  }

  /// The text of a scalar, nil otherwise.
  var scalarText: String? {
    if case .scalar(let text) = self { return text }
    return nil
  }
}
