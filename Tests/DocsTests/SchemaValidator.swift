import Foundation
import TestSupport

/// Validates JSON against the JSON Schemas in `docs/schema/` with Python's `jsonschema` (draft
/// 2020-12): there is no Swift validator, and the one users will reach for is a better witness
/// than one we wrote. Tests that need it are enabled only where python3 and jsonschema are
/// installed (`scripts/install-deps` installs python3-jsonschema).
enum SchemaValidator {
    static let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        document = json.load(open(sys.argv[2]))
        for error in sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path]):
            print("/" + "/".join(str(p) for p in error.absolute_path) + ": " + error.message.replace("\\n", " "))
        """

    static let available: Bool = (try? python(["-c", "import jsonschema"]).status) == 0

    static func schema(_ name: String) -> URL {
        PackagePaths.root.appendingPathComponent("docs/schema/\(name).schema.json")
    }

    /// The validation errors, one line each (`/findings/0/severity: 'x' is not one of …`); empty
    /// when the document is valid. Throws when the schema itself is invalid or Python fails.
    static func errors(_ document: Data, against schemaName: String) throws -> [String] {
        let temp = TemporaryDirectory(prefix: "schema-check")
        let file = temp.write("document.json", bytes: Array(document))
        let result = try python(["-c", script, schema(schemaName).path, file.path])
        guard result.status == 0 else {
            throw NSError(
                domain: "SchemaValidator", code: Int(result.status),
                userInfo: [NSLocalizedDescriptionKey: "python3 jsonschema failed: \(result.stderr)"])
        }
        return result.stdout.split(separator: "\n").map(String.init)
    }

    static func errors(_ object: Any, against schemaName: String) throws -> [String] {
        try errors(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), against: schemaName)
    }

    private static func python(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let temp = TemporaryDirectory(prefix: "python")
        let out = temp.write("out", "")
        let err = temp.write("err", "")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (
            process.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        )
    }
}
