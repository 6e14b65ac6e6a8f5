import ParapetCore
import ParapetPolicy
import Testing

/// Reading policy documents as IAM accepts them, and clear errors for what it rejects.
@Suite struct PolicyParsingTests {
  struct ErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var message: String
    var testDescription: String { name }
  }

  static let errorCases: [ErrorCase] = [
    ErrorCase(
      name: "not JSON", text: "{not json",
      message: "policy: not valid JSON; check the document's quoting and braces"),
    ErrorCase(
      name: "a list at top level", text: "[]",
      message: "policy: expected a JSON object, found a list"),
    ErrorCase(
      name: "missing Statement", text: #"{"Version": "2012-10-17"}"#,
      message: "policy Statement: missing; a policy needs at least one"),
    ErrorCase(
      name: "empty Statement list", text: #"{"Statement": []}"#,
      message: "policy Statement: the list is empty"),
    ErrorCase(
      name: "unknown Version", text: #"{"Version": "2020-01-01", "Statement": []}"#,
      message: #"policy Version: expected "2012-10-17" or "2008-10-17", found "2020-01-01""#),
    ErrorCase(
      name: "Version as number", text: #"{"Version": 2012, "Statement": []}"#,
      message: "policy Version: expected a string, found a number"),
    ErrorCase(
      name: "statement is a string", text: #"{"Statement": ["Allow"]}"#,
      message: "policy statement 0: expected an object, found a string"),
    ErrorCase(
      name: "Effect Permit names the statement",
      text:
        #"{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}, "#
        + #"{"Effect": "Permit", "Action": "*", "Resource": "*"}]}"#,
      message: #"policy statement 1, Effect: expected "Allow" or "Deny", found "Permit""#),
    ErrorCase(
      name: "Effect in lower case",
      text: #"{"Statement": {"Effect": "allow", "Action": "*", "Resource": "*"}}"#,
      message: #"policy statement 0, Effect: expected "Allow" or "Deny", found "allow""#),
    ErrorCase(
      name: "missing Effect", text: #"{"Statement": {"Action": "*", "Resource": "*"}}"#,
      message: "policy statement 0, Effect: missing"),
    ErrorCase(
      name: "missing Action", text: #"{"Statement": {"Effect": "Allow", "Resource": "*"}}"#,
      message: "policy statement 0, Action: missing; give Action or NotAction"),
    ErrorCase(
      name: "Action and NotAction together",
      text: #"{"Statement": {"Effect": "Allow", "Action": "*", "NotAction": "s3:*"}}"#,
      message: "policy statement 0, Action: use Action or NotAction, not both"),
    ErrorCase(
      name: "Resource and NotResource together",
      text:
        #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "NotResource": "a"}}"#,
      message: "policy statement 0, Resource: use Resource or NotResource, not both"),
    ErrorCase(
      name: "Action as number", text: #"{"Statement": {"Effect": "Allow", "Action": 5}}"#,
      message: "policy statement 0, Action: expected a string or a list of strings, found a number"),
    ErrorCase(
      name: "empty Action list", text: #"{"Statement": {"Effect": "Allow", "Action": []}}"#,
      message: "policy statement 0, Action: expected a string or a list of strings, found a list"),
    ErrorCase(
      name: "number inside Resource list",
      text: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resource": ["a", 1]}}"#,
      message:
        "policy statement 0, Resource: expected non-empty strings in the list, found a number"),
    ErrorCase(
      name: "unknown element",
      text: #"{"Statement": {"Effect": "Allow", "Action": "*", "Resources": "*"}}"#,
      message: "policy statement 0, Resources: not a statement element; check its spelling and case"
    ),
    ErrorCase(
      name: "Principal bare account string",
      text: #"{"Statement": {"Effect": "Allow", "Action": "*", "Principal": "111122223333"}}"#,
      message:
        #"policy statement 0, Principal: expected "*" or an object such as {"AWS": ...}, "#
        + #"found "111122223333""#
    ),
    ErrorCase(
      name: "unknown principal type",
      text: #"{"Statement": {"Effect": "Allow", "Action": "*", "Principal": {"User": "x"}}}"#,
      message:
        #"policy statement 0, Principal: unknown principal type "User"; expected AWS, Service, "#
        + #"Federated or CanonicalUser"#
    ),
    ErrorCase(
      name: "Principal and NotPrincipal together",
      text:
        #"{"Statement": {"Effect": "Deny", "Action": "*", "Principal": "*", "#
        + #""NotPrincipal": {"AWS": "1"}}}"#,
      message: "policy statement 0, Principal: use Principal or NotPrincipal, not both"),
    ErrorCase(
      name: "unknown condition operator",
      text:
        #"{"Statement": {"Effect": "Allow", "Action": "*", "#
        + #""Condition": {"StringEqualz": {"a": "b"}}}}"#,
      message: #"policy statement 0, Condition: unknown operator "StringEqualz""#),
    ErrorCase(
      name: "Null with IfExists is no operator",
      text:
        #"{"Statement": {"Effect": "Allow", "Action": "*", "#
        + #""Condition": {"NullIfExists": {"a": "true"}}}}"#,
      message: #"policy statement 0, Condition: unknown operator "NullIfExists""#),
    ErrorCase(
      name: "condition value is an object",
      text:
        #"{"Statement": {"Effect": "Allow", "Action": "*", "#
        + #""Condition": {"StringEquals": {"a": {"b": 1}}}}}"#,
      message:
        "policy statement 0, Condition.StringEquals.a: expected strings, numbers or booleans, found an object"
    ),
    ErrorCase(
      name: "condition operator body is a string",
      text: #"{"Statement": {"Effect": "Allow", "Action": "*", "Condition": {"Bool": "true"}}}"#,
      message:
        #"policy statement 0, Condition.Bool: expected an object of condition keys, found "true""#),
    ErrorCase(
      name: "Condition is a list",
      text: #"{"Statement": {"Effect": "Allow", "Action": "*", "Condition": []}}"#,
      message: "policy statement 0, Condition: expected an object of operators, found a list"),
    ErrorCase(
      name: "bad percent escape", text: "%7B%ZZ",
      message: "policy: the URL-encoded text has an invalid escape sequence"),
  ]

  @Test(arguments: errorCases)
  func rejects(_ testCase: ErrorCase) {
    #expect(throws: PolicyError.self) { try PolicyDocument.parse(text: testCase.text) }
    do {
      _ = try PolicyDocument.parse(text: testCase.text)
    } catch {
      #expect(error.description == testCase.message)
    }
  }

  @Test func readsURLEncodedTextAsIAMReturnsIt() throws {
    let encoded =
      "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow"
      + "%22%2C%22Action%22%3A%22s3%3AGetObject%22%2C%22Resource%22%3A%22%2A%22%7D%7D"
    let document = try PolicyDocument.parse(text: encoded)
    #expect(document.version == "2012-10-17")
    #expect(document.statements.count == 1)
    #expect(document.statements[0].actions == PatternList(["s3:GetObject"]))
  }

  @Test func readsEveryElementForm() throws {
    let document = try PolicyDocument.parse(
      text: #"""
        {"Version": "2012-10-17", "Id": "doc", "Statement": [
          {"Sid": "A", "Effect": "Allow", "NotAction": ["iam:*", "s3:*"], "NotResource": "x",
           "Principal": {"AWS": ["111122223333", "*"], "Service": "ec2.amazonaws.com",
                         "Federated": "cognito-identity.amazonaws.com", "CanonicalUser": "c1"},
           "Condition": {"NumericLessThan": {"s3:max-keys": 10},
                         "Bool": {"aws:SecureTransport": true}}},
          {"Effect": "Deny", "Action": "*", "NotPrincipal": {"AWS": "arn:aws:iam::1:root"}}
        ]}
        """#)
    #expect(document.id == "doc")
    let first = document.statements[0]
    #expect(first.sid == "A")
    #expect(first.actions == PatternList(["iam:*", "s3:*"], negated: true))
    #expect(first.resources == PatternList(["x"], negated: true))
    #expect(
      first.principals
        == PrincipalElement([
          .aws("111122223333"), .anyone, .canonicalUser("c1"),
          .federated("cognito-identity.amazonaws.com"), .service("ec2.amazonaws.com"),
        ]))
    #expect(
      first.conditions == [
        ConditionClause(ConditionOperator(.bool), key: "aws:SecureTransport", values: ["true"]),
        ConditionClause(
          ConditionOperator(.numericLessThan), key: "s3:max-keys", values: ["10"]),
      ])
    let second = document.statements[1]
    #expect(second.principals == PrincipalElement([.aws("arn:aws:iam::1:root")], negated: true))
    #expect(second.resources == nil)
    #expect(second.label == "statement 1")
  }

  @Test func readsOperatorNames() {
    let parsed = ConditionOperator(name: "ForAnyValue:StringNotLikeIfExists")
    #expect(
      parsed
        == ConditionOperator(.stringLike, negated: true, ifExists: true, qualifier: .forAnyValue))
    #expect(parsed?.name == "ForAnyValue:StringNotLikeIfExists")
    #expect(ConditionOperator(name: "NotIpAddress") == ConditionOperator(.ipAddress, negated: true))
    #expect(ConditionOperator(name: "ForSomeValues:StringEquals") == nil)
  }

  @Test func stringNodeIsReadAsText() throws {
    let node: JSONValue = .string(#"{"Statement": {"Effect": "Deny", "Action": "*"}}"#)
    #expect(try PolicyDocument.parse(node).statements[0].effect == .deny)
  }
}
