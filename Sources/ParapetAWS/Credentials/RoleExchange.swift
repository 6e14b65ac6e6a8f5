import Foundation
import ParapetCore

/// What to ask STS for when assuming a role.
public struct RoleRequest: Sendable, Hashable {
  /// The role to assume.
  public var roleArn: String
  /// Session name recorded in CloudTrail.
  public var sessionName: String
  /// The external id the role's trust policy requires, if any.
  public var externalId: String?
  /// Requested session length in seconds; STS's default (one hour) when nil.
  public var durationSeconds: Int?

  /// A role request.
  public init(
    roleArn: String, sessionName: String, externalId: String? = nil, durationSeconds: Int? = nil
  ) {
    self.roleArn = roleArn
    self.sessionName = sessionName
    self.externalId = externalId
    self.durationSeconds = durationSeconds
  }
}

/// The STS calls that turn one set of credentials (or a web identity token) into a role's
/// temporary credentials.
enum RoleExchange {
  /// `sts:AssumeRole` signed with `source`.
  static func assumeRole(
    _ request: RoleRequest, source: any CredentialProvider, region: String,
    context: CredentialContext
  ) async throws -> AWSCredentials {
    var parameters = [
      "RoleArn": request.roleArn, "RoleSessionName": request.sessionName,
    ]
    parameters["ExternalId"] = request.externalId
    parameters["DurationSeconds"] = request.durationSeconds.map(String.init)

    let client = context.stsClient(source)
    return try await call(
      client, action: "AssumeRole", parameters: parameters, request: request, region: region)
  }

  /// `sts:AssumeRoleWithWebIdentity`, sent unsigned, with the token read from `tokenFile`
  /// on every call because orchestrators rotate the file.
  static func assumeRoleWithWebIdentity(
    _ request: RoleRequest, tokenFile: String, region: String, context: CredentialContext
  ) async throws -> AWSCredentials {
    let path = context.expand(tokenFile)
    let token: String?
    do {
      token = try context.readFile(path)
    } catch {
      throw CredentialError.unreadableFile(
        path: context.display(path), reason: "web identity token file")
    }
    guard let token = token?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty
    else {
      throw CredentialError.unreadableFile(
        path: context.display(path), reason: "the web identity token file is missing or empty")
    }

    var parameters = [
      "RoleArn": request.roleArn, "RoleSessionName": request.sessionName,
      "WebIdentityToken": token,
    ]
    parameters["DurationSeconds"] = request.durationSeconds.map(String.init)

    let client = context.stsClient(StaticCredentialProvider(.unsigned))
    return try await call(
      client, action: "AssumeRoleWithWebIdentity", parameters: parameters, request: request,
      region: region)
  }

  private static func call(
    _ client: any AWSCalling, action: String, parameters: [String: String],
    request: RoleRequest, region: String
  ) async throws -> AWSCredentials {
    let tree: JSONValue
    do {
      tree = try await client.query(.sts, region: region, action: action, parameters: parameters)
    } catch let error as AWSError {
      throw CredentialError.stsFailed(
        action: action, roleArn: request.roleArn, reason: "\(error.code): \(error.message)")
    } catch let error as CredentialError {
      throw CredentialError.stsFailed(
        action: action, roleArn: request.roleArn, reason: error.description)
    }
    return try CredentialDocument.fromSTSResult(
      tree, source: "\(action) \(request.roleArn)")
  }
}
