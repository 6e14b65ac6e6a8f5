import ParapetAWS
import Testing

@Suite struct ConfigFileTests {
  @Test func parsesSectionsCommentsAndNestedSubsections() throws {
    let text = """
      # leading comment
      [default]
      region = eu-west-1
      ; another comment
      output=json

      [profile dev]
      role_arn = arn:aws:iam::111122223333:role/dev
      s3 =
        max_concurrent_requests = 10
        addressing_style = path
      cli_pager =
      """
    let file = try ConfigFile.parse(text, displayPath: "~/.aws/config")

    #expect(file.sections["default"]?.properties == ["region": "eu-west-1", "output": "json"])
    #expect(
      file.sections["profile dev"]?.properties == [
        "role_arn": "arn:aws:iam::111122223333:role/dev", "s3": "", "cli_pager": "",
      ])
    #expect(
      file.sections["profile dev"]?.subsections == [
        "s3": ["max_concurrent_requests": "10", "addressing_style": "path"]
      ])
  }

  struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var message: String
    var testDescription: String { name }
  }

  @Test(arguments: [
    MalformedCase(
      name: "bare word", text: "[default]\nregion = us-east-1\n\n# ok\nnonsense\n",
      message: "~/.aws/config:5: expected 'key = value' or '[section]'"),
    MalformedCase(
      name: "unclosed header", text: "[profile dev\nregion = x\n",
      message: "~/.aws/config:1: section header has no closing ']'"),
    MalformedCase(
      name: "empty header", text: "[ ]\n",
      message: "~/.aws/config:1: section header '[]' has no name"),
    MalformedCase(
      name: "property before section", text: "\nregion = us-east-1\n",
      message: "~/.aws/config:2: property 'region' appears before any '[section]' header"),
    MalformedCase(
      name: "missing key", text: "[default]\n = value\n",
      message: "~/.aws/config:2: missing key before '='"),
    MalformedCase(
      name: "indented under a valued key", text: "[default]\nregion = x\n  nested = y\n",
      message: "~/.aws/config:3: indented line under a key that has a value; only 'key =' "
        + "with an empty value may have indented sub-keys"),
  ])
  func malformedLinesNameFileAndLine(_ example: MalformedCase) {
    let error = #expect(throws: CredentialError.self) {
      try ConfigFile.parse(example.text, displayPath: "~/.aws/config")
    }
    #expect(error?.description == example.message)
  }

  @Test func sharedConfigMergesFilesWithCredentialsWinning() throws {
    let config = try ConfigFile.parse(
      """
      [default]
      region = us-west-2
      [profile dev]
      region = eu-central-1
      aws_access_key_id = AKIACONFIGFILE000001
      services = local
      [orphan]
      region = ignored
      [services local]
      s3 =
        endpoint_url = http://127.0.0.1:5000
      """, displayPath: "config")
    let credentials = try ConfigFile.parse(
      "[dev]\naws_access_key_id = AKIACREDSFILE0000001\n[other]\nregion = x\n",
      displayPath: "credentials")
    let shared = SharedConfig(config: config, credentials: credentials)

    #expect(shared.profileNames == ["default", "dev", "other"])
    #expect(try shared.profile("dev")["aws_access_key_id"] == "AKIACREDSFILE0000001")
    #expect(try shared.profile("dev")["region"] == "eu-central-1")
    #expect(
      shared.services["local"]?.subsections == ["s3": ["endpoint_url": "http://127.0.0.1:5000"]])
  }

  @Test func filesComeFromOverridePathsWithTildeShownInErrors() async throws {
    var world = TestWorld()
    world.environment["AWS_CONFIG_FILE"] = "~/custom/config"
    world.environment["AWS_SHARED_CREDENTIALS_FILE"] = "/etc/aws/creds"
    world.files["\(TestWorld.home)/custom/config"] = "[profile a]\nregion = x\nbroken line\n"
    world.files["/etc/aws/creds"] = "[b]\n"

    let message = await credentialError { _ = try SharedConfig.load(from: world.context) }
    #expect(message == "~/custom/config:3: expected 'key = value' or '[section]'")

    world.files["\(TestWorld.home)/custom/config"] = "[profile a]\nregion = x\n"
    #expect(try SharedConfig.load(from: world.context).profileNames == ["a", "b"])
  }
}
