import ParapetCore
import ParapetPolicy
import Testing

/// Random and mutated documents: parsing and evaluating never crash, and what is
/// rejected is rejected with a `PolicyError` that names a place.
@Suite struct PolicyFuzzTests {
  /// A small deterministic generator (SplitMix64), so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return value ^ (value >> 31)
    }
    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
  }

  static let keys = [
    "Version", "Statement", "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource",
    "Principal", "NotPrincipal", "Condition", "AWS", "Service", "StringEquals", "IpAddress",
    "ForAllValues:StringLike", "Null", "DateLessThan", "aws:SourceIp", "aws:username", "Bogus",
  ]
  static let strings = [
    "Allow", "Deny", "*", "s3:*", "arn:aws:s3:::b/*", "2012-10-17", "10.0.0.0/8", "::/0",
    "${aws:username}", "${", "a?b*", "", "2024-01-01T00:00:00Z", "true", "111122223333",
  ]

  static func value(_ generator: inout Generator, depth: Int) -> JSONValue {
    switch generator.next() % (depth > 3 ? 4 : 7) {
    case 0: return .string(generator.pick(strings))
    case 1: return .number(Double(generator.next() % 1000))
    case 2: return .bool(generator.next() % 2 == 0)
    case 3: return .null
    case 4, 5:
      var members: [String: JSONValue] = [:]
      for _ in 0..<(generator.next() % 4) {
        members[generator.pick(keys)] = value(&generator, depth: depth + 1)
      }
      return .object(members)
    default:
      return .array((0..<(generator.next() % 3)).map { _ in value(&generator, depth: depth + 1) })
    }
  }

  static let seed: JSONValue = [
    "Version": "2012-10-17",
    "Statement": [
      [
        "Effect": "Allow", "Principal": ["AWS": "*"], "Action": ["s3:Get*"],
        "Resource": "arn:aws:s3:::b/${aws:username}/*",
        "Condition": ["IpAddress": ["aws:SourceIp": ["10.0.0.0/8", "2001:db8::/32"]]],
      ]
    ],
  ]

  static func mutate(_ node: JSONValue, _ generator: inout Generator) -> JSONValue {
    switch node {
    case .object(var members) where !members.isEmpty && generator.next() % 3 != 0:
      let key = generator.pick(members.keys.sorted())
      members[key] = mutate(members[key] ?? .null, &generator)
      return .object(members)
    case .array(var items) where !items.isEmpty && generator.next() % 3 != 0:
      let index = Int(generator.next() % UInt64(items.count))
      items[index] = mutate(items[index], &generator)
      return .array(items)
    default:
      return value(&generator, depth: 2)
    }
  }

  @Test func randomAndMutatedDocumentsNeverCrash() {
    var generator = Generator(state: 20_240_601)
    var rejected = 0
    var accepted = 0
    let request = AccessRequest(
      principal: .iam(arn: "arn:aws:iam::111122223333:user/alice"), action: "s3:GetObject",
      resource: "arn:aws:s3:::b/alice/k", context: ["aws:SourceIp": ["10.1.2.3"]])

    for round in 0..<4000 {
      let document =
        round % 2 == 0 ? Self.value(&generator, depth: 0) : Self.mutate(Self.seed, &generator)
      do {
        let policy = try PolicyDocument.parse(document)
        accepted += 1
        let named = NamedPolicy(name: "fuzz", document: policy)
        _ = PolicyEvaluator.evaluate(
          request, against: PolicySet(identityPolicies: [named], resourcePolicy: named))
        _ = ResourcePolicyExposure.analyze(document: policy, resourceAccount: "111122223333")
        _ = AdministratorDetection.isAdministrator(policies: [policy])
        _ = EscalationAnalysis.paths(for: [policy])
      } catch {
        rejected += 1
        #expect(error.description.hasPrefix("policy"))
        #expect(!error.description.contains("\n"))
      }
    }
    #expect(accepted > 20)
    #expect(rejected > 1000)
  }

  @Test func truncatedTextIsRejected() {
    let text =
      #"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#
    for length in 0..<text.count {
      #expect(throws: PolicyError.self) {
        try PolicyDocument.parse(text: String(text.prefix(length)))
      }
    }
    #expect(throws: Never.self) { try PolicyDocument.parse(text: text) }
  }
}
