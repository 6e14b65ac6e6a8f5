import ParapetCore
import Testing

@testable import ParapetRules

/// Remediation snippets filled from the failing resource.
@Suite struct SnippetTemplateTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var template: String
    var rendered: String
    var testDescription: String { name }
  }

  static let group = Resource(
    id: "arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc", type: "aws.ec2.security_group",
    account: "123456789012", region: "eu-west-1", name: "web",
    properties: [
      "GroupId": "sg-0abc", "IpPermissions": [["FromPort": 22, "ToPort": 22]],
      "Tags": ["team": "web"],
    ])

  static let cases: [Case] = [
    Case(
      name: "property", template: "aws ec2 revoke-security-group-ingress --group-id {{GroupId}}",
      rendered: "aws ec2 revoke-security-group-ingress --group-id sg-0abc"),
    Case(
      name: "resource fields", template: "{{$name}} {{$id}} {{$region}} {{$account}}",
      rendered:
        "web arn:aws:ec2:eu-west-1:123456789012:security-group/sg-0abc eu-west-1 123456789012"),
    Case(
      name: "whole numbers print without a fraction",
      template: "--port {{IpPermissions[0].FromPort}}", rendered: "--port 22"),
    Case(
      name: "a missing value stays visible as a template",
      template: "--vpc-id {{VpcId}} --x {{ $name }}", rendered: "--vpc-id <VpcId> --x web"),
    Case(
      name: "objects are written as compact JSON", template: "{{Tags}}",
      rendered: #"{"team":"web"}"#),
    Case(
      name: "single braces are Terraform's and JSON's own",
      template: #"resource "x" "y" { group = "{{GroupId}}" } '{"a":{"b":1}}'"#,
      rendered: #"resource "x" "y" { group = "sg-0abc" } '{"a":{"b":1}}'"#),
    Case(name: "no placeholder", template: "aws ec2 x", rendered: "aws ec2 x"),
  ]

  @Test(arguments: cases)
  func rendersFromTheResource(_ item: Case) throws {
    #expect(try SnippetTemplate(item.template).render(Self.group) == item.rendered)
  }

  @Test(arguments: [
    ("--id {{GroupId", "a '{{' placeholder is not closed with '}}'"),
    (
      "--id {{Group Id}}",
      "placeholder '{{Group Id}}' is not a property path or resource field such as "
        + "{{$name}}, {{$id}}, {{$region}}, {{$account}} or {{GroupId}}"
    ),
  ])
  func rejectsMalformedPlaceholders(template: String, message: String) {
    #expect(throws: SnippetTemplate.Problem(message: message)) {
      try SnippetTemplate(template)
    }
  }

  @Test func onlyFailingFindingsCarrySnippets() throws {
    let rule = try #require(
      RuleSet.load().rules.first { $0.id == "aws.ec2.security_group_no_public_admin_ports_ipv4" })
    var open = Self.group
    open.properties = open.properties.setting(
      "IpPermissions",
      to: [
        [
          "IpProtocol": "tcp", "FromPort": 22, "ToPort": 22,
          "IpRanges": [["CidrIp": "0.0.0.0/0"]],
        ]
      ])
    var closed = Self.group
    closed.id += "-closed"
    closed.properties = closed.properties.setting("IpPermissions", to: [])
    let inventory = Inventory(
      account: "123456789012", regions: ["eu-west-1"], resources: [open, closed])

    let findings = RuleEngine(rules: RuleSet(rules: [rule])).evaluate(inventory)

    let failing = try #require(findings.first { $0.resourceId == open.id })
    #expect(failing.status == .fail)
    #expect(failing.remediationSnippets.cli?.contains("--group-id sg-0abc ") == true)
    #expect(findings.first { $0.resourceId == closed.id }?.remediationSnippets.isEmpty == true)
  }
}
