import ParapetCore
import ParapetPolicy
import Testing

/// Shared builders for the policy tests: documents from JSON text, named policies.
enum PolicyFixture {
  /// A document from JSON text; the test fails loudly when the fixture itself is wrong.
  static func document(_ text: String) -> PolicyDocument {
    do {
      return try PolicyDocument.parse(text: text)
    } catch {
      Issue.record("fixture does not parse: \(error)")
      return PolicyDocument(statements: [])
    }
  }

  /// A one-statement document around `statement` (JSON object text).
  static func statement(_ statement: String) -> PolicyDocument {
    document(#"{"Version": "2012-10-17", "Statement": \#(statement)}"#)
  }

  /// A named policy from JSON text.
  static func named(_ name: String, _ text: String) -> NamedPolicy {
    NamedPolicy(name: name, document: document(text))
  }

  static let user = "arn:aws:iam::111122223333:user/alice"
  static let otherUser = "arn:aws:iam::444455556666:user/bob"
  static let session = "arn:aws:sts::111122223333:assumed-role/Deploy/ci"
  static let role = "arn:aws:iam::111122223333:role/Deploy"
  static let bucketObject = "arn:aws:s3:::reports/2024/q1.csv"
}
