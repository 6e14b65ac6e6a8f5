import Foundation

extension PythonValidator {
  /// Validates a JSON array of OCSF events against the OCSF schema itself: for each event,
  /// `ocsf-json-schema` builds the JSON Schema of its class (`class_uid`) at its schema
  /// version (`metadata.version`) with the profiles it declares (`metadata.profiles`), from
  /// the OCSF project's schema export, and jsonschema checks the event against it (unknown
  /// attributes, enum values, types and required attributes all count). Returns one line
  /// per error, `<event index>/<path>: <message>`, sorted; empty when every event is valid.
  static func ocsfErrors(events: String) throws -> [String] {
    let script = """
      import json, sys
      from jsonschema import Draft202012Validator
      from ocsf_json_schema import OcsfJsonSchemaEmbedded, get_ocsf_schema
      events = json.loads(sys.stdin.read())
      schemas = {}
      errors = []
      for index, event in enumerate(events):
          metadata = event.get("metadata", {})
          version = metadata.get("version", "")
          ocsf = schemas.setdefault(version, OcsfJsonSchemaEmbedded(get_ocsf_schema(version)))
          name = ocsf.lookup_class_name_from_uid(event.get("class_uid"))
          schema = ocsf.get_class_schema(name, metadata.get("profiles", []))
          for e in Draft202012Validator(schema).iter_errors(event):
              path = "/".join(str(p) for p in [index, *e.absolute_path])
              errors.append(path + ": " + e.message)
      print("\\n".join(sorted(errors)))
      """
    let output = try run(script, arguments: [], input: events)
    return output.split(separator: "\n").map(String.init)
  }
}
