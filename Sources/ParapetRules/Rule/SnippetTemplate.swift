import Foundation
import ParapetCore

/// A remediation snippet (CLI, Terraform, CloudFormation, console) whose `{{path}}`
/// placeholders are filled from the failing resource. A placeholder is a property path as
/// conditions write it: `{{GroupId}}`, or a resource field such as `{{$name}}`, `{{$id}}`,
/// `{{$region}}` and `{{$account}}`. Double braces leave Terraform's and JSON's own braces
/// alone. A value the resource lacks renders as `<path>`, so the snippet still reads as a
/// template to complete rather than as a wrong command.
struct SnippetTemplate: Sendable {
  /// Why a snippet cannot be used, for the rule's diagnostic.
  struct Problem: Error, Equatable {
    let message: String
  }

  private enum Segment: Sendable {
    case text(String)
    case value(PropertyPath, String)
  }

  private let segments: [Segment]
  /// The snippet as the rule wrote it.
  let source: String

  /// Parses `source`; a placeholder that is not a property path or is never closed is a
  /// problem naming it.
  init(_ source: String) throws(Problem) {
    self.source = source
    var segments: [Segment] = []
    var rest = Substring(source)
    while let open = rest.range(of: "{{") {
      if open.lowerBound > rest.startIndex {
        segments.append(.text(String(rest[..<open.lowerBound])))
      }
      guard let close = rest[open.upperBound...].range(of: "}}") else {
        throw Problem(message: "a '{{' placeholder is not closed with '}}'")
      }
      let text = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
      guard let path = PropertyPath(text), !text.contains("[*]"), !text.contains(" ") else {
        throw Problem(
          message: "placeholder '{{\(text)}}' is not a property path or resource field "
            + "such as {{$name}}, {{$id}}, {{$region}}, {{$account}} or {{GroupId}}")
      }
      segments.append(.value(path, text))
      rest = rest[close.upperBound...]
    }
    if !rest.isEmpty { segments.append(.text(String(rest))) }
    self.segments = segments
  }

  /// The top-level property keys the placeholders read (resource fields such as `$name`
  /// excluded), for checking against the resource type's known keys.
  var propertyKeys: [String] {
    segments.compactMap { segment in
      guard case .value(_, let text) = segment, !text.hasPrefix("$") else { return nil }
      return String(text.prefix { $0 != "." && $0 != "[" })
    }
  }

  /// True when the snippet names nothing of the resource and reads the same for every one.
  var isConstant: Bool {
    segments.allSatisfy {
      if case .text = $0 { return true }
      return false
    }
  }

  /// The snippet for `resource`.
  func render(_ resource: Resource) -> String {
    guard !isConstant else { return source }
    var out = ""
    for segment in segments {
      switch segment {
      case .text(let text):
        out += text
      case .value(let path, let text):
        let value = path.read(from: resource.properties, resource: resource)
        out += value == nil || value == .null ? "<\(text)>" : MessageTemplate.text(value)
      }
    }
    return out
  }
}

/// A rule's remediation snippets, parsed once per evaluation and filled for each failing
/// resource. A snippet that does not parse (only possible for rules built in code, since
/// the decoder rejects them) is used as written.
struct RemediationTemplates: Sendable {
  private let cli: SnippetTemplate?
  private let terraform: SnippetTemplate?
  private let cloudformation: SnippetTemplate?
  private let console: SnippetTemplate?
  private let raw: Rule.Remediation

  init(_ remediation: Rule.Remediation) {
    raw = remediation
    cli = remediation.cli.flatMap { try? SnippetTemplate($0) }
    terraform = remediation.terraform.flatMap { try? SnippetTemplate($0) }
    cloudformation = remediation.cloudformation.flatMap { try? SnippetTemplate($0) }
    console = remediation.console.flatMap { try? SnippetTemplate($0) }
  }

  /// The snippets with `resource` filled in.
  func render(_ resource: Resource) -> RemediationSnippets {
    RemediationSnippets(
      cli: cli?.render(resource) ?? raw.cli,
      terraform: terraform?.render(resource) ?? raw.terraform,
      cloudformation: cloudformation?.render(resource) ?? raw.cloudformation,
      console: console?.render(resource) ?? raw.console)
  }
}
