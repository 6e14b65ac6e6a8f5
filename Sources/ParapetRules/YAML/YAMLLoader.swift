import CYAML

/// Reads YAML text into a `YAMLNode` tree through libyaml's event API, resolving anchors
/// and aliases and keeping every node's line.
public enum YAMLLoader {
  /// Parses the single document in `text`; `file` only labels errors. An empty stream
  /// yields nil.
  public static func load(_ text: String, file: String) throws(YAMLError) -> YAMLNode? {
    var bytes = Array(text.utf8)
    if bytes.isEmpty { bytes = [0x0a] }
    return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> YAMLNode? in
      var reader = EventReader(file: file)
      guard let base = buffer.baseAddress else { return nil }
      yaml_parser_set_input_string(&reader.parser, base, buffer.count)
      defer { yaml_parser_delete(&reader.parser) }
      return try reader.readStream()
    }
  }
}

/// A parsed event copied out of libyaml's struct so the C event can be freed at once.
private enum Event {
  case streamStart, streamEnd, documentStart, documentEnd
  case scalar(String, plain: Bool, anchor: String?, line: Int)
  case sequenceStart(anchor: String?, line: Int)
  case mappingStart(anchor: String?, line: Int)
  case sequenceEnd, mappingEnd
  case alias(String, line: Int)
}

private struct EventReader {
  /// Sequences and mappings nest at most this deep: the tree is built and freed by
  /// recursion, and a hostile file of a few kilobytes would otherwise crash the process.
  static let maximumDepth = 512

  let file: String
  var parser = yaml_parser_t()
  var anchors: [String: YAMLNode] = [:]

  init(file: String) {
    self.file = file
    yaml_parser_initialize(&parser)
  }

  mutating func readStream() throws(YAMLError) -> YAMLNode? {
    guard case .streamStart = try next() else { throw error(1, "expected a YAML stream") }
    var document: YAMLNode?
    while true {
      switch try next() {
      case .streamEnd:
        return document
      case .documentStart:
        guard document == nil else {
          throw error(Int(parser.mark.line) + 1, "more than one YAML document; put one per file")
        }
        document = try readNode(try next(), depth: 0)
        guard case .documentEnd = try next() else { throw error(1, "expected document end") }
      default:
        throw error(Int(parser.mark.line) + 1, "unexpected YAML event")
      }
    }
  }

  mutating func readNode(_ event: Event, depth: Int) throws(YAMLError) -> YAMLNode {
    switch event {
    case .scalar(let text, let plain, let anchor, let line):
      return remember(YAMLNode(.scalar(text, plain: plain), line: line), as: anchor)

    case .alias(let name, let line):
      guard let node = anchors[name] else { throw error(line, "unknown alias '*\(name)'") }
      return node

    case .sequenceStart(let anchor, let line):
      try checkDepth(depth, line)
      var items: [YAMLNode] = []
      while true {
        let event = try next()
        if case .sequenceEnd = event { break }
        items.append(try readNode(event, depth: depth + 1))
      }
      return remember(YAMLNode(.sequence(items), line: line), as: anchor)

    case .mappingStart(let anchor, let line):
      try checkDepth(depth, line)
      var entries: [YAMLEntry] = []
      while true {
        let event = try next()
        if case .mappingEnd = event { break }
        let key = try readNode(event, depth: depth + 1)
        guard let name = key.scalarText else {
          throw error(key.line, "mapping keys must be scalars, found \(key.kindName)")
        }
        guard !entries.contains(where: { $0.key == name }) else {
          throw error(key.line, "duplicate key '\(name)'")
        }
        entries.append(
          YAMLEntry(key: name, line: key.line, value: try readNode(try next(), depth: depth + 1)))
      }
      return remember(YAMLNode(.mapping(entries), line: line), as: anchor)

    default:
      throw error(Int(parser.mark.line) + 1, "unexpected YAML event")
    }
  }

  func checkDepth(_ depth: Int, _ line: Int) throws(YAMLError) {
    guard depth >= Self.maximumDepth else { return }
    throw error(line, "sequences and mappings nest more than \(Self.maximumDepth) deep")
  }

  mutating func remember(_ node: YAMLNode, as anchor: String?) -> YAMLNode {
    if let anchor { anchors[anchor] = node }
    return node
  }

  mutating func next() throws(YAMLError) -> Event {
    var event = yaml_event_t()
    guard yaml_parser_parse(&parser, &event) == 1 else {
      let problem = parser.problem.map { String(cString: $0) } ?? "unreadable YAML"
      let context = parser.context.map { String(cString: $0) + ": " } ?? ""
      throw error(Int(parser.problem_mark.line) + 1, "invalid YAML: \(context)\(problem)")
    }
    defer { yaml_event_delete(&event) }
    let line = Int(event.start_mark.line) + 1

    switch event.type {
    case YAML_STREAM_START_EVENT: return .streamStart
    case YAML_STREAM_END_EVENT: return .streamEnd
    case YAML_DOCUMENT_START_EVENT: return .documentStart
    case YAML_DOCUMENT_END_EVENT: return .documentEnd
    case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
    case YAML_MAPPING_END_EVENT: return .mappingEnd
    case YAML_ALIAS_EVENT:
      return .alias(Self.text(event.data.alias.anchor) ?? "", line: line)
    case YAML_SEQUENCE_START_EVENT:
      return .sequenceStart(anchor: Self.text(event.data.sequence_start.anchor), line: line)
    case YAML_MAPPING_START_EVENT:
      return .mappingStart(anchor: Self.text(event.data.mapping_start.anchor), line: line)
    default:
      let scalar = event.data.scalar
      let value = UnsafeBufferPointer(start: scalar.value, count: scalar.length)
      let tag = Self.text(scalar.tag)
      let plain =
        scalar.style == YAML_PLAIN_SCALAR_STYLE && (tag == nil || tag == "!")
        && tag != "tag:yaml.org,2002:str"
      return .scalar(
        String(decoding: value, as: UTF8.self), plain: plain,
        anchor: Self.text(scalar.anchor), line: line)
    }
  }

  static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  func error(_ line: Int, _ message: String) -> YAMLError {
    YAMLError(file: file, line: line, message: message)
  }
}
