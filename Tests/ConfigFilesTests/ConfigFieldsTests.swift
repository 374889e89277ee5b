import ConfigFiles
import Testing

/// Values of a strict mapping are handed out by declared name: a key the loader asks for but did
/// not declare (or declared the other way) is an error at the mapping's line, never a trap.
@Suite struct ConfigFieldsTests {
    private func fields(_ yaml: String) throws -> ConfigFields {
        try ConfigNode.parse(yaml, file: "f.yaml").fields("thing", required: ["name"], optional: ["note"])
    }

    @Test func declaredKeysAreHandedOut() throws {
        let f = try fields("name: a\nnote: b\n")
        #expect(try f.required("name").string("name") == "a")
        #expect(try f.optional("note")?.string("note") == "b")
        #expect(try fields("name: a\n").optional("note") == nil)
    }

    @Test func anUndeclaredKeyIsAnErrorNotATrap() throws {
        let f = try fields("\nname: a\n")
        #expect(
            throws: ConfigFileError(
                file: "f.yaml", line: 2,
                message:
                    "thing: 'size' is read as required but not declared required (a defect of residency, please report it)"
            )
        ) {
            try f.required("size")
        }
        #expect(
            throws: ConfigFileError(
                file: "f.yaml", line: 2,
                message:
                    "thing: 'name' is read as optional but not declared optional (a defect of residency, please report it)"
            )
        ) {
            try f.optional("name")
        }
    }

    @Test func unknownAndMissingKeysNameFileAndLine() {
        #expect(
            throws: ConfigFileError(file: "f.yaml", line: 2, message: "thing: unknown key 'nme' (known: name, note)")
        ) {
            try fields("note: x\nnme: a\n")
        }
        #expect(throws: ConfigFileError(file: "f.yaml", line: 1, message: "thing: missing required key 'name'")) {
            try fields("note: x\n")
        }
    }
}
