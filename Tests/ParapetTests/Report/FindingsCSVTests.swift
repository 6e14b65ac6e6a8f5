import ParapetCore
import ParapetReport
import Testing

@Suite struct FindingsCSVTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var value: String
    var written: String
    var testDescription: String { name }
  }

  static let cases = [
    Case(name: "plain text is left alone", value: "logs bucket", written: "logs bucket"),
    Case(name: "empty stays empty", value: "", written: ""),
    Case(name: "comma is quoted", value: "a,b", written: "\"a,b\""),
    Case(name: "quote is doubled and quoted", value: "say \"hi\"", written: "\"say \"\"hi\"\"\""),
    Case(name: "newline is quoted", value: "line1\nline2", written: "\"line1\nline2\""),
    Case(name: "carriage return is quoted", value: "a\r\nb", written: "\"a\r\nb\""),
    Case(name: "equals is guarded", value: "=1+1", written: "'=1+1"),
    Case(name: "plus is guarded", value: "+1", written: "'+1"),
    Case(name: "minus is guarded", value: "-2", written: "'-2"),
    Case(name: "at is guarded", value: "@SUM(A1)", written: "'@SUM(A1)"),
    Case(name: "tab is guarded", value: "\tx", written: "'\tx"),
    Case(
      name: "guarded and quoted", value: "=HYPERLINK(\"http://x\",\"y\")",
      written: "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    Case(name: "formula character later is fine", value: "a=b", written: "a=b"),
    Case(name: "leading space is not a formula", value: " =x", written: " =x"),
  ]

  @Test(arguments: cases)
  func field(_ testCase: Case) {
    #expect(FindingsCSV.field(testCase.value) == testCase.written)
  }

  @Test func rendersHeaderAndOneRowPerFindingWithCRLF() {
    let finding = ReportFixtures.publicBucket
    let csv = FindingsCSV.render([finding])

    let expected =
      "status,severity,check_id,check_title,resource_id,resource_type,resource_name,"
      + "account,region,message,remediation,compliance,fingerprint,remediation_cli\r\n"
      + "fail,critical,aws.s3.bucket_public_access_block,S3 bucket blocks public access,"
      + "arn:aws:s3:::site,aws.s3.bucket,site,123456789012,eu-west-1,"
      + "\"BlockPublicAcls is false, so \"\"public\"\" ACLs apply\","
      + "'=Enable all four Block Public Access settings,"
      + "cis-aws-3.0:2.1.4;nist-800-53:AC-3,\(finding.fingerprint),\r\n"
    #expect(csv == expected)
    #expect(finding.fingerprint.count == 16)
  }
}
