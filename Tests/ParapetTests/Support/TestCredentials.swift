import ParapetAWS

/// Fixed fake credentials for emulators and loopback servers.
struct TestCredentials: CredentialProvider {
  var accessKeyId = "AKIAIOSFODNN7EXAMPLE"
  var secretAccessKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
  var sessionToken: String?

  func credentials() async throws -> AWSCredentials {
    AWSCredentials(
      accessKeyId: accessKeyId, secretAccessKey: secretAccessKey, sessionToken: sessionToken,
      source: "test")
  }
}
