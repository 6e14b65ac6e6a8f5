import Foundation
import ParapetCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Turns an XML document into the shared `JSONValue` tree.
///
/// Rules: an element with child elements becomes an object keyed by child name, and
/// repeated children under one name become an array; an element whose children are all
/// `member` or all `item` becomes an array of them (the AWS list wrappers); a leaf becomes
/// its text as a string, `""` when empty. Attributes other than namespace declarations
/// become keys named by their local name with a capital first letter (`xsi:type` on an S3
/// `Grantee` becomes `Type`). XML cannot tell a one-element list from a scalar, nor an
/// empty list from an empty string: callers name their lists with
/// `JSONValue.forcingArrays(at:)`.
public struct XMLTreeDecoder: Sendable {
  /// Capitalise the first letter of every element name (`groupId` to `GroupId`) so EC2's
  /// lower-camel XML reads like the API's documented shapes.
  public var capitalizeNames: Bool

  /// A decoder.
  public init(capitalizeNames: Bool = false) {
    self.capitalizeNames = capitalizeNames
  }

  /// Decodes the whole document; the result is `{RootName: tree}`.
  public func decode(_ data: Data) throws -> JSONValue {
    let root = try parse(data)
    return .object([name(root.name): convert(root)])
  }

  /// Decodes the document and returns the root element's tree without its name.
  public func decodeRoot(_ data: Data) throws -> (name: String, value: JSONValue) {
    let root = try parse(data)
    return (root.name, convert(root))
  }

  func parse(_ data: Data) throws -> XMLNode {
    let builder = XMLTreeBuilder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    guard parser.parse(), let root = builder.root else {
      let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
      throw XMLDecodingError(reason: reason)
    }
    return root
  }

  func convert(_ node: XMLNode) -> JSONValue {
    guard !node.children.isEmpty else {
      return .string(node.text)
    }

    let childNames = Set(node.children.map(\.name))
    if childNames == ["member"] || childNames == ["item"] {
      return .array(node.children.map(convert))
    }

    var members: [String: JSONValue] = [:]
    for (attribute, value) in node.attributes {
      members[attributeKey(attribute)] = .string(value)
    }
    var order: [String] = []
    var grouped: [String: [JSONValue]] = [:]
    for child in node.children {
      let key = name(child.name)
      if grouped[key] == nil { order.append(key) }
      grouped[key, default: []].append(convert(child))
    }
    for key in order {
      let values = grouped[key, default: []]
      members[key] = values.count == 1 ? values[0] : .array(values)
    }
    return .object(members)
  }

  private func name(_ raw: String) -> String {
    guard capitalizeNames, let first = raw.first else { return raw }
    return first.uppercased() + raw.dropFirst()
  }

  private func attributeKey(_ raw: String) -> String {
    let local = raw.split(separator: ":").last.map(String.init) ?? raw
    guard let first = local.first else { return local }
    return first.uppercased() + local.dropFirst()
  }
}

/// The document could not be parsed as XML.
public struct XMLDecodingError: Error, Sendable, CustomStringConvertible {
  /// What the parser reported.
  public var reason: String

  /// One line for users.
  public var description: String { "invalid XML: \(reason)" }
}

/// One parsed element.
struct XMLNode {
  var name: String
  var attributes: [String: String]
  var children: [XMLNode] = []
  var text: String = ""
}

/// SAX delegate that assembles `XMLNode`s; lives only for one parse.
final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  private var stack: [XMLNode] = []
  private(set) var root: XMLNode?

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    let kept = attributes.filter { !$0.key.hasPrefix("xmlns") }
    stack.append(XMLNode(name: elementName, attributes: kept))
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: cdataBlock, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    guard let node = stack.popLast() else { return }
    if stack.isEmpty {
      root = node
    } else {
      stack[stack.count - 1].children.append(node)
    }
  }
}
