import ConfigFiles
import Testing

/// Config files share the scanners' YAML error mapping (`YAMLFailure`): syntax errors carry the
/// line, a duplicate key is named (config files are the user's own settings), and no other byte
/// of the file reaches the message.
@Suite struct ConfigNodeParseTests {
    @Test func syntaxErrorsNameTheLine() throws {
        let error = try #require(throws: ConfigFileError.self) { try ConfigNode.parse("a: 1\nb: [\n", file: "f.yaml") }
        #expect(error.file == "f.yaml" && error.line == 3)
        #expect(error.message.hasPrefix("YAML syntax error: "))
    }

    @Test func aDuplicateKeyIsNamed() throws {
        let error = try #require(throws: ConfigFileError.self) {
            try ConfigNode.parse("a: 1\nb: 2\na: 3\n", file: "f.yaml")
        }
        #expect(error.message == "YAML mapping has a duplicate key (a)")
        #expect(error.line != nil)
    }

    @Test func theMessageHoldsNoValueOfTheFile() throws {
        let error = try #require(throws: ConfigFileError.self) {
            try ConfigNode.parse("password: hunter2-secret\nb: [\n", file: "f.yaml")
        }
        #expect(!error.description.contains("hunter2"))
    }
}
