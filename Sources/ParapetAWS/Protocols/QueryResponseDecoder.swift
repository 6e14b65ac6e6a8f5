import Foundation
import ParapetCore

/// Decodes successful query and EC2-query answers.
enum QueryResponseDecoder {
  /// Query: the content of `<ActionResponse><ActionResult>` (`{}` when the action returns
  /// nothing). EC2: the response root without `RequestId`, names capitalised.
  static func decode(
    _ body: Data, wireProtocol: AWSProtocol, action: String, service: String
  ) throws -> JSONValue {
    let isEC2 = wireProtocol == .ec2
    let root: JSONValue
    do {
      root = try XMLTreeDecoder(capitalizeNames: isEC2).decodeRoot(body).value
    } catch {
      throw AWSError(
        code: "InvalidResponse", message: "\(action) response is not XML: \(error)",
        statusCode: 200, service: service, operation: action)
    }

    guard case .object(var members) = root else { return .object([:]) }
    if isEC2 {
      members["RequestId"] = nil
      return .object(members)
    }
    guard let result = members["\(action)Result"] else { return .object([:]) }
    if case .string = result { return .object([:]) }
    return result
  }
}
