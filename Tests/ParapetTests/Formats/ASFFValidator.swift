import Foundation

extension PythonValidator {
  /// Validates a JSON array of ASFF findings as Security Hub's API takes them: botocore's
  /// parameter validator checks the array (1 to 100 findings, one call's worth) as the
  /// `Findings` parameter of `BatchImportFindings` against the service model's
  /// `AwsSecurityFinding` shape (required members, unknown members, types, minimum
  /// lengths), and every string whose shape is an enum must hold one of its values, which
  /// botocore leaves to the service. Returns botocore's report lines plus `Invalid value
  /// for parameter <path>` lines, sorted; empty when the findings are valid.
  static func asffErrors(findings: String) throws -> [String] {
    let script = """
      import json, sys
      import botocore.session
      from botocore.validate import ParamValidator
      model = botocore.session.get_session().get_service_model("securityhub")
      shape = model.operation_model("BatchImportFindings").input_shape
      findings = json.loads(sys.stdin.read())
      errors = []

      def enums(value, shape, path):
          if shape is None:
              return
          if shape.type_name == "string" and shape.enum and isinstance(value, str):
              if value not in shape.enum:
                  errors.append("Invalid value for parameter " + path + ": " + value
                                + ", valid values: " + ", ".join(shape.enum))
          elif shape.type_name == "structure" and isinstance(value, dict):
              for key, item in value.items():
                  enums(item, shape.members.get(key), path + "." + key)
          elif shape.type_name == "list" and isinstance(value, list):
              for position, item in enumerate(value):
                  enums(item, shape.member, path + "[" + str(position) + "]")
          elif shape.type_name == "map" and isinstance(value, dict):
              for key, item in value.items():
                  enums(item, shape.value, path + "." + key)

      if not 1 <= len(findings) <= 100:
          errors.append("a BatchImportFindings call takes 1 to 100 findings, not "
                        + str(len(findings)))
      report = ParamValidator().validate({"Findings": findings}, shape)
      if report.has_errors():
          errors += report.generate_report().splitlines()
      enums({"Findings": findings}, shape, "")
      print("\\n".join(sorted(errors)))
      """
    let output = try run(script, arguments: [], input: findings)
    return output.split(separator: "\n").map(String.init)
  }
}
